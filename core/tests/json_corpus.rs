//! JSON edge cases through `validate_json`.
//!
//! The bulk is the JSON Parsing Test Suite (`json_suite/`): every `y_` case parses (and,
//! not being a report, gets a located validation problem), every `n_` case is refused as
//! invalid JSON with its line and column, and no `i_` case panics. That package holds text,
//! so its byte-level cases lost their bytes; `cli/tests/json_corpus.rs` tests bytes through
//! the CLI, which reads files as bytes. The table below holds our own limits.
#![cfg(feature = "json")]

use std::panic::{catch_unwind, AssertUnwindSafe};

use briefing_core::validate::{validate_json, ProblemKind, Problems, MAX_DEPTH};

mod json_suite;

use json_suite::suite;

const SMALL: &str = include_str!("fixtures/valid/small.json");

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
