//! Measuring ingestion against facts written by hand: for one transcript, the speakers
//! (names, titles, organisations), the byline, the actors and the relations a reader finds
//! in it, compared with what [`ingest`](super::ingest) made of the same text.
//!
//! The facts are a JSON object (see `docs/ingest.md`, "Measuring ingestion"):
//!
//! ```json
//! { "byline": "Kim Ha-na",
//!   "speakers": [{ "name": "Lee Do-yun", "title": "Professor", "organisation": "Hanbit University" }],
//!   "actors": [{ "name": "North Korea", "aliases": ["DPRK"] }, { "name": "Russia" }],
//!   "relations": [{ "source": "North Korea", "target": "Russia", "stance": "cooperative",
//!                   "certainty": "reported" }] }
//! ```
//!
//! Each field is scored as recall (what was expected and found) and precision (what was
//! found and is right). Nothing here reads files: the CLI's `briefing ingest --eval DIR`
//! and `cargo xtask ingest-eval DIR` do.

use std::fmt;

use serde::Deserialize;

use crate::model::{Certainty, Direction, Lang, Report, Stance};

/// The facts a reader finds in one transcript.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The reporter, as the transcript writes the name; absent when the story names none.
    #[serde(default)]
    pub byline: Option<String>,
    /// Everyone quoted, each once.
    #[serde(default)]
    pub speakers: Vec<ExpectedSpeaker>,
    /// Every party that acts in the story.
    #[serde(default)]
    pub actors: Vec<ExpectedActor>,
    /// Every relation the story states between two actors.
    #[serde(default)]
    pub relations: Vec<ExpectedRelation>,
}

/// A speaker as the label in the transcript gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedSpeaker {
    /// The name.
    pub name: String,
    /// The title, exactly; absent when the label gives none.
    #[serde(default)]
    pub title: Option<String>,
    /// The organisation, exactly; absent when the label gives none.
    #[serde(default)]
    pub organisation: Option<String>,
}

/// An actor, known by any of its names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedActor {
    /// A name the story uses.
    pub name: String,
    /// Other names that count as the same actor.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A relation between two expected actors, named as in [`ExpectedActor::name`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedRelation {
    /// The acting (or first) actor.
    pub source: String,
    /// The other actor.
    pub target: String,
    /// Whether the source acts on the target; a mutual relation matches either order.
    #[serde(default)]
    pub directed: bool,
    /// The stance.
    pub stance: Stance,
    /// The certainty.
    pub certainty: Certainty,
}

/// Why a facts file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvalError {
    /// The JSON is malformed or does not have the shape of [`Expected`].
    Json {
        /// The line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A relation names an actor that the `actors` list does not hold.
    UnknownActor {
        /// The relation's position, from 0.
        relation: usize,
        /// The name.
        name: String,
    },
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Json { line, message } => write!(f, "line {line}: {message}"),
            EvalError::UnknownActor { relation, name } => {
                write!(f, "relations[{relation}]: actor \"{name}\" is not in the actors list")
            }
        }
    }
}

impl std::error::Error for EvalError {}

/// Reads a facts file.
///
/// # Errors
/// [`EvalError::Json`] for JSON that is malformed or of another shape (unknown fields
/// included), [`EvalError::UnknownActor`] for a relation between actors not listed.
///
/// # Examples
/// ```
/// use briefing_core::ingest::eval::parse_expected;
/// let facts = parse_expected(r#"{"byline": "Kim Ha-na", "actors": [{"name": "Russia"}]}"#)?;
/// assert_eq!(facts.actors.len(), 1);
/// assert!(parse_expected(r#"{"bylines": "x"}"#).is_err());
/// # Ok::<(), briefing_core::ingest::eval::EvalError>(())
/// ```
pub fn parse_expected(json: &str) -> Result<Expected, EvalError> {
    let expected: Expected =
        serde_json::from_str(json).map_err(|e| EvalError::Json { line: e.line(), message: lowercase_first(&e.to_string()) })?;
    for (relation, r) in expected.relations.iter().enumerate() {
        for name in [&r.source, &r.target] {
            if expected_actor(&expected.actors, name).is_none() {
                return Err(EvalError::UnknownActor { relation, name: name.clone() });
            }
        }
    }
    Ok(expected)
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// What one field scored: how many were expected, how many found, how many of those right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Facts the reader expects.
    pub expected: usize,
    /// Facts ingestion gave.
    pub found: usize,
    /// Facts that are both.
    pub right: usize,
}

impl Tally {
    /// Right out of expected; 1 when nothing was expected.
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.expected)
    }

    /// Right out of found; 1 when nothing was found.
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.found)
    }

    fn add(&mut self, other: Tally) {
        self.expected += other.expected;
        self.found += other.found;
        self.right += other.right;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The fields scored, in the order they are printed.
pub const FIELDS: [Field; 6] =
    [Field::Speakers, Field::Titles, Field::Organisations, Field::Byline, Field::Actors, Field::Relations];

/// One scored field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Speaker names.
    Speakers,
    /// Speakers' titles, exactly.
    Titles,
    /// Speakers' organisations, exactly.
    Organisations,
    /// The reporter.
    Byline,
    /// Actors, each once.
    Actors,
    /// Relations: pair, direction when directed, stance and certainty.
    Relations,
}

impl Field {
    /// The field's name as printed.
    pub fn name(self) -> &'static str {
        match self {
            Field::Speakers => "speakers",
            Field::Titles => "titles",
            Field::Organisations => "organisations",
            Field::Byline => "byline",
            Field::Actors => "actors",
            Field::Relations => "relations",
        }
    }
}

/// The scores of one or more transcripts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    tallies: [Tally; 6],
    /// What was missed or wrong, one phrase each (`actor missing: NATO`).
    pub misses: Vec<String>,
}

impl Scores {
    /// The tally of one field.
    pub fn get(&self, field: Field) -> Tally {
        self.slot(field).copied().unwrap_or_default()
    }

    fn slot(&self, field: Field) -> Option<&Tally> {
        FIELDS.iter().position(|f| *f == field).and_then(|i| self.tallies.get(i))
    }

    fn set(&mut self, field: Field, tally: Tally) {
        if let Some(slot) = FIELDS.iter().position(|f| *f == field).and_then(|i| self.tallies.get_mut(i)) {
            *slot = tally;
        }
    }

    /// Adds another transcript's scores.
    pub fn add(&mut self, other: &Scores) {
        for (mine, theirs) in self.tallies.iter_mut().zip(other.tallies.iter()) {
            mine.add(*theirs);
        }
        self.misses.extend(other.misses.iter().cloned());
    }

    /// The fields under their thresholds, as `actors: recall 0.85 < 0.90`.
    pub fn failures(&self, thresholds: &Thresholds) -> Vec<String> {
        let mut out = Vec::new();
        for field in FIELDS {
            let tally = self.get(field);
            let (min_recall, min_precision) = thresholds.of(field);
            if tally.recall() < min_recall {
                out.push(format!("{}: recall {:.2} < {min_recall:.2}", field.name(), tally.recall()));
            }
            if tally.precision() < min_precision {
                out.push(format!("{}: precision {:.2} < {min_precision:.2}", field.name(), tally.precision()));
            }
        }
        out
    }
}

/// The least recall and precision each field must reach.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// (recall, precision) per field, in [`FIELDS`] order.
    pub fields: [(f64, f64); 6],
}

impl Default for Thresholds {
    /// Speakers, titles, organisations and bylines exact; actors 0.9 and 0.9; relations 0.8
    /// and 0.8.
    fn default() -> Self {
        Thresholds { fields: [(1.0, 1.0), (1.0, 1.0), (1.0, 1.0), (1.0, 1.0), (0.9, 0.9), (0.8, 0.8)] }
    }
}

impl Thresholds {
    /// The (recall, precision) a field must reach.
    pub fn of(&self, field: Field) -> (f64, f64) {
        FIELDS.iter().position(|f| *f == field).and_then(|i| self.fields.get(i)).copied().unwrap_or((0.0, 0.0))
    }
}

/// A report speaker in one language: name, title, organisation.
type SpeakerRow<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn expected_actor(actors: &[ExpectedActor], name: &str) -> Option<usize> {
    actors.iter().position(|a| std::iter::once(&a.name).chain(a.aliases.iter()).any(|n| same(n, name)))
}

/// Scores a report made from one transcript in `lang` against the facts.
///
/// # Examples
/// ```
/// use briefing_core::ingest::{ingest, IngestInput, Lang};
/// use briefing_core::ingest::eval::{parse_expected, score, Field};
/// let en = "[Anchor]\nNorth Korea and Russia signed a treaty.\nKim Ha-na reports.\n\
///           [Report]\nThe two countries pledged cooperation.\nKBS News, Kim Ha-na.";
/// let report = ingest(&IngestInput { en: Some(en), ..IngestInput::default() }).map(|r| r.report);
/// let facts = parse_expected(r#"{"byline": "Kim Ha-na"}"#);
/// if let (Ok(report), Ok(facts)) = (report, facts) {
///     assert_eq!(score(&report, Lang::En, &facts).get(Field::Byline).right, 1);
/// }
/// ```
pub fn score(report: &Report, lang: Lang, expected: &Expected) -> Scores {
    let mut scores = Scores::default();
    let speakers: Vec<SpeakerRow<'_>> = report
        .speakers
        .iter()
        .filter(|s| s.id != "unidentified-speaker")
        .filter_map(|s| {
            let name = s.name.get(lang)?;
            Some((name, s.title.as_ref().and_then(|t| t.get(lang)), s.organisation.as_ref().and_then(|o| o.get(lang))))
        })
        .collect();
    let find = |name: &str| speakers.iter().find(|(n, _, _)| same(n, name));
    scores.set(
        Field::Speakers,
        Tally {
            expected: expected.speakers.len(),
            found: speakers.len(),
            right: expected.speakers.iter().filter(|e| find(&e.name).is_some()).count(),
        },
    );
    let detail = |pick: fn(&ExpectedSpeaker) -> Option<&str>, field: fn(&SpeakerRow<'_>) -> Option<String>| {
        let right = expected
            .speakers
            .iter()
            .filter(|e| pick(e).is_some_and(|want| find(&e.name).and_then(field).is_some_and(|got| got == want)))
            .count();
        Tally {
            expected: expected.speakers.iter().filter(|e| pick(e).is_some()).count(),
            found: speakers.iter().filter(|s| field(s).is_some()).count(),
            right,
        }
    };
    for e in &expected.speakers {
        match find(&e.name) {
            None => scores.misses.push(format!("speaker missing: {}", e.name)),
            Some((_, title, org)) => {
                if *title != e.title.as_deref() {
                    scores.misses.push(format!("title of {}: {:?}, expected {:?}", e.name, title, e.title));
                }
                if *org != e.organisation.as_deref() {
                    scores.misses.push(format!("organisation of {}: {:?}, expected {:?}", e.name, org, e.organisation));
                }
            }
        }
    }
    for (name, _, _) in &speakers {
        if !expected.speakers.iter().any(|e| same(&e.name, name)) {
            scores.misses.push(format!("speaker not expected: {name}"));
        }
    }
    scores.set(Field::Titles, detail(|e| e.title.as_deref(), |s| s.1.map(str::to_string)));
    scores.set(Field::Organisations, detail(|e| e.organisation.as_deref(), |s| s.2.map(str::to_string)));
    let byline = report.source.byline.as_ref().and_then(|b| b.get(lang));
    scores.set(
        Field::Byline,
        Tally {
            expected: usize::from(expected.byline.is_some()),
            found: usize::from(byline.is_some()),
            right: usize::from(byline.zip(expected.byline.as_deref()).is_some_and(|(a, b)| same(a, b))),
        },
    );
    if byline.map(str::to_lowercase) != expected.byline.as_deref().map(str::to_lowercase) {
        scores.misses.push(format!("byline: {byline:?}, expected {:?}", expected.byline));
    }
    // Each report actor to the expected actor it names, if any; a second report actor for
    // the same expected actor is a duplicate and counts as wrong.
    let mut taken = vec![false; expected.actors.len()];
    let mut actor_match: Vec<(&str, Option<usize>)> = Vec::new();
    for actor in &report.actors {
        let names = [actor.name.en.as_deref(), actor.name.ko.as_deref()]
            .into_iter()
            .flatten()
            .chain(actor.aliases.iter().map(String::as_str));
        let hit = names.filter_map(|n| expected_actor(&expected.actors, n)).find(|&i| !taken.get(i).copied().unwrap_or(true));
        if let Some(slot) = hit.and_then(|i| taken.get_mut(i)) {
            *slot = true;
        }
        if hit.is_none() {
            scores.misses.push(format!("actor not expected: {} ({})", actor.id, actor.name.get(lang).unwrap_or("")));
        }
        actor_match.push((actor.id.as_str(), hit));
    }
    for (i, a) in expected.actors.iter().enumerate() {
        if !taken.get(i).copied().unwrap_or(false) {
            scores.misses.push(format!("actor missing: {}", a.name));
        }
    }
    scores.set(
        Field::Actors,
        Tally {
            expected: expected.actors.len(),
            found: report.actors.len(),
            right: actor_match.iter().filter(|(_, m)| m.is_some()).count(),
        },
    );
    let of_id = |id: &str| actor_match.iter().find(|(a, _)| *a == id).and_then(|(_, m)| *m);
    let mut used = vec![false; report.relations.len()];
    let mut right = 0;
    // An expected relation takes a report relation of its own direction first (a mutual
    // one for a mutual fact), and only then, for a mutual fact, a directed one: matched in
    // the order given, a mutual fact could take the directed relation a later directed fact
    // needs.
    let mut matched = vec![false; expected.relations.len()];
    for exact in [true, false] {
        for (want, done) in expected.relations.iter().zip(matched.iter_mut()) {
            if *done {
                continue;
            }
            let (Some(s), Some(t)) = (expected_actor(&expected.actors, &want.source), expected_actor(&expected.actors, &want.target))
            else {
                continue;
            };
            let hit = report.relations.iter().enumerate().position(|(i, r)| {
                let (rs, rt) = (of_id(&r.source), of_id(&r.target));
                let directed = r.direction == Direction::Directed;
                let pair = if want.directed {
                    directed && rs == Some(s) && rt == Some(t)
                } else {
                    (!exact || !directed) && ((rs == Some(s) && rt == Some(t)) || (rs == Some(t) && rt == Some(s)))
                };
                !used.get(i).copied().unwrap_or(true) && pair && r.stance == want.stance && r.certainty == want.certainty
            });
            if let Some(slot) = hit.and_then(|i| used.get_mut(i)) {
                *slot = true;
                *done = true;
                right += 1;
            }
        }
    }
    for (want, done) in expected.relations.iter().zip(&matched) {
        if *done || expected_actor(&expected.actors, &want.source).is_none() || expected_actor(&expected.actors, &want.target).is_none() {
            continue;
        }
        let arrow = if want.directed { "->" } else { "--" };
        scores.misses.push(format!("relation missing: {} {arrow} {} {:?} {:?}", want.source, want.target, want.stance, want.certainty));
    }
    for (r, _) in report.relations.iter().zip(used.iter()).filter(|(_, u)| !**u) {
        let arrow = if r.direction == Direction::Directed { "->" } else { "--" };
        scores.misses.push(format!(
            "relation not expected: {} {arrow} {} {:?} {:?} ({}; {})",
            r.source, r.target, r.stance, r.certainty, r.kind, r.evidence.join(",")
        ));
    }
    scores.set(Field::Relations, Tally { expected: expected.relations.len(), found: report.relations.len(), right });
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies() {
        let cases = [
            (Tally { expected: 4, found: 2, right: 2 }, 0.5, 1.0),
            (Tally { expected: 0, found: 0, right: 0 }, 1.0, 1.0),
            (Tally { expected: 2, found: 4, right: 1 }, 0.5, 0.25),
        ];
        for (tally, recall, precision) in cases {
            assert!((tally.recall() - recall).abs() < 1e-9 && (tally.precision() - precision).abs() < 1e-9, "{tally:?}");
        }
    }

    #[test]
    fn bad_facts_files() {
        let cases = [
            ("{", "line 1"),
            (r#"{"byline": 3}"#, "line 1"),
            (r#"{"relations": [{"source": "A", "target": "B", "stance": "hostile", "certainty": "reported"}]}"#, "relations[0]"),
        ];
        for (json, want) in cases {
            let message = parse_expected(json).map(|_| String::new()).unwrap_or_else(|e| e.to_string());
            assert!(message.starts_with(want), "{json}: {message}");
        }
    }
}
