//! Why a widget shows its error panel instead of a briefing.

/// What went wrong, in the reader's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The report could not be fetched or read.
    Fetch,
    /// The report is not a valid `briefing/1` document.
    Invalid,
    /// The element names no report.
    NoSource,
    /// The widget's own code failed (a panic).
    Internal,
}

/// A failure, with its details for editors (one line each: the URL and status, or every
/// validation problem with its path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What went wrong, in the reader's terms.
    pub kind: FailureKind,
    /// The details, for editors.
    pub details: Vec<String>,
}
