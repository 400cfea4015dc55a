//! Decoding a [`Value`] into a [`Report`], collecting every structural problem.
//!
//! Unlike serde's derived decoder this goes on after a problem: a broken field gets a
//! placeholder (an empty string, an empty list) and its path is marked, so the semantic
//! checks can still look at the rest without repeating what was already said. A list
//! item that is not an object becomes a placeholder too, so later items keep their
//! indices in problem paths.

use super::{join_index, join_key, Collector, ProblemKind};
use crate::model::{
    Actor, ActorKind, Certainty, Direction, FormatVersion, Generator, GeneratorKind, Lang,
    LocalizedText, Paragraph, Quote, Relation, Report, Role, Source, Speaker, Stance,
};
use crate::value::{JsonKind, Value};

/// A string-valued enum of the format, with the names it accepts. Matched by hand rather
/// than through serde, which would bring its deserializer machinery into the widget; a test
/// checks that each name is the one serde writes for its value.
trait Choice: Copy + 'static {
    /// The accepted names, in the order messages list them.
    const NAMES: &'static [&'static str];
    /// The value of each name, in the same order.
    const VALUES: &'static [Self];
}

impl Choice for Lang {
    const NAMES: &'static [&'static str] = &["en", "ko"];
    const VALUES: &'static [Self] = &[Lang::En, Lang::Ko];
}
impl Choice for Role {
    const NAMES: &'static [&'static str] = &["anchor", "report", "signoff"];
    const VALUES: &'static [Self] = &[Role::Anchor, Role::Report, Role::Signoff];
}
impl Choice for ActorKind {
    const NAMES: &'static [&'static str] = &["state", "organisation", "person", "group"];
    const VALUES: &'static [Self] = &[ActorKind::State, ActorKind::Organisation, ActorKind::Person, ActorKind::Group];
}
impl Choice for Direction {
    const NAMES: &'static [&'static str] = &["mutual", "directed"];
    const VALUES: &'static [Self] = &[Direction::Mutual, Direction::Directed];
}
impl Choice for Stance {
    const NAMES: &'static [&'static str] = &["cooperative", "hostile", "neutral"];
    const VALUES: &'static [Self] = &[Stance::Cooperative, Stance::Hostile, Stance::Neutral];
}
impl Choice for Certainty {
    const NAMES: &'static [&'static str] = &["reported", "analysis", "expected", "possible", "denied"];
    const VALUES: &'static [Self] = &[Certainty::Reported, Certainty::Analysis, Certainty::Expected, Certainty::Possible, Certainty::Denied];
}
impl Choice for GeneratorKind {
    const NAMES: &'static [&'static str] = &["person", "ingester"];
    const VALUES: &'static [Self] = &[GeneratorKind::Person, GeneratorKind::Ingester];
}

const REPORT_FIELDS: &[&str] = &[
    "format", "id", "languages", "source", "headline", "lead", "key_points", "body", "speakers",
    "quotes", "actors", "relations", "generator",
];
const SOURCE_FIELDS: &[&str] = &["publisher", "url", "datePublished", "byline"];
const TEXT_FIELDS: &[&str] = &["en", "ko"];
const PARAGRAPH_FIELDS: &[&str] = &["id", "role", "text"];
const SPEAKER_FIELDS: &[&str] = &["id", "name", "title", "organisation"];
const QUOTE_FIELDS: &[&str] = &["id", "speaker", "paragraph", "text", "context"];
const ACTOR_FIELDS: &[&str] = &["id", "name", "kind", "aliases"];
const RELATION_FIELDS: &[&str] = &[
    "id", "source", "target", "direction", "kind", "stance", "certainty", "summary", "evidence",
];
const GENERATOR_FIELDS: &[&str] = &["kind", "name", "version"];

/// Decodes the whole report. `None` when the document is not an object or has another
/// format version: then nothing else about it is worth saying.
pub(super) fn report(value: Value, out: &mut Collector) -> Option<Report> {
    if let Value::Object(entries) = &value {
        let format = entries.iter().find(|(key, _)| key == "format");
        if let Some((_, Value::String(found))) = format {
            if found != FormatVersion::V1.as_str() {
                let found = super::problem::excerpt(found);
                out.push("format", ProblemKind::UnknownFormat { found });
                return None;
            }
        }
    }
    let mut d = Decoder { out };
    let mut object = d.object(value, "", REPORT_FIELDS);
    if object.broken {
        return None;
    }
    // A string format was checked above; only its absence or its type is left to report.
    let _ = d.required(&mut object, "format", Decoder::string);
    let report = Report {
        format: FormatVersion::V1,
        id: d.required(&mut object, "id", Decoder::string).unwrap_or_default(),
        languages: d.required(&mut object, "languages", Decoder::languages).unwrap_or_default(),
        source: d.required(&mut object, "source", Decoder::source).unwrap_or_else(placeholder_source),
        headline: d.required(&mut object, "headline", Decoder::text).unwrap_or_default(),
        lead: d.required(&mut object, "lead", Decoder::text).unwrap_or_default(),
        key_points: d.optional_list(&mut object, "key_points", Decoder::text_item),
        body: d
            .required(&mut object, "body", |d, v, p| d.list(v, p, Decoder::paragraph))
            .unwrap_or_default(),
        speakers: d.optional_list(&mut object, "speakers", Decoder::speaker),
        quotes: d.optional_list(&mut object, "quotes", Decoder::quote),
        actors: d.optional_list(&mut object, "actors", Decoder::actor),
        relations: d.optional_list(&mut object, "relations", Decoder::relation),
        generator: d.optional(&mut object, "generator", Decoder::generator),
    };
    Some(report)
}

/// Decodes a document that is only a list of actors. `None` when it is not an array.
#[cfg(feature = "json")]
pub(super) fn actor_list(value: Value, out: &mut Collector) -> Option<Vec<Actor>> {
    Decoder { out }.list(value, "", Decoder::actor)
}

fn placeholder_source() -> Source {
    Source {
        publisher: LocalizedText::default(),
        url: String::new(),
        date_published: None,
        byline: None,
    }
}

/// An object's fields, each taken out as it is decoded.
struct Object {
    path: String,
    /// The first entry of each allowed key.
    entries: Vec<(String, Value)>,
    /// The value was not an object at all (already reported): its fields are silently
    /// absent instead of each being reported missing.
    broken: bool,
}

impl Object {
    fn take(&mut self, name: &str) -> Option<Value> {
        let position = self.entries.iter().position(|(key, _)| key == name)?;
        Some(self.entries.swap_remove(position).1)
    }
}

struct Decoder<'a> {
    out: &'a mut Collector,
}

impl Decoder<'_> {
    fn wrong_type(&mut self, path: &str, expected: JsonKind, found: &Value) {
        self.out.decode_error(path, ProblemKind::WrongType { expected, found: found.kind() });
    }

    /// Opens an object, reporting unknown fields and duplicate keys.
    fn object(&mut self, value: Value, path: &str, fields: &'static [&'static str]) -> Object {
        let mut object = Object { path: path.to_owned(), entries: Vec::new(), broken: false };
        let entries = match value {
            Value::Object(entries) => entries,
            other => {
                self.wrong_type(path, JsonKind::Object, &other);
                object.broken = true;
                return object;
            }
        };
        for (key, value) in entries {
            if !fields.contains(&key.as_str()) {
                self.out.decode_error(&join_key(path, &key), ProblemKind::UnknownField { expected: fields });
            } else if object.entries.iter().any(|(seen, _)| *seen == key) {
                self.out.decode_error(&join_key(path, &key), ProblemKind::DuplicateKey);
            } else {
                object.entries.push((key, value));
            }
        }
        object
    }

    /// Decodes a required field, reporting it missing when absent.
    fn required<T>(
        &mut self,
        object: &mut Object,
        name: &str,
        decode: impl FnOnce(&mut Self, Value, &str) -> Option<T>,
    ) -> Option<T> {
        let path = join_key(&object.path, name);
        match object.take(name) {
            Some(value) => decode(self, value, &path),
            None => {
                if !object.broken {
                    self.out.decode_error(&path, ProblemKind::MissingField);
                }
                None
            }
        }
    }

    /// Decodes an optional field; `null` is not a way to leave it out.
    fn optional<T>(
        &mut self,
        object: &mut Object,
        name: &str,
        decode: impl FnOnce(&mut Self, Value, &str) -> Option<T>,
    ) -> Option<T> {
        let path = join_key(&object.path, name);
        object.take(name).and_then(|value| decode(self, value, &path))
    }

    /// Decodes an optional list field; absent or unreadable, it is empty.
    fn optional_list<T>(
        &mut self,
        object: &mut Object,
        name: &str,
        item: impl FnMut(&mut Self, Value, &str) -> T,
    ) -> Vec<T> {
        self.optional(object, name, |d, v, p| d.list(v, p, item)).unwrap_or_default()
    }

    fn string(&mut self, value: Value, path: &str) -> Option<String> {
        match value {
            Value::String(text) => Some(text),
            other => {
                self.wrong_type(path, JsonKind::String, &other);
                None
            }
        }
    }

    fn choice<T: Choice>(&mut self, value: Value, path: &str) -> Option<T> {
        let name = self.string(value, path)?;
        let parsed = T::NAMES.iter().zip(T::VALUES).find(|(known, _)| **known == name).map(|(_, value)| *value);
        if parsed.is_none() {
            let found = super::problem::excerpt(&name);
            self.out.decode_error(path, ProblemKind::UnknownValue { found, expected: T::NAMES });
        }
        parsed
    }

    /// Decodes an array; an item that fails to decode still takes its place (as a
    /// placeholder) so later items keep their indices.
    fn list<T>(
        &mut self,
        value: Value,
        path: &str,
        mut item: impl FnMut(&mut Self, Value, &str) -> T,
    ) -> Option<Vec<T>> {
        match value {
            Value::Array(values) => {
                // A loop, not `collect`: collecting from a vector's own iterator compiles its
                // in-place machinery once per item type, a large part of the widget's code.
                let mut items = Vec::with_capacity(values.len());
                for (index, value) in values.into_iter().enumerate() {
                    items.push(item(self, value, &join_index(path, index)));
                }
                Some(items)
            }
            other => {
                self.wrong_type(path, JsonKind::Array, &other);
                None
            }
        }
    }

    fn languages(&mut self, value: Value, path: &str) -> Option<Vec<Lang>> {
        let langs = self.list(value, path, |d, v, p| d.choice::<Lang>(v, p))?;
        if langs.iter().any(Option::is_none) {
            // Dropping the unknown ones shifts indices; keep later checks off the list.
            self.out.mark_broken(path);
        }
        Some(langs.into_iter().flatten().collect())
    }

    fn text(&mut self, value: Value, path: &str) -> Option<LocalizedText> {
        let mut object = self.object(value, path, TEXT_FIELDS);
        if object.broken {
            return None;
        }
        Some(LocalizedText {
            en: self.optional(&mut object, "en", Decoder::string),
            ko: self.optional(&mut object, "ko", Decoder::string),
        })
    }

    fn text_item(&mut self, value: Value, path: &str) -> LocalizedText {
        self.text(value, path).unwrap_or_default()
    }

    fn source(&mut self, value: Value, path: &str) -> Option<Source> {
        let mut object = self.object(value, path, SOURCE_FIELDS);
        if object.broken {
            return None;
        }
        Some(Source {
            publisher: self.required(&mut object, "publisher", Decoder::text).unwrap_or_default(),
            url: self.required(&mut object, "url", Decoder::string).unwrap_or_default(),
            date_published: self.optional(&mut object, "datePublished", Decoder::string),
            byline: self.optional(&mut object, "byline", Decoder::text),
        })
    }

    fn paragraph(&mut self, value: Value, path: &str) -> Paragraph {
        let mut object = self.object(value, path, PARAGRAPH_FIELDS);
        Paragraph {
            id: self.required(&mut object, "id", Decoder::string).unwrap_or_default(),
            role: self.required(&mut object, "role", Decoder::choice).unwrap_or(Role::Report),
            text: self.required(&mut object, "text", Decoder::text).unwrap_or_default(),
        }
    }

    fn speaker(&mut self, value: Value, path: &str) -> Speaker {
        let mut object = self.object(value, path, SPEAKER_FIELDS);
        Speaker {
            id: self.required(&mut object, "id", Decoder::string).unwrap_or_default(),
            name: self.required(&mut object, "name", Decoder::text).unwrap_or_default(),
            title: self.optional(&mut object, "title", Decoder::text),
            organisation: self.optional(&mut object, "organisation", Decoder::text),
        }
    }

    fn quote(&mut self, value: Value, path: &str) -> Quote {
        let mut object = self.object(value, path, QUOTE_FIELDS);
        Quote {
            id: self.required(&mut object, "id", Decoder::string).unwrap_or_default(),
            speaker: self.required(&mut object, "speaker", Decoder::string).unwrap_or_default(),
            paragraph: self.required(&mut object, "paragraph", Decoder::string).unwrap_or_default(),
            text: self.required(&mut object, "text", Decoder::text).unwrap_or_default(),
            context: self.optional(&mut object, "context", Decoder::text),
        }
    }

    fn actor(&mut self, value: Value, path: &str) -> Actor {
        let mut object = self.object(value, path, ACTOR_FIELDS);
        Actor {
            id: self.required(&mut object, "id", Decoder::string).unwrap_or_default(),
            name: self.required(&mut object, "name", Decoder::text).unwrap_or_default(),
            kind: self.required(&mut object, "kind", Decoder::choice).unwrap_or(ActorKind::Group),
            aliases: self.optional_list(&mut object, "aliases", Decoder::string_item),
        }
    }

    fn string_item(&mut self, value: Value, path: &str) -> String {
        self.string(value, path).unwrap_or_default()
    }

    fn relation(&mut self, value: Value, path: &str) -> Relation {
        let mut object = self.object(value, path, RELATION_FIELDS);
        Relation {
            id: self.required(&mut object, "id", Decoder::string).unwrap_or_default(),
            source: self.required(&mut object, "source", Decoder::string).unwrap_or_default(),
            target: self.required(&mut object, "target", Decoder::string).unwrap_or_default(),
            direction: self
                .required(&mut object, "direction", Decoder::choice)
                .unwrap_or(Direction::Mutual),
            kind: self.required(&mut object, "kind", Decoder::string).unwrap_or_default(),
            stance: self.required(&mut object, "stance", Decoder::choice).unwrap_or(Stance::Neutral),
            certainty: self
                .required(&mut object, "certainty", Decoder::choice)
                .unwrap_or(Certainty::Reported),
            summary: self.required(&mut object, "summary", Decoder::text).unwrap_or_default(),
            evidence: self
                .required(&mut object, "evidence", |d, v, p| d.list(v, p, Decoder::string_item))
                .unwrap_or_default(),
        }
    }

    fn generator(&mut self, value: Value, path: &str) -> Option<Generator> {
        let mut object = self.object(value, path, GENERATOR_FIELDS);
        if object.broken {
            return None;
        }
        Some(Generator {
            kind: self
                .required(&mut object, "kind", Decoder::choice)
                .unwrap_or(GeneratorKind::Person),
            name: self.optional(&mut object, "name", Decoder::string),
            version: self.optional(&mut object, "version", Decoder::string),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "json")]
    fn names_parse<T: Choice + serde::Serialize>() {
        assert_eq!(T::NAMES.len(), T::VALUES.len());
        for (name, value) in T::NAMES.iter().zip(T::VALUES) {
            let written = serde_json::to_value(value).unwrap();
            assert_eq!(written, serde_json::Value::String(name.to_string()), "{name}");
        }
    }

    /// The names the decoder accepts are the names serde writes, value for value.
    #[cfg(feature = "json")]
    #[test]
    fn choice_names_match_serde() {
        names_parse::<Lang>();
        names_parse::<Role>();
        names_parse::<ActorKind>();
        names_parse::<Direction>();
        names_parse::<Stance>();
        names_parse::<Certainty>();
        names_parse::<GeneratorKind>();
    }
}
