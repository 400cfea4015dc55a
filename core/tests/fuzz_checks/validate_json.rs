//! Any bytes, read as the CLI reads a file (and, lossily, as text): `validate_json` does not
//! panic, and a report that passes validates again after a round trip through JSON.

use briefing_core::validate::{validate_json, validate_report};

/// Panics when a check fails.
pub fn check(data: &[u8]) {
    let lossy = String::from_utf8_lossy(data);
    for text in std::str::from_utf8(data).into_iter().chain([lossy.as_ref()]) {
        let Ok(valid) = validate_json(text) else { continue };
        let again = serde_json::to_string(valid.report()).expect("a valid report serializes");
        if let Err(problems) = validate_json(&again) {
            panic!("a valid report failed after a round trip:\n{problems}\n{again}");
        }
        if let Err(problems) = validate_report(valid.into_report()) {
            panic!("a valid report failed validate_report:\n{problems}");
        }
    }
}
