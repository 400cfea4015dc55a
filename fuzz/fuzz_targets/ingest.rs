//! Any bytes as transcripts through `ingest`; the checks are in `core/tests/fuzz_checks/`.
#![no_main]

#[path = "../../core/tests/fuzz_checks/ingest.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check(data));
