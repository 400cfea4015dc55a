//! Validation: the one way a report from outside the program becomes a [`ValidReport`].
//!
//! Every input takes the same road: it is read into a [`Value`] with a depth limit (JSON
//! text through serde_json, a JavaScript object by the widget's own reader), the value is
//! decoded into a [`Report`] while collecting every structural problem (wrong types,
//! missing, unknown and duplicate fields), and the report then goes through the semantic
//! checks (ids, references, text, URLs, dates, limits).
//! Reports built in Rust skip the first two steps through [`validate_report`].
//!
//! Problems are collected, not returned at the first one, and each names its place as
//! a JSON path: `relations[2].target: unknown actor "usa"`.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod check;
#[cfg(feature = "ingest")]
pub(crate) use check::is_date;
mod decode;
mod problem;
mod url;

use crate::model::{Actor, Paragraph, Quote, Relation, Report, Speaker};
use crate::value::{ReadError, Value};

pub use crate::value::MAX_DEPTH;
pub use problem::{quoted, IdKind, ItemKind, Problem, ProblemKind, Problems, Reference, UrlProblem};

/// The largest JSON document accepted, in bytes of text: 4 MiB.
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;
/// The most body paragraphs a report may have.
pub const MAX_PARAGRAPHS: usize = 2000;
/// The most quotes a report may have.
pub const MAX_QUOTES: usize = 2000;
/// The most speakers a report may have.
pub const MAX_SPEAKERS: usize = 500;
/// The most actors a report may have.
pub const MAX_ACTORS: usize = 500;
/// The most relations a report may have.
pub const MAX_RELATIONS: usize = 5000;
/// The most key points a report may have.
pub const MAX_KEY_POINTS: usize = 50;
/// The most aliases one actor may have.
pub const MAX_ALIASES: usize = 50;
/// The most evidence ids one relation may list.
pub const MAX_EVIDENCE: usize = 100;
/// The longest text, in characters (Unicode scalar values), per language.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The longest headline, in characters, per language.
pub const MAX_HEADLINE_CHARS: usize = 300;
/// The longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// The longest source URL, in characters.
pub const MAX_URL_CHARS: usize = 2048;
/// The most problems listed for one document; past it, one last problem says so.
pub const MAX_PROBLEMS: usize = 1000;

/// Ids with the kind and position of what they name, sorted for lookup by binary search; of
/// equal ids, the first given is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdTable<K> {
    entries: Vec<(K, IdKind, usize)>,
}

impl<K: AsRef<str>> IdTable<K> {
    /// The table of `ids`, given in document order.
    pub(crate) fn new(ids: impl Iterator<Item = (K, IdKind, usize)>) -> Self {
        let mut entries: Vec<_> = ids.collect();
        // Stable, so that of equal ids the first given stays first and is kept.
        entries.sort_by(|a, b| a.0.as_ref().cmp(b.0.as_ref()));
        entries.dedup_by(|later, first| later.0.as_ref() == first.0.as_ref());
        IdTable { entries }
    }

    /// The kind and position of what `id` names.
    pub(crate) fn get(&self, id: &str) -> Option<(IdKind, usize)> {
        let found = self.entries.binary_search_by(|entry| entry.0.as_ref().cmp(id)).ok()?;
        self.entries.get(found).map(|(_, kind, index)| (*kind, *index))
    }
}

/// A report that passed validation. Only this module can make one, so holding one
/// proves the checks ran; it also answers lookups by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidReport {
    report: Report,
    /// Every id in the report's one namespace: its kind and position in its list.
    ids: IdTable<String>,
}

impl ValidReport {
    fn new(report: Report) -> Self {
        let ids = IdTable::new(check::ids(&report).into_iter().map(|(id, kind, index)| (id.to_owned(), kind, index)));
        ValidReport { report, ids }
    }

    /// The report.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The report, giving up the proof of validity.
    pub fn into_report(self) -> Report {
        self.report
    }

    /// What `id` names: a paragraph, quote, speaker, actor or relation.
    pub fn kind_of(&self, id: &str) -> Option<IdKind> {
        self.ids.get(id).map(|(kind, _)| kind)
    }

    /// The position of the `kind` with `id` in its list.
    pub fn position(&self, id: &str, kind: IdKind) -> Option<usize> {
        match self.ids.get(id) {
            Some((found, index)) if found == kind => Some(index),
            _ => None,
        }
    }

    /// The body paragraph with `id`.
    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.position(id, IdKind::Paragraph).and_then(|i| self.report.body.get(i))
    }

    /// The quote with `id`.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.position(id, IdKind::Quote).and_then(|i| self.report.quotes.get(i))
    }

    /// The speaker with `id`.
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.position(id, IdKind::Speaker).and_then(|i| self.report.speakers.get(i))
    }

    /// The actor with `id`.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.position(id, IdKind::Actor).and_then(|i| self.report.actors.get(i))
    }

    /// The relation with `id`.
    pub fn relation(&self, id: &str) -> Option<&Relation> {
        self.position(id, IdKind::Relation).and_then(|i| self.report.relations.get(i))
    }

    /// The speaker of `quote`; always present for a quote of this report.
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        self.speaker(&quote.speaker)
    }

    /// The quotes of the speaker with `speaker_id`, in report order.
    pub fn quotes_by<'a>(&'a self, speaker_id: &'a str) -> impl Iterator<Item = &'a Quote> + 'a {
        self.report.quotes.iter().filter(move |quote| quote.speaker == speaker_id)
    }

    /// The quotes that follow the paragraph with `paragraph_id`, in report order.
    pub fn quotes_after<'a>(
        &'a self,
        paragraph_id: &'a str,
    ) -> impl Iterator<Item = &'a Quote> + 'a {
        self.report.quotes.iter().filter(move |quote| quote.paragraph == paragraph_id)
    }

    /// The relations the actor with `actor_id` takes part in, as source or target.
    pub fn relations_of<'a>(
        &'a self,
        actor_id: &'a str,
    ) -> impl Iterator<Item = &'a Relation> + 'a {
        self.report
            .relations
            .iter()
            .filter(move |relation| relation.source == actor_id || relation.target == actor_id)
    }
}

impl AsRef<Report> for ValidReport {
    fn as_ref(&self) -> &Report {
        &self.report
    }
}

/// Validates a report read into a [`Value`]: decodes it, collecting every structural
/// problem, then runs the semantic checks.
///
/// # Errors
///
/// Every problem found, each with its JSON path, when the value is not a valid
/// `briefing/1` report. An unknown `format` version is reported alone, since the rest
/// of such a document follows rules this version does not know.
///
/// # Examples
///
/// ```
/// use briefing_core::validate::validate_value;
/// use briefing_core::value::Value;
///
/// let problems = validate_value(Value::Array(vec![])).unwrap_err();
/// assert_eq!(problems.to_string(), "$: expected an object, found an array");
/// ```
pub fn validate_value(value: Value) -> Result<ValidReport, Problems> {
    let mut out = Collector::default();
    let report = decode::report(value, &mut out);
    if let Some(report) = report {
        check::report(&report, &mut out);
        if out.problems.is_empty() {
            return Ok(ValidReport::new(report));
        }
    }
    Err(out.finish())
}

/// Validates a report from any serde deserializer, for example a
/// serde-wasm-bindgen deserializer over a JavaScript object.
///
/// # Errors
///
/// As [`validate_value`], plus a problem when the input nests deeper than
/// [`MAX_DEPTH`] or the deserializer fails.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "json")] {
/// use briefing_core::validate::validate_deserializer;
///
/// let mut json = serde_json::Deserializer::from_str(r#"{"format": "briefing/2"}"#);
/// let problems = validate_deserializer(&mut json).unwrap_err();
/// assert_eq!(
///     problems.to_string(),
///     r#"format: unknown format version "briefing/2", expected "briefing/1""#
/// );
/// # }
/// ```
pub fn validate_deserializer<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<ValidReport, Problems> {
    validate_read(Value::read(deserializer))
}

/// Validates what a reader of some input produced: the [`Value`], or why it could not be
/// read. For readers that are not serde deserializers, such as the widget's walk over a
/// JavaScript object, which refuse nesting deeper than [`MAX_DEPTH`] like [`Value::read`]
/// and name the place with [`push_key`] and [`push_index`].
///
/// # Errors
///
/// As [`validate_value`], plus the read error as a problem.
///
/// # Examples
///
/// ```
/// use briefing_core::validate::validate_read;
/// use briefing_core::value::ReadError;
///
/// let problems = validate_read(Err(ReadError::TooDeep { path: "$[0]".into() })).unwrap_err();
/// assert_eq!(problems.to_string(), "$[0]: nesting is deeper than the limit of 16 levels");
/// ```
pub fn validate_read(read: Result<Value, ReadError>) -> Result<ValidReport, Problems> {
    match read {
        Ok(value) => validate_value(value),
        Err(error) => Err(Problems::one(read_problem(error, ProblemKind::Unreadable))),
    }
}

fn read_problem(error: ReadError, unreadable: fn(String) -> ProblemKind) -> Problem {
    match error {
        ReadError::TooDeep { path } => Problem::new(&path, ProblemKind::TooDeep { limit: MAX_DEPTH }),
        ReadError::Unreadable { message } => Problem::new("", unreadable(message)),
    }
}

/// Validates a report given as JSON text: refuses text over [`MAX_DOCUMENT_BYTES`]
/// before parsing it, then parses it with serde_json. A byte order mark before the
/// document is ignored.
///
/// # Errors
///
/// As [`validate_deserializer`], plus a problem when the text is too large, is not
/// JSON, or has anything but whitespace after the report.
///
/// # Examples
///
/// ```
/// use briefing_core::validate::validate_json;
///
/// let problems = validate_json("[[[[[[[[[[[[[[[[[[[[").unwrap_err();
/// assert_eq!(
///     problems.to_string(),
///     "$[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: \
///      nesting is deeper than the limit of 16 levels"
/// );
/// ```
#[cfg(feature = "json")]
pub fn validate_json(text: &str) -> Result<ValidReport, Problems> {
    validate_value(read_json(text)?)
}

/// Reads JSON text into a [`Value`]: refuses text over [`MAX_DOCUMENT_BYTES`] before
/// parsing it, and anything but whitespace after the value.
#[cfg(feature = "json")]
fn read_json(text: &str) -> Result<Value, Problems> {
    // Editors on some systems start UTF-8 files with a byte order mark, and browsers drop
    // it when they decode a response, so the same document reads the same everywhere.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_DOCUMENT_BYTES {
        let kind = ProblemKind::DocumentTooLarge { bytes: text.len(), limit: MAX_DOCUMENT_BYTES };
        return Err(Problems::one(Problem::new("", kind)));
    }
    let mut json = serde_json::Deserializer::from_str(text);
    let value = Value::read(&mut json)
        .map_err(|error| Problems::one(read_problem(error, ProblemKind::Syntax)))?;
    json.end()
        .map_err(|error| Problems::one(Problem::new("", ProblemKind::Syntax(error.to_string()))))?;
    Ok(value)
}

/// Validates a list of actors given as JSON text, such as the `--actors` file of
/// `briefing ingest`: a JSON array whose entries have the shape of a report's `actors`
/// and follow the same rules (ids well formed and unique, names and aliases present and
/// within limits). Paths start at the array: `$[2].kind`.
///
/// # Errors
///
/// Every problem found, each with its JSON path, when the text is too large, is not
/// JSON, is not an array, or an entry is not a valid actor.
///
/// # Examples
///
/// ```
/// use briefing_core::validate::validate_actors_json;
///
/// let actors = validate_actors_json(r#"[{"id": "nato", "name": {"en": "NATO"}, "kind": "organisation"}]"#)?;
/// assert_eq!(actors.first().map(|a| a.id.as_str()), Some("nato"));
///
/// let problems = validate_actors_json(r#"[{"id": "nato", "name": {"en": "NATO"}, "kind": "alliance"}]"#).unwrap_err();
/// assert_eq!(
///     problems.to_string(),
///     r#"$[0].kind: unknown value "alliance", expected one of: state, organisation, person, group"#
/// );
/// # Ok::<(), briefing_core::validate::Problems>(())
/// ```
#[cfg(feature = "json")]
pub fn validate_actors_json(text: &str) -> Result<Vec<Actor>, Problems> {
    let value = read_json(text)?;
    let mut out = Collector::default();
    if let Some(actors) = decode::actor_list(value, &mut out) {
        check::actor_list(&actors, &mut out);
        if out.problems.is_empty() {
            return Ok(actors);
        }
    }
    Err(out.finish())
}

/// Validates a report built in Rust, for example by transcript ingestion: the same
/// semantic checks as for a decoded document.
///
/// # Errors
///
/// Every semantic problem found, each with its JSON path.
///
/// # Examples
///
/// ```
/// use briefing_core::model::*;
/// use briefing_core::validate::validate_report;
///
/// let report = Report {
///     format: FormatVersion::V1,
///     id: "story".into(),
///     languages: vec![Lang::En],
///     source: Source {
///         publisher: LocalizedText::only(Lang::En, "KBS News"),
///         url: "https://news.kbs.co.kr/".into(),
///         date_published: Some("2024-10-16".into()),
///         byline: None,
///     },
///     headline: LocalizedText::only(Lang::En, "Headline"),
///     lead: LocalizedText::only(Lang::En, "Lead"),
///     key_points: vec![],
///     body: vec![Paragraph {
///         id: "p1".into(),
///         role: Role::Anchor,
///         text: LocalizedText::only(Lang::En, "Good evening."),
///     }],
///     speakers: vec![],
///     quotes: vec![],
///     actors: vec![],
///     relations: vec![],
///     generator: None,
/// };
/// let valid = validate_report(report)?;
/// assert_eq!(valid.paragraph("p1").map(|p| p.role), Some(Role::Anchor));
/// # Ok::<(), briefing_core::validate::Problems>(())
/// ```
pub fn validate_report(report: Report) -> Result<ValidReport, Problems> {
    let mut out = Collector::default();
    check::report(&report, &mut out);
    if out.problems.is_empty() {
        Ok(ValidReport::new(report))
    } else {
        Err(out.finish())
    }
}

/// Collects problems across decoding and checking, up to [`MAX_PROBLEMS`].
#[derive(Default)]
struct Collector {
    problems: Vec<Problem>,
    /// Paths already reported while decoding. The decoder fills a broken field with a
    /// placeholder so the rest of the report can still be checked; semantic problems at
    /// or under these paths would only be echoes of the first one.
    decoded_badly: Vec<String>,
    overflowed: bool,
}

impl Collector {
    fn push(&mut self, path: &str, kind: ProblemKind) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.overflowed = true;
        } else {
            self.problems.push(Problem::new(path, kind));
        }
    }

    /// Records a decoding problem and marks its path as broken.
    fn decode_error(&mut self, path: &str, kind: ProblemKind) {
        self.mark_broken(path);
        self.push(path, kind);
    }

    fn mark_broken(&mut self, path: &str) {
        self.decoded_badly.push(path.to_owned());
    }

    /// Records a semantic problem unless decoding already reported its place.
    fn check_error(&mut self, path: &str, kind: ProblemKind) {
        let echoed = self.decoded_badly.iter().any(|broken| {
            path.strip_prefix(broken.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        });
        if !echoed {
            self.push(path, kind);
        }
    }

    /// Whether decoding lost some ids of `list` (`body`, `quotes`...): the list itself,
    /// one of its items or an item's id could not be read.
    fn ids_unreadable(&self, list: &str) -> bool {
        self.decoded_badly.iter().any(|broken| match broken.strip_prefix(list) {
            Some("") => true,
            Some(rest) => {
                rest.starts_with('[') && (rest.ends_with(']') || rest.ends_with("].id"))
            }
            None => false,
        })
    }

    fn finish(mut self) -> Problems {
        if self.overflowed {
            self.problems.push(Problem::new("", ProblemKind::TooManyProblems { limit: MAX_PROBLEMS }));
        }
        Problems::from_vec(self.problems)
    }
}

/// The number of characters (Unicode scalar values) in `text`, as the length limits count
/// them: the bytes that do not continue a UTF-8 sequence. The same as `text.chars().count()`,
/// with a fraction of its code in the widget.
///
/// ```
/// assert_eq!(briefing_core::validate::char_count("북러 treaty"), 9);
/// ```
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|byte| byte & 0xc0 != 0x80).count()
}

/// Appends `.key` to a JSON path, or `["key"]` when the key is not a plain name.
///
/// # Examples
///
/// ```
/// use briefing_core::validate::{push_index, push_key};
///
/// let mut path = String::new();
/// push_key(&mut path, "relations");
/// push_index(&mut path, 2);
/// push_key(&mut path, "a b");
/// assert_eq!(path, r#"relations[2]["a b"]"#);
/// ```
pub fn push_key(path: &mut String, key: &str) {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
    } else {
        if path.is_empty() {
            path.push('$');
        }
        path.push('[');
        path.push_str(&problem::quoted(key));
        path.push(']');
    }
}

/// Appends `[index]` to a JSON path; an empty path starts with `$`.
pub fn push_index(path: &mut String, index: usize) {
    if path.is_empty() {
        path.push('$');
    }
    path.push('[');
    path.push_str(&index.to_string());
    path.push(']');
}

fn join_key(path: &str, key: &str) -> String {
    let mut joined = path.to_owned();
    push_key(&mut joined, key);
    joined
}

fn join_index(path: &str, index: usize) -> String {
    let mut joined = path.to_owned();
    push_index(&mut joined, index);
    joined
}
