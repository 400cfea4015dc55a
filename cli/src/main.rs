//! `briefing`: validate `briefing/1` reports, print the format's JSON Schema, turn
//! broadcast transcripts into reports and render reports as HTML fragments.
//!
//! A thin shell over `briefing_core` (and, for `render`, the widget's server renderer), in a
//! crate of its own so that the core keeps no web crate: it reads files, calls the libraries
//! and turns the result into lines and an exit code. Exit codes: 0 when everything is valid,
//! 1 when a report is invalid or cannot be read (or a transcript cannot be ingested), 2 on a
//! usage error.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod ingest;
mod render;

use std::io::{Read, Write};
use std::process::ExitCode;

use briefing_core::validate::{validate_json, Problem, ProblemKind};

const USAGE: &str = "\
usage: briefing <command> [arguments]

commands:
  validate FILE...   check briefing/1 reports (`-` reads standard input);
                     prints `FILE: ok` or one `FILE: PATH: problem` line per problem
  schema             print the JSON Schema of the briefing/1 format
  ingest [--en FILE] [--ko FILE] [--actors FILE] [--url URL] [--date YYYY-MM-DD]
         [--id ID] [-o OUT]
                     turn an English and/or Korean transcript of one story into a
                     report (`-` reads one of them from standard input); the report
                     goes to standard output or OUT, warnings to standard error as
                     `FILE: line N: warning`
  ingest --batch DIR -o OUTDIR [--actors FILE] [--date YYYY-MM-DD]
                     ingest every story in DIR (`name.en.txt` and `name.ko.txt` are one
                     story; a plain `name.txt` is either) into OUTDIR/name.json; --date
                     is used for stories whose transcript gives no date
  ingest --eval DIR [--actors FILE]
                     score ingestion against the facts files beside DIR's transcripts
                     (`name.en.txt` with `name.en.expected.json`; see docs/ingest.md):
                     recall and precision per field, exit 1 under the thresholds
  render REPORT [--lang en|ko] [--base URL] [--no-script] [-o FILE]
                     validate REPORT (`-` reads standard input) and write it as an HTML
                     fragment for an article page: a <briefing-widget> with the briefing
                     already rendered in its shadow root, the report as inline JSON and the
                     module script; to standard output or FILE. An invalid report prints
                     its problems as `validate` does and writes nothing
  help, --help, -h   print this help

ingest options:
  --actors FILE      a JSON array of actors, in a report's `actors` shape, added to
                     the built-in gazetteer
  --url URL          the story's URL (default: the publisher's news site, with a warning)
  --date DATE        the publication date (with --batch, only for stories whose
                     transcript gives none)
  --id ID            the report id (default: made from the headline)

render options:
  --lang en|ko       the language to render in (default: the report's first language)
  --base URL         the URL of the folder holding embed.js and briefing.css, relative
                     to the page or http(s) (default: ./, the page's own folder)
  --no-script        leave out the module script, for a page that loads embed.js
                     itself (once for all its briefings)

exit status: 0 all valid, 1 a report is invalid or unreadable or a story could not be
ingested, 2 usage error
";

/// Exit status when every report is valid.
const OK: u8 = 0;
/// Exit status when a report is invalid or cannot be read.
const INVALID: u8 = 1;
/// Exit status when the command line is wrong.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    ExitCode::from(run(&args))
}

/// Dispatches on the subcommand; each arm owns its arguments. `--help` or `-h` anywhere
/// prints the help.
fn run(args: &[String]) -> u8 {
    let Some((command, rest)) = args.split_first() else {
        return usage_error("no command given");
    };
    let subcommand: fn(&[String]) -> u8 = match command.as_str() {
        "validate" => validate,
        "schema" => schema,
        "ingest" => ingest::ingest,
        "render" => render::render,
        "help" | "--help" | "-h" => return help(),
        other => return usage_error(&format!("unknown command `{other}`")),
    };
    if rest.iter().any(|arg| arg == "--help" || arg == "-h") {
        return help();
    }
    subcommand(rest)
}

fn help() -> u8 {
    print!("{USAGE}");
    OK
}

fn usage_error(message: &str) -> u8 {
    eprintln!("briefing: {message}\n\n{USAGE}");
    USAGE_ERROR
}

fn validate(args: &[String]) -> u8 {
    if args.is_empty() {
        return usage_error("validate needs at least one FILE (`-` for standard input)");
    }
    if let Some(option) = args.iter().find(|arg| arg.starts_with('-') && *arg != "-") {
        return usage_error(&format!("unknown option `{option}` (name a file `./{option}`)"));
    }
    let stderr = std::io::stderr();
    let mut stderr = stderr.lock();
    let mut status = OK;
    for name in args {
        let problems = match read(name) {
            Ok(text) => match validate_json(&text) {
                Ok(_) => {
                    println!("{name}: ok");
                    continue;
                }
                Err(problems) => problems.into_vec(),
            },
            Err(problem) => vec![problem],
        };
        status = INVALID;
        for problem in problems {
            // A closed stderr leaves nothing to report to; the exit status still says it.
            let _ = writeln!(stderr, "{name}: {problem}");
        }
    }
    status
}

/// Reads a report's text; `-` is standard input. Failures become problems of the
/// whole document so they print like any other.
fn read(name: &str) -> Result<String, Problem> {
    read_text(name).map_err(|message| Problem::new("", ProblemKind::Unreadable(message)))
}

/// The most any input may hold: the format's document limit, which is above the
/// transcript limit too. Reading stops there, so a huge file or an endless stdin costs no
/// more memory than this.
const READ_LIMIT: usize = briefing_core::validate::MAX_DOCUMENT_BYTES;

/// Reads a UTF-8 text file; `-` is standard input. The error is a lowercase phrase
/// naming what went wrong, for the caller to put after the file name.
fn read_text(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    // One byte past the limit tells an input at the limit from one over it.
    let most = u64::try_from(READ_LIMIT).unwrap_or(u64::MAX).saturating_add(1);
    let result = if name == "-" {
        std::io::stdin().lock().take(most).read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|file| file.take(most).read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|error| format!("cannot read the file: {error}"))?;
    if bytes.len() > READ_LIMIT {
        return Err(format!("larger than {READ_LIMIT} bytes, the most a report or transcript may hold"));
    }
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        format!("not UTF-8 text (byte {offset})")
    })
}

/// Writes `text` (a `what`: report, fragment) to the file `out`, creating the folders it
/// needs first, or to standard output; the exit status says whether it was written.
fn write_output(out: Option<&str>, text: &str, what: &str) -> u8 {
    let written = match out {
        Some(out) => write_creating_folders(out, text, what),
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|error| format!("briefing: cannot write the {what}: {error}")),
    };
    match written {
        Ok(()) => OK,
        Err(message) => {
            eprintln!("{message}");
            INVALID
        }
    }
}

/// Writes `text` to the file `out`, creating the folders it needs first. The error is the
/// line to print.
fn write_creating_folders(out: &str, text: &str, what: &str) -> Result<(), String> {
    let parent = std::path::Path::new(out).parent().filter(|parent| !parent.as_os_str().is_empty());
    if let Some(parent) = parent {
        std::fs::create_dir_all(parent).map_err(|error| format!("{}: cannot create the folder: {error}", parent.display()))?;
    }
    std::fs::write(out, text).map_err(|error| format!("{out}: cannot write the {what}: {error}"))
}

fn schema(args: &[String]) -> u8 {
    if let Some(arg) = args.first() {
        return usage_error(&format!("schema takes no arguments, got `{arg}`"));
    }
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(briefing_core::schema::schema_json().as_bytes()) {
        Ok(()) => OK,
        Err(error) => {
            eprintln!("briefing: cannot write the schema: {error}");
            INVALID
        }
    }
}
