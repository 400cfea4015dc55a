//! Any bytes as a transcript, English, Korean, or both halves as a pair: ingestion does not
//! panic, and every report it makes passes validation.

use briefing_core::ingest::{ingest, IngestInput};
use briefing_core::validate::validate_report;

/// Panics when a check fails.
pub fn check(data: &[u8]) {
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
