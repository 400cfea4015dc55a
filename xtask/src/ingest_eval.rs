//! `cargo xtask ingest-eval DIR`: ingestion measured against hand-written facts.
//!
//! Every transcript in DIR (`name.en.txt`, `name.ko.txt`) has its facts beside it
//! (`name.en.expected.json`; the format is in docs/ingest.md). The scoring is
//! `briefing ingest --eval DIR`, which this runs through cargo: it prints what each story
//! missed and recall and precision per field, and fails when a field is under its
//! threshold.

use std::path::Path;
use std::process::Command;

use crate::{project_root, Fail};

/// The in-repository fixtures that `cargo xtask test` scores.
pub const FIXTURES: &str = "core/tests/fixtures/ingest-eval";

/// Runs the evaluation on the directory given (relative to the current directory).
pub fn run(args: &[String]) -> Result<(), Fail> {
    let [dir] = args else {
        return Err(Fail("usage: cargo xtask ingest-eval DIR".to_string()));
    };
    let dir = std::fs::canonicalize(dir).map_err(|e| Fail(format!("ingest-eval: {dir}: {e}")))?;
    evaluate(&dir)
}

/// Scores the transcripts of `dir`; fails when a field is under its threshold.
pub fn evaluate(dir: &Path) -> Result<(), Fail> {
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args(["run", "--quiet", "--package", "briefing-cli", "--"])
        .args(["ingest", "--eval"])
        .arg(dir)
        .current_dir(project_root());
    let status = cargo.status().map_err(|e| Fail(format!("ingest-eval: cannot run cargo: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Fail(format!("ingest-eval: {}: under a threshold or unreadable", dir.display())))
    }
}
