//! Inputs the fuzz targets (`fuzz/`) found a bug with, replayed with the targets' checks
//! so the bug stays fixed. Each lives in `fixtures/fuzz/<target>/` as the raw bytes
//! libFuzzer saved; a `value_depth` finding is stored as the JSON text it generated, under
//! `validate_json/`. `cargo xtask fuzz` also seeds the targets' corpora from these folders.
#![cfg(all(feature = "json", feature = "ingest"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use briefing_core::ingest::{ingest, IngestInput};
use briefing_core::validate::{validate_json, validate_report};

/// The saved inputs of one target, by file name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut inputs: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), std::fs::read(entry.path()).unwrap()))
        .collect();
    inputs.sort();
    inputs
}

/// Runs `check` on every input of `target`, naming each one that panics.
fn replay(target: &str, check: fn(&[u8])) {
    let failed: Vec<String> = inputs(target)
        .into_iter()
        .filter(|(_, bytes)| catch_unwind(AssertUnwindSafe(|| check(bytes))).is_err())
        .map(|(name, _)| name)
        .collect();
    assert!(failed.is_empty(), "{target}: these inputs fail again: {failed:?}");
}

/// The `validate_json` target: no panic, and a valid report survives a round trip.
fn validate_json_check(data: &[u8]) {
    let lossy = String::from_utf8_lossy(data);
    for text in std::str::from_utf8(data).into_iter().chain([lossy.as_ref()]) {
        if let Ok(valid) = validate_json(text) {
            let again = serde_json::to_string(valid.report()).unwrap();
            assert!(validate_json(&again).is_ok(), "round trip: {again}");
            assert!(validate_report(valid.into_report()).is_ok());
        }
    }
}

/// The `ingest` target: no panic, and every report made validates.
fn ingest_check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let middle = (0..=text.len() / 2).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
    let (first, second) = text.split_at(middle);
    let date = Some("2024-10-16");
    let inputs = [
        IngestInput { en: Some(&text), ..IngestInput::default() },
        IngestInput { ko: Some(&text), ..IngestInput::default() },
        IngestInput { en: Some(&text), date_published: date, ..IngestInput::default() },
        IngestInput { ko: Some(&text), date_published: date, ..IngestInput::default() },
        IngestInput { en: Some(first), ko: Some(second), date_published: date, ..IngestInput::default() },
    ];
    for input in &inputs {
        if let Ok(out) = ingest(input) {
            if let Err(problems) = validate_report(out.report) {
                panic!("ingestion made an invalid report:\n{problems}");
            }
        }
    }
}

#[test]
fn validate_json_findings_stay_fixed() {
    replay("validate_json", validate_json_check);
}

#[test]
fn ingest_findings_stay_fixed() {
    replay("ingest", ingest_check);
}
