//! Transcript ingestion: from a KBS broadcast transcript (English, Korean or both) to a
//! `briefing/1` [`Report`].
//!
//! The pipeline is [`parse`] (one transcript → [`Transcript`]), [`align`] (English and Korean
//! items paired by structure), the [`Gazetteer`] (actors and their aliases) and relation
//! extraction (cue words and hedges where two actors meet), then the report is built and
//! checked with [`crate::validate::validate_report`]. Nothing here reads files: the CLI and
//! the demo page hand in text.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod actors;
mod align;
mod build;
mod chrome;
mod error;
#[cfg(feature = "json")]
pub mod eval;
mod gazetteer;
mod officials;
mod parse;
mod relations;
mod speaker;
mod text;

pub use align::{align, Pair};
pub use error::{AlignWarning, Confidence, IngestError, IngestWarning, Lang, ParseError, ParseWarning};
pub use gazetteer::{EntryKind, Gazetteer, GazetteerEntry, Mention};
pub use parse::{parse, Attribution, Item, ItemKind, QuoteBlock, Reporter, Section, Transcript, MAX_TRANSCRIPT_BYTES};
pub use relations::{CertaintyKind, EvidenceText, FoundRelation, StanceKind};
pub use speaker::SpeakerLabel;

use crate::model::{Actor, Report};

/// What to ingest.
#[derive(Debug, Clone, Copy, Default)]
pub struct IngestInput<'a> {
    /// The English transcript.
    pub en: Option<&'a str>,
    /// The Korean transcript of the same story.
    pub ko: Option<&'a str>,
    /// Actors to add to the built-in gazetteer (the same shape as a report's `actors`); an
    /// actor with a known id adds its aliases to the known one.
    pub extra_actors: &'a [Actor],
    /// The story's URL; without one the publisher's news site is used, with a warning.
    pub url: Option<&'a str>,
    /// The publication date (`YYYY-MM-DD`), when the page chrome does not give it.
    pub date_published: Option<&'a str>,
    /// The report id; without one it is made from the headline.
    pub id: Option<&'a str>,
}

/// A report made from transcripts, and what the editor should check in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ingested {
    /// The report; it passes [`crate::validate::validate_report`].
    pub report: Report,
    /// Warnings, in the order found.
    pub warnings: Vec<IngestWarning>,
}

/// Makes a report from an English and/or a Korean transcript of one story.
///
/// # Errors
/// [`IngestError::NoInput`] without a transcript, [`IngestError::Parse`] when one cannot be
/// read (empty, binary, markup, not a transcript), [`IngestError::WrongLanguage`],
/// [`IngestError::BadDate`] for a given date that is not `YYYY-MM-DD`. A story without any
/// date is made without one, with [`IngestWarning::NoDate`].
///
/// # Examples
/// ```
/// use briefing_core::ingest::{ingest, IngestInput};
/// let en = "[Anchor]\nNorth Korea and Russia signed a treaty.\nKim Ha-na reports.\n\
///           [Report]\nThe two countries pledged cooperation.\n\
///           [Lee Do-yun/Professor, Hanbit University: \"It is a turning point.\"]\n\
///           KBS News, Kim Ha-na.";
/// let out = ingest(&IngestInput { en: Some(en), date_published: Some("2024-10-16"), ..IngestInput::default() })?;
/// assert_eq!(out.report.quotes.len(), 1);
/// assert_eq!(out.report.speakers.first().map(|s| s.id.as_str()), Some("lee-do-yun"));
/// # Ok::<(), briefing_core::ingest::IngestError>(())
/// ```
pub fn ingest(input: &IngestInput<'_>) -> Result<Ingested, IngestError> {
    build::ingest(input)
}

/// The language a transcript is most likely written in: Korean when it has more Hangul
/// letters than Latin ones, English otherwise. For files that do not say which they are.
///
/// # Examples
/// ```
/// use briefing_core::ingest::{detect_language, Lang};
/// assert_eq!(detect_language("[앵커]\n북한과 러시아가 조약을 비준했습니다."), Lang::Ko);
/// assert_eq!(detect_language("[Anchor]\nNorth Korea ratified the treaty."), Lang::En);
/// ```
pub fn detect_language(text: &str) -> Lang {
    let (hangul, latin) = text::script_counts(text);
    if hangul > latin {
        Lang::Ko
    } else {
        Lang::En
    }
}
