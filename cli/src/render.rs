//! `briefing render`: a valid report as the HTML fragment a CMS pastes into an article page,
//! readable before any script runs (`briefing_widget::ssr`).
//!
//! The report is validated first, exactly as `briefing validate` does it; an invalid one
//! prints every problem with its path and nothing is written.

use std::io::Write;

use briefing_core::model::Lang;
use briefing_core::validate::validate_json;
use briefing_widget::ssr::{render as render_fragment, Fragment, RenderError};

use super::{read, usage_error, write_output, INVALID};

/// Where the fragment's stylesheet and module script are looked for when `--base` is not
/// given: the folder of the page that holds the fragment.
const DEFAULT_BASE: &str = "./";

/// The command line of `briefing render`.
#[derive(Debug)]
struct Options {
    report: String,
    lang: Option<Lang>,
    base: String,
    out: Option<String>,
    /// Leave out the module script, for a page that loads the bundle itself.
    no_script: bool,
}

/// Runs `briefing render` with the arguments after the subcommand.
pub(crate) fn render(args: &[String]) -> u8 {
    let options = match parse_options(args) {
        Ok(options) => options,
        Err(message) => return usage_error(&message),
    };
    let name = &options.report;
    let read_and_valid = read(name).map_err(|problem| vec![problem]).and_then(|text| {
        validate_json(&text).map(|report| (report, text)).map_err(|problems| problems.into_vec())
    });
    let (report, json) = match read_and_valid {
        Ok(valid) => valid,
        Err(problems) => {
            let mut stderr = std::io::stderr().lock();
            for problem in problems {
                // A closed stderr leaves nothing to report to; the exit status still says it.
                let _ = writeln!(stderr, "{name}: {problem}");
            }
            return INVALID;
        }
    };
    let fragment_options = Fragment { lang: options.lang, base: &options.base, module_script: !options.no_script };
    let fragment = match render_fragment(report, &json, &fragment_options) {
        Ok(fragment) => fragment,
        Err(error @ RenderError::Base(_)) => return usage_error(&format!("render: --base: {error}")),
        Err(error) => {
            eprintln!("briefing: render: {name}: {error}");
            return INVALID;
        }
    };
    write_output(options.out.as_deref(), &fragment, "fragment")
}

/// Reads the options; the message of an error is a usage error.
fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut report = None;
    let (mut lang, mut base, mut out) = (None, None, None);
    let mut no_script = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "--lang" => &mut lang,
            "--base" => &mut base,
            "-o" | "--output" => &mut out,
            "--no-script" => {
                if no_script {
                    return Err("render: --no-script given twice".to_string());
                }
                no_script = true;
                continue;
            }
            other if other.starts_with('-') && other != "-" => {
                return Err(format!("render: unknown option `{other}` (name a file `./{other}`)"));
            }
            other => {
                if let Some(first) = &report {
                    return Err(format!("render: one REPORT at a time, got `{first}` and `{other}`"));
                }
                report = Some(other.to_string());
                continue;
            }
        };
        let Some(value) = args.next() else {
            return Err(format!("render: {arg} needs a value"));
        };
        if slot.is_some() {
            return Err(format!("render: {arg} given twice"));
        }
        *slot = Some(value.clone());
    }
    let Some(report) = report else {
        return Err("render: give the REPORT.json to render (`-` for standard input)".to_string());
    };
    let lang = lang.as_deref().map(parse_lang).transpose()?;
    Ok(Options { report, lang, base: base.unwrap_or_else(|| DEFAULT_BASE.to_string()), out, no_script })
}

/// The language of `--lang`: a code the format knows.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|known| known.code()).collect();
        format!("render: unknown language `{code}` for --lang: use {}", known.join(" or "))
    })
}
