//! What validation reports: problems located by JSON path, their kinds and messages.

use std::fmt;

use crate::model::{FormatVersion, Lang};
use crate::value::JsonKind;

/// One thing wrong with a report, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The JSON path of the offending value, such as `relations[2].target`; `$` is the
    /// whole document.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at `path`; the empty path means the whole document and becomes `$`.
    pub fn new(path: &str, kind: ProblemKind) -> Self {
        let path = if path.is_empty() { "$".to_owned() } else { path.to_owned() };
        Problem { path, kind }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

/// What is wrong at a [`Problem`]'s path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not JSON, or has more than whitespace after the report.
    Syntax(String),
    /// A deserializer other than JSON's failed.
    Unreadable(String),
    /// The JSON text is over [`super::MAX_DOCUMENT_BYTES`].
    DocumentTooLarge {
        /// The text's size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Arrays and objects nest deeper than [`super::MAX_DEPTH`].
    TooDeep {
        /// The limit in levels.
        limit: usize,
    },
    /// More problems than [`super::MAX_PROBLEMS`]; the rest are not listed.
    TooManyProblems {
        /// The number listed.
        limit: usize,
    },
    /// `format` is not `briefing/1`.
    UnknownFormat {
        /// The version found, shortened if long.
        found: String,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// The type the format wants here.
        expected: JsonKind,
        /// The type found.
        found: JsonKind,
    },
    /// A required field is absent.
    MissingField,
    /// A field the format does not have; the format is strict so typos are caught.
    UnknownField {
        /// The fields allowed in this object.
        expected: &'static [&'static str],
    },
    /// A key appears twice in one object.
    DuplicateKey,
    /// A string that is not one of the values allowed here.
    UnknownValue {
        /// The value found, shortened if long.
        found: String,
        /// The values allowed.
        expected: &'static [&'static str],
    },
    /// Text that is empty or only whitespace.
    EmptyText,
    /// Localized text with neither `en` nor `ko`.
    NoLanguage,
    /// Text longer than its limit.
    TextTooLong {
        /// The text's length in characters.
        chars: usize,
        /// The limit in characters.
        limit: usize,
    },
    /// An id that does not match [`crate::model::ID_PATTERN`].
    InvalidId {
        /// The id found, shortened if long.
        found: String,
    },
    /// A relation kind that does not match [`crate::model::RELATION_KIND_PATTERN`].
    InvalidRelationKind {
        /// The kind found, shortened if long.
        found: String,
    },
    /// An id used a second time; ids share one namespace across the report.
    DuplicateId {
        /// The id.
        id: String,
        /// The path of its first use.
        first: String,
    },
    /// A reference to an id the report does not have.
    UnknownReference {
        /// What the reference must name.
        expected: Reference,
        /// The id referred to, shortened if long.
        id: String,
    },
    /// A reference to an id of the wrong kind, such as evidence naming an actor.
    WrongReference {
        /// What the reference must name.
        expected: Reference,
        /// The id referred to.
        id: String,
        /// What the id names.
        found: IdKind,
    },
    /// A relation whose source and target are the same actor.
    SelfRelation {
        /// The actor's id.
        actor: String,
    },
    /// The same evidence id listed twice in one relation.
    DuplicateEvidence {
        /// The id.
        id: String,
    },
    /// A URL that is not a plain `http` or `https` URL.
    InvalidUrl(UrlProblem),
    /// A date that is not a real `YYYY-MM-DD` date or RFC 3339 date-time.
    InvalidDate {
        /// The date found, shortened if long.
        found: String,
    },
    /// A language listed in `languages` but missing from this text.
    LanguageMissing {
        /// The language.
        lang: Lang,
    },
    /// A language listed twice in `languages`.
    DuplicateLanguage {
        /// The language.
        lang: Lang,
    },
    /// An empty list that needs at least one item.
    Empty {
        /// What the list holds.
        item: ItemKind,
    },
    /// A list longer than its limit.
    TooMany {
        /// How many items it has.
        count: usize,
        /// The limit.
        limit: usize,
        /// What the list holds.
        item: ItemKind,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax(message) => write!(f, "invalid JSON: {message}"),
            ProblemKind::Unreadable(message) => write!(f, "unreadable document: {message}"),
            ProblemKind::DocumentTooLarge { bytes, limit } => {
                write!(f, "document is {bytes} bytes, over the limit of {limit} bytes")
            }
            ProblemKind::TooDeep { limit } => {
                write!(f, "nesting is deeper than the limit of {limit} levels")
            }
            ProblemKind::TooManyProblems { limit } => {
                write!(f, "more than {limit} problems, the rest are not listed")
            }
            ProblemKind::UnknownFormat { found } => write!(
                f,
                "unknown format version {}, expected {}",
                quoted(found),
                quoted(FormatVersion::V1.as_str())
            ),
            ProblemKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ProblemKind::MissingField => f.write_str("missing required field"),
            ProblemKind::UnknownField { expected } => {
                write!(f, "unknown field, expected one of: {}", expected.join(", "))
            }
            ProblemKind::DuplicateKey => f.write_str("duplicate key"),
            ProblemKind::UnknownValue { found, expected } => write!(
                f,
                "unknown value {}, expected one of: {}",
                quoted(found),
                expected.join(", ")
            ),
            ProblemKind::EmptyText => f.write_str("text is empty"),
            ProblemKind::NoLanguage => f.write_str("text has neither en nor ko"),
            ProblemKind::TextTooLong { chars, limit } => {
                write!(f, "text is {chars} characters, over the limit of {limit}")
            }
            ProblemKind::InvalidId { found } => write!(
                f,
                "invalid id {}: use a-z, 0-9 and hyphens, starting with a letter or digit, \
                 at most {} characters",
                quoted(found),
                super::MAX_ID_CHARS
            ),
            ProblemKind::InvalidRelationKind { found } => write!(
                f,
                "invalid relation kind {}: use a-z, 0-9 and hyphens, starting with a letter, \
                 at most {} characters",
                quoted(found),
                super::MAX_ID_CHARS
            ),
            ProblemKind::DuplicateId { id, first } => {
                write!(f, "duplicate id {}, first used at {first}", quoted(id))
            }
            ProblemKind::UnknownReference { expected, id } => {
                write!(f, "unknown {expected} {}", quoted(id))
            }
            ProblemKind::WrongReference { expected, id, found } => {
                write!(f, "{} is {found}, not {}", quoted(id), expected.with_article())
            }
            ProblemKind::SelfRelation { actor } => {
                write!(f, "relation from actor {} to itself", quoted(actor))
            }
            ProblemKind::DuplicateEvidence { id } => {
                write!(f, "evidence {} is listed twice", quoted(id))
            }
            ProblemKind::InvalidUrl(problem) => write!(f, "not an http(s) URL: {problem}"),
            ProblemKind::InvalidDate { found } => write!(
                f,
                "invalid date {}: expected a real date as YYYY-MM-DD or an RFC 3339 date-time",
                quoted(found)
            ),
            ProblemKind::LanguageMissing { lang } => {
                write!(f, "no {} text, but languages lists {}", quoted(lang.code()), quoted(lang.code()))
            }
            ProblemKind::DuplicateLanguage { lang } => {
                write!(f, "{} is listed twice", quoted(lang.code()))
            }
            ProblemKind::Empty { item } => write!(f, "at least one {} is required", item.name(1)),
            ProblemKind::TooMany { count, limit, item } => write!(
                f,
                "{count} {} is over the limit of {limit}",
                item.name(*count)
            ),
        }
    }
}

/// What a list holds, for messages about its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// `body`.
    Paragraph,
    /// `quotes`.
    Quote,
    /// `speakers`.
    Speaker,
    /// `actors`.
    Actor,
    /// `relations`.
    Relation,
    /// `key_points`.
    KeyPoint,
    /// An actor's `aliases`.
    Alias,
    /// A relation's `evidence`.
    Evidence,
    /// `languages`.
    Language,
}

impl ItemKind {
    fn name(self, count: usize) -> &'static str {
        let (one, many) = match self {
            ItemKind::Paragraph => ("paragraph", "paragraphs"),
            ItemKind::Quote => ("quote", "quotes"),
            ItemKind::Speaker => ("speaker", "speakers"),
            ItemKind::Actor => ("actor", "actors"),
            ItemKind::Relation => ("relation", "relations"),
            ItemKind::KeyPoint => ("key point", "key points"),
            ItemKind::Alias => ("alias", "aliases"),
            ItemKind::Evidence => ("evidence id", "evidence ids"),
            ItemKind::Language => ("language", "languages"),
        };
        if count == 1 {
            one
        } else {
            many
        }
    }
}

/// What a reference must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reference {
    /// A quote's `speaker`.
    Speaker,
    /// A quote's `paragraph`.
    Paragraph,
    /// A relation's `source` or `target`.
    Actor,
    /// A relation's `evidence`: a paragraph or a quote.
    Evidence,
}

impl Reference {
    fn with_article(self) -> &'static str {
        match self {
            Reference::Speaker => "a speaker",
            Reference::Paragraph => "a paragraph",
            Reference::Actor => "an actor",
            Reference::Evidence => "a paragraph or quote",
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reference::Speaker => "speaker",
            Reference::Paragraph => "paragraph",
            Reference::Actor => "actor",
            Reference::Evidence => "paragraph or quote",
        })
    }
}

/// What an id in the report's one namespace names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// A body paragraph.
    Paragraph,
    /// A quote.
    Quote,
    /// A speaker.
    Speaker,
    /// An actor.
    Actor,
    /// A relation.
    Relation,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::Paragraph => "a paragraph",
            IdKind::Quote => "a quote",
            IdKind::Speaker => "a speaker",
            IdKind::Actor => "an actor",
            IdKind::Relation => "a relation",
        })
    }
}

/// Why a URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    /// The URL is empty.
    Empty,
    /// The URL is longer than [`super::MAX_URL_CHARS`].
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A scheme that runs code or embeds content (`javascript:`, `data:`, `vbscript:`),
    /// however it is disguised with case, entities or whitespace.
    DangerousScheme {
        /// The scheme, lowercase.
        scheme: &'static str,
    },
    /// Whitespace before or after the URL.
    SurroundingWhitespace,
    /// A control character or whitespace inside the URL.
    ControlOrSpace,
    /// A URL starting with `//`, which takes the embedding page's scheme.
    ProtocolRelative,
    /// No scheme: a relative URL.
    NoScheme,
    /// A scheme other than `http` or `https`.
    UnsupportedScheme {
        /// The scheme, shortened if long.
        scheme: String,
    },
    /// No `//` after the scheme.
    NoSlashes,
    /// No host after `//`.
    MissingHost,
    /// A user name or password before the host, a way to disguise the real host.
    Credentials,
    /// The host has characters no host name or IP address has.
    InvalidHost,
    /// The port is not a number from 0 to 65535.
    InvalidPort,
    /// A character URLs cannot hold unescaped.
    InvalidCharacter {
        /// The character.
        found: char,
    },
    /// A `%` not followed by two hexadecimal digits.
    InvalidPercentEscape,
    /// A character a reader cannot see (zero-width, bidirectional, soft hyphen, byte order
    /// mark), which can make a URL read as another.
    InvisibleCharacter {
        /// The character.
        found: char,
    },
    /// A host character that is neither ASCII nor a Hangul syllable: letters of other
    /// scripts can imitate ASCII names, so such hosts are written in their `xn--` form.
    NonAsciiHost {
        /// The character.
        found: char,
    },
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::Empty => f.write_str("the URL is empty"),
            UrlProblem::TooLong { chars, limit } => {
                write!(f, "{chars} characters is over the limit of {limit}")
            }
            UrlProblem::DangerousScheme { scheme } => {
                write!(f, "scheme {} is never allowed", quoted(scheme))
            }
            UrlProblem::SurroundingWhitespace => f.write_str("whitespace before or after it"),
            UrlProblem::ControlOrSpace => f.write_str("a control character or whitespace inside it"),
            UrlProblem::ProtocolRelative => f.write_str("protocol-relative, it starts with //"),
            UrlProblem::NoScheme => f.write_str("no scheme, expected http:// or https://"),
            UrlProblem::UnsupportedScheme { scheme } => {
                write!(f, "scheme {} is not http or https", quoted(scheme))
            }
            UrlProblem::NoSlashes => f.write_str("expected // after the scheme"),
            UrlProblem::MissingHost => f.write_str("no host"),
            UrlProblem::Credentials => f.write_str("a user name or password before the host"),
            UrlProblem::InvalidHost => f.write_str("the host is not a host name or IP address"),
            UrlProblem::InvalidPort => f.write_str("the port is not a number from 0 to 65535"),
            UrlProblem::InvalidCharacter { found } => {
                write!(f, "character {} must be percent-encoded", quoted_char(*found))
            }
            UrlProblem::InvalidPercentEscape => {
                f.write_str("a % not followed by two hexadecimal digits")
            }
            UrlProblem::InvisibleCharacter { found } => {
                write!(f, "invisible character {} inside it", quoted_char(*found))
            }
            UrlProblem::NonAsciiHost { found } => {
                write!(f, "host character {} is neither ASCII nor Hangul, write the host in its xn-- form", quoted_char(*found))
            }
        }
    }
}

/// All the problems of one document, in the order found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub(super) fn one(problem: Problem) -> Self {
        Problems(vec![problem])
    }

    pub(super) fn from_vec(problems: Vec<Problem>) -> Self {
        Problems(problems)
    }

    /// The problems, in the order found.
    pub fn as_slice(&self) -> &[Problem] {
        &self.0
    }

    /// An iterator over the problems.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.0.iter()
    }

    /// How many problems there are; never zero.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: validation never fails without a problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems as a vector.
    pub fn into_vec(self) -> Vec<Problem> {
        self.0
    }
}

impl fmt::Display for Problems {
    /// One problem per line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl IntoIterator for Problems {
    type Item = Problem;
    type IntoIter = std::vec::IntoIter<Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Characters that show nothing: zero-width and joining marks, bidirectional controls, the
/// soft hyphen, the byte order mark, variation selectors and tags (Unicode's default
/// ignorable code points).
pub(crate) fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{115f}'..='\u{1160}'
            | '\u{17b4}'..='\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff0}'..='\u{fff8}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e0fff}'
    )
}

/// How many characters of a value from the document a message quotes.
const EXCERPT_CHARS: usize = 64;

/// `text` shortened to [`EXCERPT_CHARS`], for storing a value from the document in a
/// problem without storing megabytes of it.
pub(super) fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((end, _)) => [text.get(..end).unwrap_or_default(), "…"].concat(),
        None => text.to_owned(),
    }
}

/// `text` in double quotes with control characters and quotes escaped, so a value from
/// the document cannot forge or garble a terminal line; shortened past 64 characters.
///
/// ```
/// use briefing_core::validate::quoted;
///
/// assert_eq!(quoted("text/\"html\""), r#""text/\"html\"""#);
/// ```
pub fn quoted(text: &str) -> String {
    let text = excerpt(text);
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            // Bidirectional and zero-width marks could make a message read differently
            // from what it says.
            c if c.is_control() || invisible(c) => push_escape(&mut out, c, 4),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `c` in single quotes, escaped as Rust writes a character (`'\\'`, `'\u{200b}'`), for
/// the characters URL messages name.
pub(crate) fn quoted_char(c: char) -> String {
    let mut out = String::from('\'');
    match c {
        '\\' => out.push_str("\\\\"),
        '\'' => out.push_str("\\'"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\0' => out.push_str("\\0"),
        c if c.is_control() || invisible(c) => push_escape(&mut out, c, 1),
        c => out.push(c),
    }
    out.push('\'');
    out
}

/// Appends `\u{…}` for `c`, its code point in lower-case hexadecimal of at least `digits`
/// digits.
fn push_escape(out: &mut String, c: char, digits: usize) {
    let code = u32::from(c);
    let mut width = 1;
    while width < 6 && code >> (4 * width) != 0 {
        width += 1;
    }
    out.push_str("\\u{");
    for place in (0..width.max(digits)).rev() {
        let digit = (code >> (4 * place)) & 0xf;
        out.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::{invisible, quoted, quoted_char};

    /// Characters are written as Rust's `Debug` writes them, for every character a URL
    /// message can name: ASCII, controls, invisible marks, Hangul and look-alikes.
    #[test]
    fn characters_are_quoted_like_debug() {
        let samples = (0u32..0x250).chain(0x2000..0x2070).chain([0xac00, 0xd7a3, 0xfeff, 0xff45, 0xe0001, 0x1d173]);
        for c in samples.filter_map(char::from_u32) {
            if c.is_control() || invisible(c) || c.is_ascii() {
                assert_eq!(quoted_char(c), format!("{c:?}"), "U+{:04X}", u32::from(c));
            }
        }
        assert_eq!(quoted_char('\u{430}'), "'\u{430}'");
    }

    #[test]
    fn text_escapes_are_four_digits_at_least() {
        assert_eq!(quoted("a\u{1}b\u{202e}\u{e0001}"), "\"a\\u{0001}b\\u{202e}\\u{e0001}\"");
    }
}
