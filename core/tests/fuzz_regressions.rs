//! Hard inputs for the fuzz targets (`fuzz/`), replayed with the targets' own checks
//! (`fuzz_checks/`): a few written by hand (a valid report, one behind a byte order mark,
//! cut in half, nested past the limit, not UTF-8; a transcript cut mid-quote, binary junk,
//! tags only), and every input a target ever found a bug with, so the bug stays fixed. Each
//! lives in `fixtures/fuzz/<target>/` as raw bytes; a `value_depth` finding is stored as the JSON text it
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
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "{target}: no inputs in tests/fixtures/fuzz/{target}/");
    let failed: Vec<String> = inputs
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
