//! The `briefing/1` report model: the Rust types of the JSON format described in
//! `docs/format.md`.
//!
//! The types derive serde with the exact field names of the format, so a [`Report`]
//! serializes to a valid document. They are plain data: building one does not check
//! it. Reports read from outside the program go through [`crate::validate`], which
//! decodes them with path-located problems instead of serde's first-error-wins and
//! hands back a [`crate::validate::ValidReport`].

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

use serde::{Deserialize, Serialize};

/// The pattern every id matches: lowercase ASCII letters, digits and hyphens, starting
/// with a letter or digit, at most [`crate::validate::MAX_ID_CHARS`] characters.
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// The pattern of a relation kind: a lowercase token starting with a letter.
pub const RELATION_KIND_PATTERN: &str = "^[a-z][a-z0-9-]{0,63}$";

/// The pattern a publication date matches in the schema; validation also checks that
/// the date is a real calendar date.
pub const DATE_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$";

/// The pattern a source URL matches in the schema; validation parses it strictly.
pub const URL_PATTERN: &str = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#][^\\s]*)?$";

/// A language a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language the format knows, in display order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The language's code as it appears in the JSON and in HTML `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The other language: the one shown when this one is missing.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }

    /// The language for a code (`"en"`, `"ko"`), exactly as written in the JSON.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A reader-facing string in English, Korean or both.
///
/// A valid report never has a `LocalizedText` with neither language, and a present
/// language is never blank.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(extend("minProperties" = 1)))]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    /// The English text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub en: Option<String>,
    /// The Korean text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub ko: Option<String>,
}

impl LocalizedText {
    /// Text in both languages.
    pub fn new(en: impl Into<String>, ko: impl Into<String>) -> Self {
        LocalizedText { en: Some(en.into()), ko: Some(ko.into()) }
    }

    /// Text in one language only.
    pub fn only(lang: Lang, text: impl Into<String>) -> Self {
        let mut localized = LocalizedText::default();
        localized.set(lang, text);
        localized
    }

    /// The text in `lang`, if present.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.en.as_deref(),
            Lang::Ko => self.ko.as_deref(),
        }
    }

    /// Sets the text in `lang`, replacing what was there.
    pub fn set(&mut self, lang: Lang, text: impl Into<String>) {
        let slot = match lang {
            Lang::En => &mut self.en,
            Lang::Ko => &mut self.ko,
        };
        *slot = Some(text.into());
    }

    /// Whether the text is present in `lang`.
    pub fn has(&self, lang: Lang) -> bool {
        self.get(lang).is_some()
    }

    /// The text to show a reader of `lang`, and the language it is actually in: `lang`
    /// when present, else the other language (the widget marks such a fallback).
    pub fn resolve(&self, lang: Lang) -> Option<(Lang, &str)> {
        self.get(lang)
            .map(|text| (lang, text))
            .or_else(|| self.get(lang.other()).map(|text| (lang.other(), text)))
    }

    /// The languages the text is present in, in [`Lang::ALL`] order.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL.into_iter().filter(|lang| self.has(*lang))
    }
}

/// The format version tag, the value of the `format` field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum FormatVersion {
    /// `briefing/1`, the format these types describe.
    #[default]
    #[serde(rename = "briefing/1")]
    V1,
}

impl FormatVersion {
    /// The tag as written in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FormatVersion::V1 => "briefing/1",
        }
    }
}

/// The story a briefing is of: who published it, where and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The outlet, for example KBS News.
    pub publisher: LocalizedText,
    /// The story's page; only `http` and `https` URLs are valid.
    #[cfg_attr(feature = "schema", schemars(pattern(URL_PATTERN), length(max = crate::validate::MAX_URL_CHARS)))]
    pub url: String,
    /// When the story was published: `YYYY-MM-DD` or an RFC 3339 date-time. Optional: a
    /// transcript often does not say, and a report does not make one up.
    #[serde(rename = "datePublished", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(pattern(DATE_PATTERN)))]
    pub date_published: Option<String>,
    /// The reporter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<LocalizedText>,
}

/// What part of the broadcast a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The anchor's introduction in the studio.
    Anchor,
    /// The reporter's story.
    Report,
    /// The reporter's closing line.
    Signoff,
}

/// One paragraph of the story, in story order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// The paragraph's stable id, which quotes and evidence refer to.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// Who is speaking in the paragraph.
    pub role: Role,
    /// The paragraph's text.
    pub text: LocalizedText,
}

/// A person quoted in the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// The speaker's id, which quotes refer to.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The speaker's name.
    pub name: LocalizedText,
    /// The speaker's title or position, for example "professor".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// The organisation the speaker belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<LocalizedText>,
}

/// Something a speaker said, verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The quote's id, which relation evidence refers to.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The id of the [`Speaker`] who said it.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub speaker: String,
    /// The id of the body [`Paragraph`] the quote follows in the story.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub paragraph: String,
    /// The quote itself.
    pub text: LocalizedText,
    /// What the quote answers or refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<LocalizedText>,
}

/// What sort of party an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A country or its government, for example North Korea.
    State,
    /// An institution, company or alliance, for example NATO.
    Organisation,
    /// A single person, for example a head of state.
    Person,
    /// A looser group, for example "North Korean troops".
    Group,
}

/// A party to the story's relations: a state, organisation, person or group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The actor's id, which relations refer to.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The actor's name.
    pub name: LocalizedText,
    /// What sort of party the actor is.
    pub kind: ActorKind,
    /// Other names the story uses for the actor, in either language.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::validate::MAX_ALIASES), inner(length(min = 1, max = crate::validate::MAX_TEXT_CHARS))))]
    pub aliases: Vec<String>,
}

/// Whether a relation runs both ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Both actors take part alike, for example a treaty.
    Mutual,
    /// The source acts on the target, for example a sanction.
    Directed,
}

/// How the actors of a relation stand towards each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Working together.
    Cooperative,
    /// Working against each other.
    Hostile,
    /// Neither.
    Neutral,
}

/// How sure the story is of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// Reported as fact.
    Reported,
    /// An analyst's or official's reading.
    Analysis,
    /// Expected to happen.
    Expected,
    /// A possibility raised in the story.
    Possible,
    /// Claimed by someone and denied.
    Denied,
}

/// How two actors relate, with the paragraphs and quotes that say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The relation's id.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The id of the acting (or first) [`Actor`].
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub source: String,
    /// The id of the actor acted on (or the second one); never the source.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub target: String,
    /// Whether the relation runs both ways.
    pub direction: Direction,
    /// What the relation is, as a lowercase token such as `treaty` or `troop-deployment`.
    #[cfg_attr(feature = "schema", schemars(pattern(RELATION_KIND_PATTERN)))]
    pub kind: String,
    /// How the actors stand towards each other.
    pub stance: Stance,
    /// How sure the story is of the relation.
    pub certainty: Certainty,
    /// The relation in one line.
    pub summary: LocalizedText,
    /// Ids of the body paragraphs and quotes that support the relation.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = crate::validate::MAX_EVIDENCE), inner(pattern(ID_PATTERN)))
    )]
    pub evidence: Vec<String>,
}

/// Who or what made a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum GeneratorKind {
    /// Written or edited by a person.
    Person,
    /// Produced by transcript ingestion.
    Ingester,
}

/// Who or what made a report, for editors tracing where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Generator {
    /// A person or the ingester.
    pub kind: GeneratorKind,
    /// The person's or the tool's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub name: Option<String>,
    /// The tool's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_TEXT_CHARS)))]
    pub version: Option<String>,
}

/// A structured, bilingual briefing of one news story: a `briefing/1` document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "briefing/1 report"))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The format version; always `briefing/1`.
    pub format: FormatVersion,
    /// The report's id.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN)))]
    pub id: String,
    /// The languages the headline, lead and every paragraph are written in.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 2)))]
    pub languages: Vec<Lang>,
    /// The story the briefing is of.
    pub source: Source,
    /// The story's headline.
    pub headline: LocalizedText,
    /// The anchor's introduction, in brief.
    pub lead: LocalizedText,
    /// The story's main points, most important first.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::validate::MAX_KEY_POINTS)))]
    pub key_points: Vec<LocalizedText>,
    /// The story's paragraphs, in story order.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = crate::validate::MAX_PARAGRAPHS)))]
    pub body: Vec<Paragraph>,
    /// The people quoted.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::validate::MAX_SPEAKERS)))]
    pub speakers: Vec<Speaker>,
    /// What they said.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::validate::MAX_QUOTES)))]
    pub quotes: Vec<Quote>,
    /// The parties to the story's relations.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::validate::MAX_ACTORS)))]
    pub actors: Vec<Actor>,
    /// How the actors relate.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::validate::MAX_RELATIONS)))]
    pub relations: Vec<Relation>,
    /// Who or what made the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<Generator>,
}

#[cfg(feature = "json")]
impl Report {
    /// The report as pretty-printed JSON text, with a trailing newline.
    ///
    /// # Errors
    /// Only if serde_json fails to write (it does not for the model's types).
    ///
    /// ```
    /// # use briefing_core::validate::validate_json;
    /// let text = include_str!("../../www/reports/kbs-nk-russia-treaty.json");
    /// let report = validate_json(text).expect("valid").into_report();
    /// let again = validate_json(&report.to_json().expect("written")).expect("still valid");
    /// assert_eq!(again.report(), &report);
    /// ```
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|mut json| {
            json.push('\n');
            json
        })
    }
}
