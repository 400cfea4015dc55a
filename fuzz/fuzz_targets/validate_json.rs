//! Any bytes through `validate_json`; the checks are in `core/tests/fuzz_checks/`.
#![no_main]

#[path = "../../core/tests/fuzz_checks/validate_json.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::check(data));
