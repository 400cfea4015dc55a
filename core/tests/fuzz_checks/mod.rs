//! The checks of the fuzz targets, shared by the targets (`fuzz/fuzz_targets/`, through
//! `#[path]`) and by the replay of their findings (`fuzz_regressions.rs`).

pub mod ingest;
pub mod validate_json;
