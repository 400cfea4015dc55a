//! The `briefing` command line: exit codes and the `FILE: PATH: problem` lines.

mod common;

use common::{briefing_in, briefing_in_with_stdin, fixtures, temp_dir, text};
use std::process::Output;

fn briefing(args: &[&str]) -> Output {
    briefing_in(&fixtures(), args)
}

fn briefing_with_stdin(args: &[&str], input: &[u8]) -> Output {
    briefing_in_with_stdin(&fixtures(), args, input)
}

/// Every invalid fixture and the first problem line it must print.
const INVALID: &[(&str, &str)] = &[
    ("invalid/dangling-actor.json", r#"relations[0].target: unknown actor "usa""#),
    (
        "invalid/deep-nesting.json",
        "$[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nesting is deeper than the limit of 16 levels",
    ),
    ("invalid/duplicate-id.json", r#"relations[0].id: duplicate id "q1", first used at quotes[0].id"#),
    ("invalid/duplicate-key.json", "id: duplicate key"),
    ("invalid/empty-text.json", "quotes[0].text.en: text is empty"),
    (
        "invalid/javascript-url.json",
        r#"source.url: not an http(s) URL: scheme "javascript" is never allowed"#,
    ),
    ("invalid/missing-language.json", r#"body[1].text: no "ko" text, but languages lists "ko""#),
    (
        "invalid/not-a-date.json",
        r#"source.datePublished: invalid date "2023-02-29": expected a real date as YYYY-MM-DD or an RFC 3339 date-time"#,
    ),
    ("invalid/not-json.json", "$: invalid JSON: expected `,` or `}` at line 3 column 3"),
    ("invalid/unknown-field.json", "body[0].colour: unknown field, expected one of: id, role, text"),
    (
        "invalid/unknown-format.json",
        r#"format: unknown format version "briefing/2", expected "briefing/1""#,
    ),
];

#[test]
fn every_invalid_fixture_fails_with_a_located_problem() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|entry| format!("invalid/{}", entry.unwrap().file_name().to_string_lossy()))
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = INVALID.iter().map(|(file, _)| *file).collect();
    assert_eq!(on_disk, listed, "every fixture under invalid/ has a line in INVALID");

    for (file, first_problem) in INVALID {
        let output = briefing(&["validate", file]);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{file}: {stderr}");
        assert_eq!(text(&output.stdout), "", "{file}");
        assert_eq!(stderr.lines().next(), Some(format!("{file}: {first_problem}").as_str()));
        for line in stderr.lines() {
            assert!(line.starts_with(&format!("{file}: ")), "{line}");
        }
    }
}

#[test]
fn valid_files_print_ok_and_exit_0() {
    let output = briefing(&["validate", "valid/small.json", "valid/required-only.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "valid/small.json: ok\nvalid/required-only.json: ok\n");
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn one_invalid_file_among_valid_ones_exits_1() {
    let output = briefing(&["validate", "valid/small.json", "invalid/dangling-actor.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "valid/small.json: ok\n");
    assert_eq!(
        text(&output.stderr),
        "invalid/dangling-actor.json: relations[0].target: unknown actor \"usa\"\n"
    );
}

#[test]
fn dash_reads_standard_input() {
    let valid = include_bytes!("../../core/tests/fixtures/valid/small.json");
    let output = briefing_with_stdin(&["validate", "-"], valid);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), "-: ok\n");

    let output = briefing_with_stdin(&["validate", "-"], br#"{"format": "briefing/9"}"#);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "-: format: unknown format version \"briefing/9\", expected \"briefing/1\"\n"
    );

    let output = briefing_with_stdin(&["validate", "-"], b"\xff\xfe");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stderr), "-: $: unreadable document: not UTF-8 text (byte 0)\n");
}

#[test]
fn unreadable_files_exit_1() {
    let output = briefing(&["validate", "no-such-file.json"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("no-such-file.json: $: unreadable document: cannot read the file: "), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["validate"][..],
        &["validate", "--strict", "valid/small.json"][..],
        &["frobnicate"][..],
        &["schema", "extra"][..],
        &["ingest", "--en"][..],
        &["ingest", "--en", "story.txt", "--frobnicate"][..],
    ] {
        let output = briefing(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(text(&output.stderr).starts_with("briefing: "), "{args:?}");
    }
}

#[test]
fn help_exits_0() {
    for flag in ["--help", "-h", "help"] {
        let output = briefing(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        assert!(text(&output.stdout).contains("validate FILE..."));
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let output = briefing(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout), include_str!("../../www/schema/briefing-1.json"));
}

#[test]
fn an_oversize_input_is_refused_without_reading_it_all() {
    let big = vec![b' '; 6 * 1024 * 1024];
    let out = briefing_with_stdin(&["validate", "-"], &big);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("larger than 4194304 bytes, the most a report or transcript may hold"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn ingest_creates_the_folders_of_its_output_file() {
    let dir = temp_dir("folders");
    let out = dir.join("new/folders/story.json");
    let seed = fixtures().join("transcripts/seed.en.txt");
    let output = briefing(&["ingest", "--en", seed.to_str().unwrap(), "--date", "2024-10-16", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(out.is_file(), "{} was written", out.display());
    let _ = std::fs::remove_dir_all(&dir);
}
