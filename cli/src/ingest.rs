//! `briefing ingest`: broadcast transcripts in, `briefing/1` reports out, for one story or
//! a directory of them.
//!
//! Reading files, naming them in messages and writing reports happen here; everything
//! about transcripts is `briefing_core::ingest`. Warnings and errors name the transcript
//! file they are about and the line in it: `story.en.txt: line 12: quote has no closing
//! quotation mark`.

use std::fmt;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use briefing_core::ingest::{
    detect_language, ingest as ingest_story, AlignWarning, IngestError, IngestInput, IngestWarning, Lang,
};
use briefing_core::model::{Actor, Report};
use briefing_core::validate::validate_actors_json;

use super::{read_text, usage_error, write_output, INVALID, OK, USAGE_ERROR};

/// The name a transcript read from standard input goes by in messages, as in `validate`.
const STDIN: &str = "-";

/// The command line of `briefing ingest`.
#[derive(Debug, Default)]
struct Options {
    en: Option<String>,
    ko: Option<String>,
    actors: Option<String>,
    url: Option<String>,
    date: Option<String>,
    id: Option<String>,
    out: Option<String>,
    batch: Option<String>,
    eval: Option<String>,
}

/// Runs `briefing ingest` with the arguments after the subcommand.
pub(crate) fn ingest(args: &[String]) -> u8 {
    let options = match parse_options(args) {
        Ok(options) => options,
        Err(message) => return usage_error(&message),
    };
    let actors = match &options.actors {
        Some(file) => match read_actors(file) {
            Ok(actors) => actors,
            Err(lines) => {
                print_lines(&lines);
                return INVALID;
            }
        },
        None => Vec::new(),
    };
    if let Some(dir) = &options.eval {
        return evaluate(dir, &actors);
    }
    match &options.batch {
        Some(dir) => batch(&options, dir, &actors),
        None => single(&options, &actors),
    }
}

/// Reads the options; the message of an error is a usage error.
fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "--en" => &mut options.en,
            "--ko" => &mut options.ko,
            "--actors" => &mut options.actors,
            "--url" => &mut options.url,
            "--date" => &mut options.date,
            "--id" => &mut options.id,
            "-o" | "--output" => &mut options.out,
            "--batch" => &mut options.batch,
            "--eval" => &mut options.eval,
            other if other.starts_with('-') && other != STDIN => {
                return Err(format!("ingest: unknown option `{other}`"));
            }
            other => {
                return Err(format!("ingest: unexpected argument `{other}`; transcripts are given with --en or --ko"));
            }
        };
        let Some(value) = args.next() else {
            return Err(format!("ingest: {arg} needs a value"));
        };
        if slot.is_some() {
            return Err(format!("ingest: {arg} given twice"));
        }
        *slot = Some(value.clone());
    }
    if options.eval.is_some() {
        let others = [("--en", &options.en), ("--ko", &options.ko), ("--batch", &options.batch), ("-o", &options.out)];
        if let Some((name, _)) = others.iter().find(|(_, value)| value.is_some()) {
            return Err(format!("ingest: {name} cannot be used with --eval"));
        }
        return Ok(options);
    }
    if options.batch.is_some() {
        let single_only = [("--en", &options.en), ("--ko", &options.ko), ("--url", &options.url), ("--id", &options.id)];
        if let Some((name, _)) = single_only.iter().find(|(_, value)| value.is_some()) {
            return Err(format!("ingest: {name} names one story and cannot be used with --batch"));
        }
        if options.out.is_none() {
            return Err("ingest: --batch needs -o OUTDIR, the directory the reports go to".to_string());
        }
    } else {
        if options.en.is_none() && options.ko.is_none() {
            return Err("ingest: give a transcript with --en FILE and/or --ko FILE (`-` for standard input), or --batch DIR".to_string());
        }
        if options.en.as_deref() == Some(STDIN) && options.ko.as_deref() == Some(STDIN) {
            return Err("ingest: only one of --en and --ko can read standard input".to_string());
        }
    }
    if options.actors.as_deref() == Some(STDIN) && [&options.en, &options.ko].iter().any(|f| f.as_deref() == Some(STDIN)) {
        return Err("ingest: --actors and a transcript cannot both read standard input".to_string());
    }
    Ok(options)
}

/// Reads and validates the `--actors` file; the error is the lines to print.
fn read_actors(file: &str) -> Result<Vec<Actor>, Vec<String>> {
    let text = read_text(file).map_err(|message| vec![format!("{file}: {message}")])?;
    validate_actors_json(&text)
        .map_err(|problems| problems.iter().map(|problem| format!("{file}: {problem}")).collect())
}

/// One story to ingest: its transcript files and what the report is called.
#[derive(Debug, Clone, Default)]
struct Story {
    /// The English transcript file.
    en: Option<String>,
    /// The Korean transcript file.
    ko: Option<String>,
}

impl Story {
    fn file(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Ko => self.ko.as_deref(),
        }
        .unwrap_or(STDIN)
    }

    /// The file messages about the whole story are given against: the English one if any.
    fn main_file(&self) -> &str {
        self.en.as_deref().or(self.ko.as_deref()).unwrap_or(STDIN)
    }
}

/// What one story's ingestion gives besides the report.
struct Outcome {
    report: Report,
    /// Warning lines, each `FILE: line N: warning` or `FILE: warning`.
    warnings: Vec<String>,
}

/// Why a story gave no report.
#[derive(Debug)]
enum StoryError {
    /// A transcript could not be read.
    Read { file: String, message: String },
    /// Ingestion refused the story.
    Ingest { file: String, error: IngestError },
    /// The report could not be written.
    Write { file: String, message: String },
    /// The batch directory holds two transcripts of one story in the same language.
    Duplicate { file: String, other: String },
}

impl StoryError {
    /// A date given on the command line that is not a date is a usage error, not a
    /// failure of the story.
    fn is_usage(&self) -> bool {
        matches!(self, StoryError::Ingest { error: IngestError::BadDate { .. }, .. })
    }
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoryError::Read { file, message } | StoryError::Write { file, message } => {
                write!(f, "{file}: {message}")
            }
            StoryError::Duplicate { file, other } => {
                write!(f, "{file}: a second transcript in the same language as {other}; the story was skipped")
            }
            StoryError::Ingest { file, error: IngestError::BadDate { date } } => {
                write!(f, "{file}: --date \"{date}\" is not YYYY-MM-DD")
            }
            StoryError::Ingest { file, error } => write!(f, "{file}: {error}"),
        }
    }
}

/// Ingests the story named by --en/--ko and writes its report.
fn single(options: &Options, actors: &[Actor]) -> u8 {
    let story = Story { en: options.en.clone(), ko: options.ko.clone() };
    let result = run_story(&story, options, actors, false);
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(error) => {
            eprintln!("{error}");
            return if error.is_usage() { USAGE_ERROR } else { INVALID };
        }
    };
    print_lines(&outcome.warnings);
    let json = match report_json(&outcome.report) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("{error}");
            return INVALID;
        }
    };
    write_output(options.out.as_deref(), &json, "report")
}

/// Reads a story's transcripts and ingests them. With `date_fallback` the --date option
/// is used only when the transcript gives no date (batch mode); otherwise it wins.
fn run_story(story: &Story, options: &Options, actors: &[Actor], date_fallback: bool) -> Result<Outcome, StoryError> {
    let read = |file: &Option<String>| -> Result<Option<String>, StoryError> {
        file.as_deref()
            .map(|file| read_text(file).map_err(|message| StoryError::Read { file: file.to_string(), message }))
            .transpose()
    };
    let en = read(&story.en)?;
    let ko = read(&story.ko)?;
    let mut input = IngestInput {
        en: en.as_deref(),
        ko: ko.as_deref(),
        extra_actors: actors,
        url: options.url.as_deref(),
        date_published: options.date.as_deref(),
        id: options.id.as_deref(),
    };
    if date_fallback {
        input.date_published = None;
    }
    let mut result = ingest_story(&input);
    let undated = result.as_ref().is_ok_and(|made| made.report.source.date_published.is_none());
    if date_fallback && undated && options.date.is_some() {
        input.date_published = options.date.as_deref();
        result = ingest_story(&input);
    }
    let ingested = result.map_err(|error| {
        let file = error.lang().map_or(story.main_file(), |lang| story.file(lang)).to_string();
        StoryError::Ingest { file, error }
    })?;
    let actors_file = options.actors.as_deref().unwrap_or(STDIN);
    let warnings = ingested.warnings.iter().map(|warning| warning_line(warning, story, actors_file)).collect();
    Ok(Outcome { report: ingested.report, warnings })
}

/// The report as pretty JSON with a trailing newline.
fn report_json(report: &Report) -> Result<String, String> {
    report.to_json().map_err(|error| format!("briefing: cannot write the report as JSON: {error}"))
}

/// A warning as `FILE: line N: warning`, naming the transcript it is about.
fn warning_line(warning: &IngestWarning, story: &Story, actors_file: &str) -> String {
    let other_name = |lang: Lang| match lang {
        Lang::En => "Korean",
        Lang::Ko => "English",
    };
    match warning {
        // A parse warning's own text starts with its line.
        IngestWarning::Parse { lang, warning } => format!("{}: {warning}", story.file(*lang)),
        IngestWarning::Align(AlignWarning::Unmatched { lang, line, near, what }) => {
            let mut text = format!("{}: line {line}: {what} has no {} counterpart", story.file(*lang), other_name(*lang));
            if let Some(near) = near {
                text.push_str(&format!(" (near {} line {near})", story.file(lang.other())));
            }
            text
        }
        IngestWarning::Align(AlignWarning::SpeakerOrder { en_line, ko_line }) => format!(
            "{}: line {en_line}: quote paired by order with {} line {ko_line}, but their speakers differ",
            story.file(Lang::En),
            story.file(Lang::Ko)
        ),
        IngestWarning::ExtraActor { index, reason } => format!("{actors_file}: $[{index}]: skipped: {reason}"),
        IngestWarning::NoUrl => {
            format!("{}: no story URL given; the publisher's news site is used (pass --url)", story.main_file())
        }
        // The library's message suits the demo page's form; on the command line the fix is an
        // option.
        IngestWarning::NoDate => {
            format!("{}: no publication date found; the report has none (pass --date YYYY-MM-DD)", story.main_file())
        }
        other => format!("{}: {other}", story.main_file()),
    }
}

/// Writes lines to standard error. A closed stderr leaves nothing to report to; the exit
/// status still says how it went.
fn print_lines(lines: &[String]) {
    let mut stderr = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(stderr, "{line}");
    }
}

/// A story found in a batch directory.
#[derive(Debug, Default)]
struct BatchStory {
    /// The file stem shared by its transcripts; the report is `name.json`.
    name: String,
    story: Story,
    /// Set when the directory holds two transcripts of the story in one language.
    duplicate: Option<StoryError>,
}

/// Ingests every story in `dir` into the output directory.
fn batch(options: &Options, dir: &str, actors: &[Actor]) -> u8 {
    let Some(out_dir) = options.out.as_deref() else {
        return usage_error("ingest: --batch needs -o OUTDIR");
    };
    let stories = match batch_stories(Path::new(dir)) {
        Ok(stories) => stories,
        Err(message) => {
            eprintln!("{dir}: {message}");
            return INVALID;
        }
    };
    if stories.is_empty() {
        eprintln!("{dir}: no *.txt transcripts");
        return INVALID;
    }
    if let Err(error) = std::fs::create_dir_all(out_dir) {
        eprintln!("{out_dir}: cannot create the directory: {error}");
        return INVALID;
    }
    let terminal = std::io::stderr().is_terminal();
    let total = stories.len();
    let mut failed = 0usize;
    let mut stderr = std::io::stderr().lock();
    for (done, found) in stories.into_iter().enumerate() {
        let progress = format!("[{}/{total}] {}", done + 1, found.name);
        // On a terminal the progress line is redrawn in place (`\x1b[K` clears what a
        // longer name left); elsewhere, as in a CI log, each story gets its own line.
        let _ = if terminal {
            write!(stderr, "\r\x1b[K{progress}").and_then(|()| stderr.flush())
        } else {
            writeln!(stderr, "{progress}")
        };
        let result = match found.duplicate {
            Some(error) => Err(error),
            None => batch_story(&found.name, &found.story, options, actors, Path::new(out_dir)),
        };
        let lines = match result {
            Ok(warnings) => warnings,
            Err(error) => {
                failed += 1;
                vec![error.to_string()]
            }
        };
        if terminal && !lines.is_empty() {
            let _ = write!(stderr, "\r\x1b[K");
        }
        for line in &lines {
            let _ = writeln!(stderr, "{line}");
        }
    }
    if terminal {
        let _ = write!(stderr, "\r\x1b[K");
    }
    let noun = if total == 1 { "story" } else { "stories" };
    let _ = writeln!(stderr, "{total} {noun}: {} written, {failed} failed", total - failed);
    if failed == 0 {
        OK
    } else {
        INVALID
    }
}

/// Ingests one story of a batch and writes `out_dir/name.json`; gives the warning lines.
fn batch_story(name: &str, story: &Story, options: &Options, actors: &[Actor], out_dir: &Path) -> Result<Vec<String>, StoryError> {
    let outcome = run_story(story, options, actors, true)?;
    let target = out_dir.join(format!("{name}.json"));
    let file = target.display().to_string();
    let json = report_json(&outcome.report).map_err(|message| StoryError::Write { file: file.clone(), message })?;
    std::fs::write(&target, json)
        .map_err(|error| StoryError::Write { file, message: format!("cannot write the report: {error}") })?;
    Ok(outcome.warnings)
}

/// The stories in a batch directory, by name: `name.en.txt` and `name.ko.txt` are one
/// story; a `name.txt` is English or Korean by its text.
fn batch_stories(dir: &Path) -> Result<Vec<BatchStory>, String> {
    let entries = std::fs::read_dir(dir).map_err(|error| format!("cannot read the directory: {error}"))?;
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| format!("cannot read the directory: {error}"))?;
        let path = entry.path();
        let is_txt = path.extension().is_some_and(|ext| ext == "txt");
        if is_txt && path.is_file() {
            files.push(path);
        }
    }
    // Sorted, so the order of the progress lines and of pairing does not depend on the
    // file system.
    files.sort();
    let mut stories: Vec<BatchStory> = Vec::new();
    for path in files {
        let file = path.display().to_string();
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else { continue };
        let (name, lang) = if let Some(name) = stem.strip_suffix(".en") {
            (name.to_string(), Some(Lang::En))
        } else if let Some(name) = stem.strip_suffix(".ko") {
            (name.to_string(), Some(Lang::Ko))
        } else {
            (stem, None)
        };
        // An unreadable file still gets detected as English here; reading it again in
        // the story's turn gives the located error.
        let lang = lang.unwrap_or_else(|| read_text(&file).map_or(Lang::En, |text| detect_language(&text)));
        let index = match stories.iter().position(|s| s.name == name) {
            Some(index) => index,
            None => {
                stories.push(BatchStory { name: name.clone(), ..BatchStory::default() });
                stories.len() - 1
            }
        };
        let Some(found) = stories.get_mut(index) else { continue };
        let slot = match lang {
            Lang::En => &mut found.story.en,
            Lang::Ko => &mut found.story.ko,
        };
        match slot {
            Some(other) => {
                if found.duplicate.is_none() {
                    found.duplicate = Some(StoryError::Duplicate { file, other: other.clone() });
                }
            }
            None => *slot = Some(file),
        }
    }
    Ok(stories)
}

/// `briefing ingest --eval DIR`: every transcript in DIR (`name.en.txt`, `name.ko.txt` or
/// `name.txt`) is ingested alone and scored against `name.en.expected.json` (and so on)
/// beside it; prints what each missed, then recall and precision per field over all of
/// them. Exit status 1 when a field is under its threshold or a story cannot be read.
fn evaluate(dir: &str, actors: &[Actor]) -> u8 {
    use briefing_core::ingest::eval::{parse_expected, score, Scores, Thresholds, FIELDS};
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "txt") && p.is_file())
            .collect(),
        Err(error) => {
            eprintln!("{dir}: cannot read the directory: {error}");
            return INVALID;
        }
    };
    files.sort();
    if files.is_empty() {
        eprintln!("{dir}: no *.txt transcripts");
        return INVALID;
    }
    let mut total = Scores::default();
    let mut broken = 0usize;
    for path in &files {
        let file = path.display().to_string();
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let facts_path = path.with_file_name(format!("{stem}.expected.json"));
        let facts_file = facts_path.display().to_string();
        let facts = match read_text(&facts_file) {
            Ok(json) => match parse_expected(&json) {
                Ok(facts) => facts,
                Err(error) => {
                    println!("{facts_file}: {error}");
                    broken += 1;
                    continue;
                }
            },
            Err(message) => {
                println!("{facts_file}: {message}");
                broken += 1;
                continue;
            }
        };
        let text = match read_text(&file) {
            Ok(text) => text,
            Err(message) => {
                println!("{file}: {message}");
                broken += 1;
                continue;
            }
        };
        let lang = if stem.ends_with(".ko") {
            Lang::Ko
        } else if stem.ends_with(".en") {
            Lang::En
        } else {
            detect_language(&text)
        };
        let input = IngestInput {
            en: (lang == Lang::En).then_some(text.as_str()),
            ko: (lang == Lang::Ko).then_some(text.as_str()),
            extra_actors: actors,
            ..IngestInput::default()
        };
        match ingest_story(&input) {
            Ok(made) => {
                let scores = score(&made.report, lang, &facts);
                let status = if scores.misses.is_empty() { "ok" } else { "misses" };
                println!("{file}: {status}");
                for miss in &scores.misses {
                    println!("  {miss}");
                }
                total.add(&scores);
            }
            Err(error) => {
                println!("{file}: {error}");
                broken += 1;
            }
        }
    }
    let thresholds = Thresholds::default();
    println!();
    println!("{} transcripts in {dir}", files.len());
    println!("{:<14} {:>8} {:>6} {:>6} {:>7} {:>9}   threshold", "field", "expected", "found", "right", "recall", "precision");
    for field in FIELDS {
        let t = total.get(field);
        let (min_recall, min_precision) = thresholds.of(field);
        println!(
            "{:<14} {:>8} {:>6} {:>6} {:>7.2} {:>9.2}   {min_recall:.2}/{min_precision:.2}",
            field.name(),
            t.expected,
            t.found,
            t.right,
            t.recall(),
            t.precision()
        );
    }
    let failures = total.failures(&thresholds);
    for failure in &failures {
        println!("under threshold: {failure}");
    }
    if broken > 0 {
        println!("{broken} transcripts could not be scored");
    }
    if failures.is_empty() && broken == 0 {
        OK
    } else {
        INVALID
    }
}
