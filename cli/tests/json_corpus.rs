//! JSON edge cases through `briefing validate`: the JSON Parsing Test Suite (read as in
//! `core/tests/json_corpus.rs`, which runs it through `validate_json`), and bytes, which the
//! CLI reads from files: invalid UTF-8, byte order marks, a very deep document.

use std::path::Path;

mod common;
#[path = "../../core/tests/json_suite/mod.rs"]
mod json_suite;

use common::{briefing_in, temp_dir, text};
use json_suite::suite;

const SMALL: &str = include_str!("../../core/tests/fixtures/valid/small.json");

/// `briefing validate FILES` in `dir`: the exit status, standard output and standard error.
fn briefing_validate(dir: &Path, files: &[String]) -> (i32, String, String) {
    let args: Vec<&str> = std::iter::once("validate").chain(files.iter().map(String::as_str)).collect();
    let out = briefing_in(dir, &args);
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

#[test]
fn the_json_test_suite_through_the_cli() {
    let cases = suite();
    let dir = temp_dir("json-suite");
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
    let dir = temp_dir("json-bytes");
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
