//! Typed errors and warnings of transcript ingestion, one enum per concern.
//!
//! Every variant that comes from a place in a transcript carries its 1-based line, and the
//! messages are lowercase phrases without a trailing period, so a shell can print
//! `story.txt: line 12: speaker block has no closing quote`.

use std::fmt;


pub use crate::model::Lang;

/// Why a transcript could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The text is empty or only whitespace.
    Empty,
    /// The text is larger than [`MAX_TRANSCRIPT_BYTES`](super::MAX_TRANSCRIPT_BYTES).
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The text holds control characters or replacement characters: binary data, or text in
    /// another encoding read as UTF-8.
    NotText {
        /// The first line with such characters.
        line: usize,
    },
    /// The text is markup or data (HTML, JSON) rather than a transcript.
    Markup {
        /// The line where the markup starts.
        line: usize,
    },
    /// Nothing marks the text as a broadcast transcript: no section tag, no speaker block,
    /// no reporter introduction or sign-off.
    NotATranscript {
        /// The first line of text.
        line: usize,
    },
    /// After page chrome is stripped, no paragraph of story text is left.
    NoBody {
        /// The last line looked at.
        line: usize,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("the transcript is empty"),
            ParseError::TooLarge { bytes, limit } => write!(
                f,
                "the transcript is {bytes} bytes, over the limit of {limit} bytes"
            ),
            ParseError::NotText { line } => write!(
                f,
                "line {line}: binary data or a text encoding other than UTF-8, not a transcript"
            ),
            ParseError::Markup { line } => write!(
                f,
                "line {line}: this is markup or JSON, not a transcript; paste the story text"
            ),
            ParseError::NotATranscript { line } => write!(
                f,
                "line {line}: not a broadcast transcript: no [Anchor]/[Report] tag, speaker block, reporter introduction or sign-off"
            ),
            ParseError::NoBody { line } => {
                write!(f, "line {line}: no story text left after removing the page chrome")
            }
        }
    }
}

impl std::error::Error for ParseError {}

/// How sure the parser is about who said a quote that names no speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// The block follows the named speaker's block, or a paragraph about them.
    High,
    /// Another person may have been introduced in between.
    Low,
}

/// Something in a transcript that was read, but not cleanly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseWarning {
    /// A speaker block runs to the end of the text, or into the next block, without `"]`.
    UnclosedSpeakerBlock {
        /// Where the block starts.
        line: usize,
    },
    /// A speaker block closes with `]` but its quote has no closing quotation mark.
    MissingClosingQuote {
        /// Where the block starts.
        line: usize,
    },
    /// The text stops mid-sentence.
    Truncated {
        /// The last line of text.
        line: usize,
    },
    /// A quote block names no speaker; it was given to the previous speaker.
    GuessedSpeaker {
        /// Where the block starts.
        line: usize,
        /// The speaker it was given to.
        speaker: String,
        /// How sure the guess is.
        confidence: Confidence,
    },
    /// A quote block names no speaker and no earlier speaker exists.
    UnattributedQuote {
        /// Where the block starts.
        line: usize,
    },
    /// A bracketed label that is neither a section tag nor a speaker block was skipped.
    SkippedBracket {
        /// Where it is.
        line: usize,
        /// Its text.
        text: String,
    },
    /// Some sections carry tags and others do not; untagged text before the first tag was
    /// taken as the anchor's.
    PartialSectionTags {
        /// The first tag.
        line: usize,
    },
    /// No section tags at all: the first paragraph was taken as the anchor's.
    NoSectionTags,
    /// No reporter introduction or sign-off names the reporter.
    NoReporter,
    /// A second story starts here (a page with several stories); only the first is read.
    SecondStory {
        /// Where the second story starts.
        line: usize,
    },
    /// A speaker block part was not recognised as a title, organisation, place, date or
    /// source, and was kept as a title.
    UnclassifiedSpeakerPart {
        /// Where the block starts.
        line: usize,
        /// The part.
        part: String,
    },
    /// A soundbite names its speaker but none of the words were transcribed.
    NotTranscribed {
        /// Where the label is.
        line: usize,
        /// Who speaks.
        speaker: String,
    },
    /// A speaker block names no speaker before its colon.
    EmptySpeakerName {
        /// Where the block starts.
        line: usize,
    },
}

impl ParseWarning {
    /// The line the warning is about, when it is about one.
    pub fn line(&self) -> Option<usize> {
        match self {
            ParseWarning::UnclosedSpeakerBlock { line }
            | ParseWarning::MissingClosingQuote { line }
            | ParseWarning::Truncated { line }
            | ParseWarning::GuessedSpeaker { line, .. }
            | ParseWarning::UnattributedQuote { line }
            | ParseWarning::SkippedBracket { line, .. }
            | ParseWarning::PartialSectionTags { line }
            | ParseWarning::SecondStory { line }
            | ParseWarning::UnclassifiedSpeakerPart { line, .. }
            | ParseWarning::EmptySpeakerName { line }
            | ParseWarning::NotTranscribed { line, .. } => Some(*line),
            ParseWarning::NoSectionTags | ParseWarning::NoReporter => None,
        }
    }
}

impl fmt::Display for ParseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line() {
            write!(f, "line {line}: ")?;
        }
        match self {
            ParseWarning::UnclosedSpeakerBlock { .. } => {
                f.write_str("speaker block has no closing quote; the quote may be cut off")
            }
            ParseWarning::MissingClosingQuote { .. } => {
                f.write_str("quote has no closing quotation mark")
            }
            ParseWarning::Truncated { .. } => {
                f.write_str("text stops mid-sentence; it may be cut off")
            }
            ParseWarning::GuessedSpeaker { speaker, confidence, .. } => match confidence {
                Confidence::High => write!(f, "quote names no speaker; given to {speaker}"),
                Confidence::Low => write!(
                    f,
                    "quote names no speaker; given to {speaker}, but someone else may be speaking"
                ),
            },
            ParseWarning::UnattributedQuote { .. } => {
                f.write_str("quote names no speaker and none came before it")
            }
            ParseWarning::SkippedBracket { text, .. } => {
                write!(f, "skipped [{text}]: not a section tag or speaker block")
            }
            ParseWarning::PartialSectionTags { .. } => f.write_str(
                "text before the first section tag has no tag; it was taken as the anchor's",
            ),
            ParseWarning::NoSectionTags => f.write_str(
                "no section tags; the first paragraph was taken as the anchor's introduction",
            ),
            ParseWarning::NoReporter => f.write_str("no reporter introduction or sign-off found"),
            ParseWarning::SecondStory { .. } => {
                f.write_str("a second story starts here; only the first story was read")
            }
            ParseWarning::UnclassifiedSpeakerPart { part, .. } => {
                write!(f, "speaker detail \"{part}\" not recognised; kept as a title")
            }
            ParseWarning::EmptySpeakerName { .. } => {
                f.write_str("speaker block names no speaker")
            }
            ParseWarning::NotTranscribed { speaker, .. } => {
                write!(f, "{speaker} speaks here but no words were transcribed; listed as a speaker without a quote")
            }
        }
    }
}

/// Where the English and Korean transcripts of one story do not line up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlignWarning {
    /// An item of one language has no counterpart in the other.
    Unmatched {
        /// The language the item is in.
        lang: Lang,
        /// Its line.
        line: usize,
        /// The nearest aligned line in the other language, if any.
        near: Option<usize>,
        /// "paragraph" or "quote".
        what: &'static str,
    },
    /// A quote was paired with a quote by a different speaker position.
    SpeakerOrder {
        /// The English line.
        en_line: usize,
        /// The Korean line.
        ko_line: usize,
    },
}

impl fmt::Display for AlignWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AlignWarning::Unmatched { lang, line, near, what } => {
                let other = match lang {
                    Lang::En => "Korean",
                    Lang::Ko => "English",
                };
                write!(f, "{lang} line {line}: {what} has no {other} counterpart")?;
                if let Some(near) = near {
                    write!(f, " (near {} line {near})", lang.other())?;
                }
                Ok(())
            }
            AlignWarning::SpeakerOrder { en_line, ko_line } => write!(
                f,
                "en line {en_line} and ko line {ko_line}: quotes paired by order, but their speakers differ"
            ),
        }
    }
}

/// Something about a whole ingestion that an editor should check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestWarning {
    /// A warning from reading one transcript.
    Parse {
        /// The transcript's language.
        lang: Lang,
        /// The warning.
        warning: ParseWarning,
    },
    /// The two transcripts do not line up.
    Align(AlignWarning),
    /// No story URL was given; the publisher's news site was used.
    NoUrl,
    /// No publication date was given or found in the page chrome; the report has none.
    NoDate,
    /// The story has more items than a report holds; the rest were left out.
    TooMany {
        /// "paragraphs", "quotes", "speakers", "actors" or "relations".
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// An extra actor was skipped.
    ExtraActor {
        /// Its position in the list, from 0.
        index: usize,
        /// Why.
        reason: String,
    },
}

impl IngestWarning {
    /// The transcript language the warning is about, when it is about one.
    pub fn lang(&self) -> Option<Lang> {
        match self {
            IngestWarning::Parse { lang, .. } => Some(*lang),
            _ => None,
        }
    }
}

impl fmt::Display for IngestWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestWarning::Parse { warning, .. } => warning.fmt(f),
            IngestWarning::Align(warning) => warning.fmt(f),
            IngestWarning::NoUrl => {
                f.write_str("no story URL given; the publisher's news site is used")
            }
            IngestWarning::NoDate => f.write_str(
                "no publication date in the transcript (an \"입력 YYYY.MM.DD\" line) or given; the report has none",
            ),
            IngestWarning::TooMany { what, limit } => {
                write!(f, "more {what} than a report holds; only the first {limit} were kept")
            }
            IngestWarning::ExtraActor { index, reason } => {
                write!(f, "actors[{index}]: skipped: {reason}")
            }
        }
    }
}

/// Why no report could be made.
#[derive(Debug, Clone, PartialEq)]
pub enum IngestError {
    /// Neither an English nor a Korean transcript was given.
    NoInput,
    /// A transcript could not be read.
    Parse {
        /// Its language.
        lang: Lang,
        /// Why.
        error: ParseError,
    },
    /// The English text given as Korean, or the other way round.
    WrongLanguage {
        /// The language it was given as.
        lang: Lang,
    },
    /// A given date is not `YYYY-MM-DD`.
    BadDate {
        /// The date as given.
        date: String,
    },
    /// The report built does not validate (a bug in ingestion; the problems say where).
    Invalid(String),
}

impl IngestError {
    /// The transcript language the error is about, when it is about one.
    pub fn lang(&self) -> Option<Lang> {
        match self {
            IngestError::Parse { lang, .. } | IngestError::WrongLanguage { lang } => Some(*lang),
            _ => None,
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::NoInput => f.write_str("no transcript given: pass an English or a Korean transcript"),
            IngestError::Parse { error, .. } => error.fmt(f),
            IngestError::WrongLanguage { lang } => match lang {
                Lang::En => f.write_str("line 1: this transcript is in Korean, but was given as English"),
                Lang::Ko => f.write_str("line 1: this transcript has no Korean text, but was given as Korean"),
            },
            IngestError::BadDate { date } => write!(f, "date \"{date}\" is not YYYY-MM-DD"),
            IngestError::Invalid(problems) => write!(f, "the report made does not validate: {problems}"),
        }
    }
}

impl std::error::Error for IngestError {}
