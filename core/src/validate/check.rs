//! The semantic checks of a [`Report`]: ids, references, text, URLs, dates and limits.

use super::problem::excerpt;
use super::{push_index, push_key, Collector, IdKind, IdTable, ItemKind, ProblemKind, Reference};
use crate::model::{Actor, Lang, LocalizedText, Report};

/// Every id of the report's one namespace with its kind and index, in document order.
pub(super) fn ids(report: &Report) -> Vec<(&str, IdKind, usize)> {
    let mut all = Vec::new();
    for (index, paragraph) in report.body.iter().enumerate() {
        all.push((paragraph.id.as_str(), IdKind::Paragraph, index));
    }
    for (index, speaker) in report.speakers.iter().enumerate() {
        all.push((speaker.id.as_str(), IdKind::Speaker, index));
    }
    for (index, quote) in report.quotes.iter().enumerate() {
        all.push((quote.id.as_str(), IdKind::Quote, index));
    }
    for (index, actor) in report.actors.iter().enumerate() {
        all.push((actor.id.as_str(), IdKind::Actor, index));
    }
    for (index, relation) in report.relations.iter().enumerate() {
        all.push((relation.id.as_str(), IdKind::Relation, index));
    }
    all
}

/// Where a checked value is in the report, kept as its parts and written out as a JSON path
/// only when a problem is reported there: a long report holds tens of thousands of values,
/// nearly all of them fine, and writing each one's path cost more than checking it.
#[derive(Debug, Clone, Copy)]
enum At<'p> {
    /// A path given whole: `headline`, `source.url`, or `""` for the document itself.
    Path(&'p str),
    /// A key of the value at the parent path.
    Key(&'p At<'p>, &'p str),
    /// An item of the list at the parent path.
    Index(&'p At<'p>, usize),
}

impl<'p> At<'p> {
    fn key(&'p self, key: &'p str) -> At<'p> {
        At::Key(self, key)
    }

    fn index(&'p self, index: usize) -> At<'p> {
        At::Index(self, index)
    }

    /// The JSON path, as `push_key` and `push_index` write it.
    fn path(&self) -> String {
        match self {
            At::Path(path) => (*path).to_owned(),
            At::Key(parent, key) => {
                let mut path = parent.path();
                push_key(&mut path, key);
                path
            }
            At::Index(parent, index) => {
                let mut path = parent.path();
                push_index(&mut path, *index);
                path
            }
        }
    }
}

/// The path of an id in the report's namespace: `body[3].id`.
fn id_path(kind: IdKind, index: usize) -> String {
    At::Path(list_name(kind)).index(index).key("id").path()
}

fn list_name(kind: IdKind) -> &'static str {
    match kind {
        IdKind::Paragraph => "body",
        IdKind::Speaker => "speakers",
        IdKind::Quote => "quotes",
        IdKind::Actor => "actors",
        IdKind::Relation => "relations",
    }
}

/// Checks a standalone list of actors (an ingestion gazetteer file) by the rules a report's
/// `actors` follow: ids well formed and unique, names and aliases present and within limits.
#[cfg(feature = "json")]
pub(super) fn actor_list(actors: &[Actor], out: &mut Collector) {
    let mut check = Checker { out };
    let list = At::Path("");
    check.count(&list, actors.len(), 0, super::MAX_ACTORS, ItemKind::Actor);
    let first = IdTable::new(
        actors.iter().enumerate().filter(|(_, a)| well_formed(&a.id)).map(|(i, a)| (a.id.as_str(), IdKind::Actor, i)),
    );
    for (index, actor) in actors.iter().enumerate() {
        let item = list.index(index);
        let path = item.key("id");
        if !check.id(&actor.id, &path) {
            continue;
        }
        match first.get(&actor.id) {
            Some((_, first_index)) if first_index != index => {
                let first = list.index(first_index).key("id").path();
                check.error(&path, ProblemKind::DuplicateId { id: excerpt(&actor.id), first });
            }
            _ => {}
        }
    }
    check.actors(actors, &list);
}

/// Runs every semantic check, reporting into `out`.
pub(super) fn report(report: &Report, out: &mut Collector) {
    let mut check = Checker { out };
    check.id(&report.id, &At::Path("id"));
    check.languages(report);
    check.source(report);
    check.text(&report.headline, &At::Path("headline"), super::MAX_HEADLINE_CHARS);
    check.text(&report.lead, &At::Path("lead"), super::MAX_TEXT_CHARS);
    let key_points = At::Path("key_points");
    check.count(&key_points, report.key_points.len(), 0, super::MAX_KEY_POINTS, ItemKind::KeyPoint);
    for (i, point) in report.key_points.iter().enumerate() {
        check.text(point, &key_points.index(i), super::MAX_TEXT_CHARS);
    }
    check.count(&At::Path("body"), report.body.len(), 1, super::MAX_PARAGRAPHS, ItemKind::Paragraph);
    check.count(&At::Path("speakers"), report.speakers.len(), 0, super::MAX_SPEAKERS, ItemKind::Speaker);
    check.count(&At::Path("quotes"), report.quotes.len(), 0, super::MAX_QUOTES, ItemKind::Quote);
    check.count(&At::Path("actors"), report.actors.len(), 0, super::MAX_ACTORS, ItemKind::Actor);
    check.count(&At::Path("relations"), report.relations.len(), 0, super::MAX_RELATIONS, ItemKind::Relation);
    let ids = check.namespace(report);
    check.body(report);
    check.speakers(report);
    check.quotes(report, &ids);
    check.actors(&report.actors, &At::Path("actors"));
    check.relations(report, &ids);
    if let Some(generator) = &report.generator {
        if let Some(name) = &generator.name {
            check.plain(name, &At::Path("generator.name"));
        }
        if let Some(version) = &generator.version {
            check.plain(version, &At::Path("generator.version"));
        }
    }
}

struct Checker<'a> {
    out: &'a mut Collector,
}

impl Checker<'_> {
    fn error(&mut self, at: &At<'_>, kind: ProblemKind) {
        self.out.check_error(&at.path(), kind);
    }

    fn count(&mut self, path: &At<'_>, count: usize, min: usize, limit: usize, item: ItemKind) {
        if count < min {
            self.error(path, ProblemKind::Empty { item });
        } else if count > limit {
            self.error(path, ProblemKind::TooMany { count, limit, item });
        }
    }

    fn id(&mut self, id: &str, path: &At<'_>) -> bool {
        let valid = well_formed(id);
        if !valid {
            self.error(path, ProblemKind::InvalidId { found: excerpt(id) });
        }
        valid
    }

    /// Checks each id and that none is used twice, and returns the namespace.
    fn namespace<'r>(&mut self, report: &'r Report) -> IdTable<&'r str> {
        let all = ids(report);
        let first = IdTable::new(all.iter().copied().filter(|(id, _, _)| well_formed(id)));
        for (id, kind, index) in all {
            let list = At::Path(list_name(kind));
            let item = list.index(index);
            let path = item.key("id");
            if !self.id(id, &path) {
                continue;
            }
            match first.get(id) {
                Some((first_kind, first_index)) if (first_kind, first_index) != (kind, index) => {
                    let first = id_path(first_kind, first_index);
                    self.error(&path, ProblemKind::DuplicateId { id: excerpt(id), first });
                }
                _ => {}
            }
        }
        first
    }

    fn reference(
        &mut self,
        ids: &IdTable<&str>,
        id: &str,
        path: &At<'_>,
        expected: Reference,
    ) {
        let allowed: &[IdKind] = match expected {
            Reference::Speaker => &[IdKind::Speaker],
            Reference::Paragraph => &[IdKind::Paragraph],
            Reference::Actor => &[IdKind::Actor],
            Reference::Evidence => &[IdKind::Paragraph, IdKind::Quote],
        };
        match ids.get(id).map(|(kind, _)| kind) {
            // An id in a list that could not be read may well be the one referred to.
            None if allowed.iter().any(|kind| self.out.ids_unreadable(list_name(*kind))) => {}
            None => self.error(path, ProblemKind::UnknownReference { expected, id: excerpt(id) }),
            Some(found) if !allowed.contains(&found) => {
                let kind = ProblemKind::WrongReference { expected, id: excerpt(id), found };
                self.error(path, kind);
            }
            Some(_) => {}
        }
    }

    /// Checks localized text: at least one language, none blank, none over `limit`.
    fn text(&mut self, text: &LocalizedText, path: &At<'_>, limit: usize) {
        if text.en.is_none() && text.ko.is_none() {
            self.error(path, ProblemKind::NoLanguage);
        }
        for lang in Lang::ALL {
            if let Some(value) = text.get(lang) {
                self.sized(value, &path.key(lang.code()), limit);
            }
        }
    }

    fn optional_text(&mut self, text: Option<&LocalizedText>, path: &At<'_>) {
        if let Some(text) = text {
            self.text(text, path, super::MAX_TEXT_CHARS);
        }
    }

    /// Checks a string that is not localized, such as an alias.
    fn plain(&mut self, value: &str, path: &At<'_>) {
        self.sized(value, path, super::MAX_TEXT_CHARS);
    }

    fn sized(&mut self, value: &str, path: &At<'_>, limit: usize) {
        if value.trim().is_empty() {
            self.error(path, ProblemKind::EmptyText);
            return;
        }
        // A text has no more chars than bytes: one within the limit in bytes is not counted.
        if value.len() <= limit {
            return;
        }
        let chars = super::char_count(value);
        if chars > limit {
            self.error(path, ProblemKind::TextTooLong { chars, limit });
        }
    }

    fn languages(&mut self, report: &Report) {
        if report.languages.is_empty() {
            self.error(&At::Path("languages"), ProblemKind::Empty { item: ItemKind::Language });
        }
        let mut seen: Vec<Lang> = Vec::with_capacity(Lang::ALL.len());
        for (i, lang) in report.languages.iter().enumerate() {
            if seen.contains(lang) {
                self.error(&At::Path("languages").index(i), ProblemKind::DuplicateLanguage { lang: *lang });
            } else {
                seen.push(*lang);
            }
        }
        // A listed language promises the whole story in it, not just some of it.
        for lang in Lang::ALL.into_iter().filter(|lang| seen.contains(lang)) {
            let missing = |text: &LocalizedText| !text.has(lang) && (text.en.is_some() || text.ko.is_some());
            for (path, text) in [("headline", &report.headline), ("lead", &report.lead)] {
                if missing(text) {
                    self.error(&At::Path(path), ProblemKind::LanguageMissing { lang });
                }
            }
            let body = At::Path("body");
            for (i, paragraph) in report.body.iter().enumerate() {
                if missing(&paragraph.text) {
                    self.error(&body.index(i).key("text"), ProblemKind::LanguageMissing { lang });
                }
            }
        }
    }

    fn source(&mut self, report: &Report) {
        let source = &report.source;
        self.text(&source.publisher, &At::Path("source.publisher"), super::MAX_TEXT_CHARS);
        if let Err(problem) = super::url::check(&source.url) {
            self.error(&At::Path("source.url"), ProblemKind::InvalidUrl(problem));
        }
        if let Some(date) = source.date_published.as_deref().filter(|date| !is_date(date)) {
            let found = excerpt(date);
            self.error(&At::Path("source.datePublished"), ProblemKind::InvalidDate { found });
        }
        self.optional_text(source.byline.as_ref(), &At::Path("source.byline"));
    }

    fn body(&mut self, report: &Report) {
        let body = At::Path("body");
        for (i, paragraph) in report.body.iter().enumerate() {
            self.text(&paragraph.text, &body.index(i).key("text"), super::MAX_TEXT_CHARS);
        }
    }

    fn speakers(&mut self, report: &Report) {
        let speakers = At::Path("speakers");
        for (i, speaker) in report.speakers.iter().enumerate() {
            let path = speakers.index(i);
            self.text(&speaker.name, &path.key("name"), super::MAX_TEXT_CHARS);
            self.optional_text(speaker.title.as_ref(), &path.key("title"));
            self.optional_text(speaker.organisation.as_ref(), &path.key("organisation"));
        }
    }

    fn quotes(&mut self, report: &Report, ids: &IdTable<&str>) {
        let quotes = At::Path("quotes");
        for (i, quote) in report.quotes.iter().enumerate() {
            let path = quotes.index(i);
            self.reference(ids, &quote.speaker, &path.key("speaker"), Reference::Speaker);
            self.reference(ids, &quote.paragraph, &path.key("paragraph"), Reference::Paragraph);
            self.text(&quote.text, &path.key("text"), super::MAX_TEXT_CHARS);
            self.optional_text(quote.context.as_ref(), &path.key("context"));
        }
    }

    /// Checks each actor's name and aliases; `list` is the path of the list (`""` for a
    /// document that is only the list).
    fn actors(&mut self, actors: &[Actor], list: &At<'_>) {
        for (i, actor) in actors.iter().enumerate() {
            let path = list.index(i);
            self.text(&actor.name, &path.key("name"), super::MAX_TEXT_CHARS);
            let aliases = path.key("aliases");
            self.count(&aliases, actor.aliases.len(), 0, super::MAX_ALIASES, ItemKind::Alias);
            for (j, alias) in actor.aliases.iter().enumerate() {
                self.plain(alias, &aliases.index(j));
            }
        }
    }

    fn relations(&mut self, report: &Report, ids: &IdTable<&str>) {
        let relations = At::Path("relations");
        for (i, relation) in report.relations.iter().enumerate() {
            let path = relations.index(i);
            self.reference(ids, &relation.source, &path.key("source"), Reference::Actor);
            self.reference(ids, &relation.target, &path.key("target"), Reference::Actor);
            if relation.source == relation.target {
                let actor = excerpt(&relation.target);
                self.error(&path.key("target"), ProblemKind::SelfRelation { actor });
            }
            if !is_token(&relation.kind, |c| c.is_ascii_lowercase()) {
                let found = excerpt(&relation.kind);
                self.error(&path.key("kind"), ProblemKind::InvalidRelationKind { found });
            }
            self.text(&relation.summary, &path.key("summary"), super::MAX_TEXT_CHARS);
            let evidence = path.key("evidence");
            let count = relation.evidence.len();
            self.count(&evidence, count, 1, super::MAX_EVIDENCE, ItemKind::Evidence);
            // Evidence lists are short (at most MAX_EVIDENCE ids): a scan of the earlier ones.
            for (j, id) in relation.evidence.iter().enumerate() {
                let item = evidence.index(j);
                if relation.evidence.iter().take(j).any(|earlier| earlier == id) {
                    self.error(&item, ProblemKind::DuplicateEvidence { id: excerpt(id) });
                } else {
                    self.reference(ids, id, &item, Reference::Evidence);
                }
            }
        }
    }
}

/// Whether `id` is a well-formed id: `[a-z0-9][a-z0-9-]*`, within the length limit.
fn well_formed(id: &str) -> bool {
    is_token(id, |c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Whether `text` is `first` then `[a-z0-9-]*`, at most [`super::MAX_ID_CHARS`] long.
fn is_token(text: &str, first: fn(char) -> bool) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(first)
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && text.len() <= super::MAX_ID_CHARS
}

/// Whether `text` is a real date as `YYYY-MM-DD`, or an RFC 3339 date-time
/// (`YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`).
pub(crate) fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let date_ok = match (number(bytes, 0, 4), number(bytes, 5, 2), number(bytes, 8, 2)) {
        (Some(year), Some(month), Some(day)) => {
            bytes.get(4) == Some(&b'-')
                && bytes.get(7) == Some(&b'-')
                && day >= 1
                && day <= days_in_month(year, month)
        }
        _ => false,
    };
    if !date_ok {
        return false;
    }
    match bytes.get(10) {
        None => true,
        Some(b'T' | b't') => is_time(bytes.get(11..).unwrap_or_default()),
        Some(_) => false,
    }
}

/// `HH:MM:SS[.frac](Z|±HH:MM)`; second 60 is a leap second.
fn is_time(bytes: &[u8]) -> bool {
    let hms = match (number(bytes, 0, 2), number(bytes, 3, 2), number(bytes, 6, 2)) {
        (Some(h), Some(m), Some(s)) => {
            bytes.get(2) == Some(&b':') && bytes.get(5) == Some(&b':') && h < 24 && m < 60 && s <= 60
        }
        _ => false,
    };
    if !hms {
        return false;
    }
    let mut rest = bytes.get(8..).unwrap_or_default();
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        rest = fraction.get(digits..).unwrap_or_default();
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', offset @ ..] => {
            offset.len() == 5
                && offset.get(2) == Some(&b':')
                && number(offset, 0, 2).is_some_and(|h| h < 24)
                && number(offset, 3, 2).is_some_and(|m| m < 60)
        }
        _ => false,
    }
}

/// The decimal number in `bytes[start..start + len]`, all of it digits.
fn number(bytes: &[u8], start: usize, len: usize) -> Option<u32> {
    let digits = bytes.get(start..start.checked_add(len)?)?;
    digits.iter().try_fold(0u32, |value, b| {
        b.is_ascii_digit().then(|| value * 10 + u32::from(b - b'0'))
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::is_date;

    #[test]
    fn dates() {
        let cases = [
            ("2024-10-16", true),
            ("2024-02-29", true),
            ("2000-02-29", true),
            ("1900-02-29", false),
            ("2023-02-29", false),
            ("2024-04-31", false),
            ("2024-13-01", false),
            ("2024-00-10", false),
            ("2024-01-00", false),
            ("2024-1-01", false),
            ("24-01-01", false),
            ("2024-10-16T09:30:00Z", true),
            ("2024-10-16t09:30:00z", true),
            ("2024-10-16T09:30:00.123+09:00", true),
            ("2024-12-31T23:59:60-05:30", true),
            ("2024-10-16T24:00:00Z", false),
            ("2024-10-16T09:60:00Z", false),
            ("2024-10-16T09:30:00", false),
            ("2024-10-16T09:30:00.Z", false),
            ("2024-10-16T09:30:00+0900", false),
            ("2024-10-16 09:30:00Z", false),
            ("2024-10-16Z", false),
            ("", false),
            ("２０２４-10-16", false),
        ];
        for (text, valid) in cases {
            assert_eq!(is_date(text), valid, "{text}");
        }
    }
}
