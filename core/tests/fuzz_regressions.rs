//! Inputs the fuzz targets (`fuzz/`) found a bug with, replayed with the targets' own
//! checks (`fuzz_checks/`) so the bug stays fixed. Each lives in `fixtures/fuzz/<target>/`
//! as the raw bytes libFuzzer saved; a `value_depth` finding is stored as the JSON text it
//! generated, under `validate_json/`. `cargo xtask fuzz` also seeds the targets' corpora
//! from these folders.
#![cfg(all(feature = "json", feature = "ingest"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

mod fuzz_checks;

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

#[test]
fn validate_json_findings_stay_fixed() {
    replay("validate_json", fuzz_checks::validate_json::check);
}

#[test]
fn ingest_findings_stay_fixed() {
    replay("ingest", fuzz_checks::ingest::check);
}
