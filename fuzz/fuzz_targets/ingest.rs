//! Any bytes as a transcript, English, Korean, or both halves as a pair: no panic, and
//! every report ingestion makes passes validation.
#![no_main]

use briefing_core::ingest::{ingest, IngestInput};
use briefing_core::validate::validate_report;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let middle = (0..=text.len() / 2).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
    let (first, second) = text.split_at(middle);
    let inputs = [
        IngestInput { en: Some(&text), ..IngestInput::default() },
        IngestInput { ko: Some(&text), ..IngestInput::default() },
        IngestInput { en: Some(&text), date_published: Some("2024-10-16"), ..IngestInput::default() },
        IngestInput { ko: Some(&text), date_published: Some("2024-10-16"), ..IngestInput::default() },
        IngestInput { en: Some(first), ko: Some(second), date_published: Some("2024-10-16"), ..IngestInput::default() },
    ];
    for input in &inputs {
        if let Ok(out) = ingest(input) {
            if let Err(problems) = validate_report(out.report) {
                panic!("ingestion made an invalid report:\n{problems}");
            }
        }
    }
});
