//! Any bytes, read as the CLI reads a file, through `validate_json`: no panic, and a
//! report that passes validates again after a round trip through JSON.
#![no_main]

use briefing_core::validate::{validate_json, validate_report};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&String::from_utf8_lossy(data));
});

fn check(text: &str) {
    let Ok(valid) = validate_json(text) else { return };
    let again = serde_json::to_string(valid.report()).expect("a valid report serializes");
    if let Err(problems) = validate_json(&again) {
        panic!("a valid report failed after a round trip:\n{problems}\n{again}");
    }
    if let Err(problems) = validate_report(valid.into_report()) {
        panic!("a valid report failed validate_report:\n{problems}");
    }
}
