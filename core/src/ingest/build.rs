//! Building the report: aligned items become paragraphs and quotes with stable ids,
//! speakers merge across languages, and actors and relations come from the gazetteer.

use super::align::{align, Pair};
use super::error::{IngestError, IngestWarning, Lang};
use super::gazetteer::{EntryKind, Gazetteer, GazetteerEntry};
use super::parse::{parse, Item, ItemKind, Section, Transcript};
use super::relations::{self, CertaintyKind, EvidenceText, FoundRelation, StanceKind};
use super::speaker::SpeakerLabel;
use super::text::{script_counts, sentences, slug};
use super::{IngestInput, Ingested};
use crate::model::{
    Actor, ActorKind, Certainty, Direction, FormatVersion, Generator, GeneratorKind, LocalizedText,
    Paragraph, Quote, Relation, Report, Role, Source, Speaker, Stance,
};
use crate::validate::{
    validate_report, MAX_ACTORS, MAX_ALIASES, MAX_EVIDENCE, MAX_HEADLINE_CHARS, MAX_PARAGRAPHS, MAX_QUOTES,
    MAX_RELATIONS, MAX_SPEAKERS, MAX_TEXT_CHARS,
};

const PUBLISHER_URL: &str = "https://news.kbs.co.kr/";

pub(super) fn ingest(input: &IngestInput<'_>) -> Result<Ingested, IngestError> {
    if input.en.is_none() && input.ko.is_none() {
        return Err(IngestError::NoInput);
    }
    let mut warnings = Vec::new();
    let en = input.en.map(|t| read(t, Lang::En)).transpose()?;
    let ko = input.ko.map(|t| read(t, Lang::Ko)).transpose()?;
    for t in en.iter().chain(ko.iter()) {
        warnings.extend(t.warnings.iter().cloned().map(|w| IngestWarning::Parse { lang: t.lang, warning: w }));
    }
    let mut gazetteer = Gazetteer::new();
    let mut extra = Vec::new();
    for (index, actor) in input.extra_actors.iter().enumerate() {
        match entry_from(actor) {
            Ok(e) => extra.push(e),
            Err(reason) => warnings.push(IngestWarning::ExtraActor { index, reason }),
        }
    }
    gazetteer.add_all(extra);
    let pairs = match (&en, &ko) {
        (Some(e), Some(k)) => {
            let (pairs, align_warnings) = align(e, k);
            warnings.extend(align_warnings.into_iter().map(IngestWarning::Align));
            pairs
        }
        (Some(e), None) => (0..e.items.len()).map(|i| Pair { en: Some(i), ko: None }).collect(),
        (None, Some(k)) => (0..k.items.len()).map(|i| Pair { en: None, ko: Some(i) }).collect(),
        (None, None) => Vec::new(),
    };
    discover_actors(&mut gazetteer, &pairs, en.as_ref(), ko.as_ref());
    let date = date(input, en.as_ref(), ko.as_ref())?;
    if date.is_none() {
        warnings.push(IngestWarning::NoDate);
    }
    let url = match input.url {
        Some(u) => u.to_string(),
        None => {
            warnings.push(IngestWarning::NoUrl);
            PUBLISHER_URL.to_string()
        }
    };
    let mut b = Builder { en: en.as_ref(), ko: ko.as_ref(), gazetteer, warnings, ..Builder::default() };
    b.items(&pairs);
    b.unquoted_speakers();
    let report = b.report(input, url, date);
    match validate_report(report) {
        Ok(valid) => Ok(Ingested { report: valid.into_report(), warnings: b.warnings }),
        Err(problems) => Err(IngestError::Invalid(problems.to_string())),
    }
}

/// Adds the story's organisations to the gazetteer: each speaker's organisation (in both
/// languages when the quote is paired) and those the story text names.
fn discover_actors(gazetteer: &mut Gazetteer, pairs: &[Pair], en: Option<&Transcript>, ko: Option<&Transcript>) {
    // A speaker's organisation, or the speaker itself when it is an outlet ("[China CCTV
    // News: …]"): an outlet quoted acts in the story.
    let org = |t: Option<&Transcript>, i: Option<usize>| -> Option<String> {
        let item = transcript_item(t, i)?;
        let ItemKind::Quote(q) = &item.kind else { return None };
        let speaker = t?.speakers.get(q.speaker?)?;
        let outlet = !speaker.is_person && super::actors::names_outlet(&speaker.name);
        if outlet { Some(speaker.name.clone()) } else { speaker.organisation.clone() }
    };
    let mut orgs: Vec<(Option<String>, Option<String>)> = Vec::new();
    for pair in pairs {
        let found = (org(en, pair.en), org(ko, pair.ko));
        if (found.0.is_some() || found.1.is_some()) && !orgs.contains(&found) {
            orgs.push(found);
        }
    }
    let texts: Vec<&str> = en
        .iter()
        .chain(ko.iter())
        .flat_map(|t| t.items.iter())
        .filter(|item| item.section != Section::Signoff)
        .map(item_text)
        .collect();
    let titles: Vec<&str> = en.iter().chain(ko.iter()).flat_map(|t| t.speakers.iter()).filter_map(|s| s.title.as_deref()).collect();
    let sentences = super::actors::discover(gazetteer, &texts, &titles, &orgs);
    super::officials::discover(gazetteer, &sentences);
    for speaker in en.iter().chain(ko.iter()).flat_map(|t| t.speakers.iter()) {
        stand_for_actor(gazetteer, speaker);
    }
}

/// Title words of people who lead or speak for a state or body.
const LEADS: [&str; 22] = [
    "president", "minister", "spokesperson", "spokesman", "spokeswoman", "secretary", "representative",
    "chairman", "premier", "leader", "chancellor", "대통령", "장관", "대변인", "총리", "주석", "위원장", "대표",
    "국무장관", "외무장관", "서기장", "총장",
];

/// A speaker whose title says they lead or speak for a state or body ("President of the
/// United States", "Russian President", "중국 외교부 대변인") acts for it: their name (and, for
/// a name of several words, its last word: "Trump", "트럼프") becomes one of its aliases, so
/// that relations read of them are relations of the actor they stand for.
fn stand_for_actor(gazetteer: &mut Gazetteer, speaker: &SpeakerLabel) {
    let role = [speaker.title.as_deref(), speaker.organisation.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let lower = role.to_lowercase();
    if !speaker.is_person || !LEADS.iter().any(|w| lower.contains(w)) {
        return;
    }
    let Some(actor) = gazetteer.actor_of(&role) else { return };
    let Some(known) = gazetteer.get(&actor).cloned() else { return };
    let name = speaker.name.trim();
    let mut aliases = vec![name.to_string()];
    if let Some(last) = name.rsplit(' ').next().filter(|w| w.chars().count() >= 2 && *w != name) {
        aliases.push(last.to_string());
    }
    aliases.retain(|a| gazetteer.id_of_name(a).is_none());
    if aliases.is_empty() {
        return;
    }
    gazetteer.add(GazetteerEntry { aliases, ..known });
}

fn read(text: &str, lang: Lang) -> Result<Transcript, IngestError> {
    let t = parse(text, lang).map_err(|error| IngestError::Parse { lang, error })?;
    let (hangul, latin) = t.items.iter().map(|item| script_counts(item_text(item))).fold((0, 0), |(h, l), (ih, il)| (h + ih, l + il));
    let wrong = match lang {
        Lang::Ko => hangul == 0,
        Lang::En => hangul > latin,
    };
    if wrong {
        return Err(IngestError::WrongLanguage { lang });
    }
    Ok(t)
}

fn item_text(item: &Item) -> &str {
    match &item.kind {
        ItemKind::Paragraph(p) => p,
        ItemKind::Quote(q) => &q.text,
    }
}

fn entry_from(actor: &Actor) -> Result<GazetteerEntry, String> {
    if slug(&actor.id, 64) != actor.id {
        return Err(format!("id \"{}\" is not a valid id", actor.id));
    }
    let name_en = actor.name.en.clone().unwrap_or_default();
    let name_ko = actor.name.ko.clone().unwrap_or_default();
    if name_en.trim().is_empty() && name_ko.trim().is_empty() {
        return Err("no name".to_string());
    }
    let kind = match actor.kind {
        ActorKind::State => EntryKind::State,
        ActorKind::Organisation => EntryKind::Organisation,
        ActorKind::Person => EntryKind::Person,
        ActorKind::Group => EntryKind::Group,
    };
    Ok(GazetteerEntry { id: actor.id.clone(), name_en, name_ko, kind, aliases: actor.aliases.clone(), parent: None })
}

/// The date given, else the one the page chrome holds; `None` when neither says (the report
/// then has no date, and a warning says so).
fn date(input: &IngestInput<'_>, en: Option<&Transcript>, ko: Option<&Transcript>) -> Result<Option<String>, IngestError> {
    if let Some(d) = input.date_published {
        // The format's own date rule, held to its `YYYY-MM-DD` form (a date-time is longer).
        let ok = d.len() == 10 && crate::validate::is_date(d);
        return if ok { Ok(Some(d.to_string())) } else { Err(IngestError::BadDate { date: d.to_string() }) };
    }
    Ok(en.and_then(|t| t.date.clone()).or_else(|| ko.and_then(|t| t.date.clone())))
}

/// What one report item is built from.
enum Built {
    Paragraph { id: String, role: Role, text: LocalizedText },
    Quote { id: String, speaker: String, text: LocalizedText, context: Option<LocalizedText> },
}

#[derive(Default)]
struct Builder<'a> {
    en: Option<&'a Transcript>,
    ko: Option<&'a Transcript>,
    gazetteer: Gazetteer,
    warnings: Vec<IngestWarning>,
    built: Vec<Built>,
    speakers: Vec<Speaker>,
    /// (language, transcript speaker index) → report speaker id
    speaker_ids: Vec<(Lang, usize, String)>,
    /// report speaker id → the actor the speaker speaks for
    speaker_actor: Vec<(String, String)>,
    /// (aligned item index, en text, ko text) for relation evidence
    evidence_en: Vec<(String, String, Option<String>)>,
    evidence_ko: Vec<(String, String, Option<String>)>,
}

fn transcript_item(t: Option<&Transcript>, i: Option<usize>) -> Option<&Item> {
    t.zip(i).and_then(|(t, i)| t.items.get(i))
}

fn role(section: Section) -> Role {
    match section {
        Section::Anchor => Role::Anchor,
        Section::Report => Role::Report,
        Section::Signoff => Role::Signoff,
    }
}

fn localized(en: Option<String>, ko: Option<String>) -> Option<LocalizedText> {
    let clean = |s: Option<String>| s.map(|s| cap_chars(s.trim(), MAX_TEXT_CHARS)).filter(|s| !s.is_empty());
    let (en, ko) = (clean(en), clean(ko));
    (en.is_some() || ko.is_some()).then_some(LocalizedText { en, ko })
}

fn cap_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

impl<'a> Builder<'a> {
    fn items(&mut self, pairs: &[Pair]) {
        let (mut paragraphs, mut quotes) = (0usize, 0usize);
        let mut warned = (false, false);
        for pair in pairs {
            let en = transcript_item(self.en, pair.en);
            let ko = transcript_item(self.ko, pair.ko);
            let Some(first) = en.or(ko) else { continue };
            if self.en.is_some() && self.ko.is_some() && en.is_none() != ko.is_none() && self.fold_into_previous(first, en.is_some()) {
                continue;
            }
            match &first.kind {
                ItemKind::Paragraph(_) => {
                    if paragraphs >= MAX_PARAGRAPHS {
                        if !warned.0 {
                            self.warnings.push(IngestWarning::TooMany { what: "paragraphs", limit: MAX_PARAGRAPHS });
                            warned.0 = true;
                        }
                        continue;
                    }
                    paragraphs += 1;
                    let id = format!("p{paragraphs}");
                    let en_text = en.map(item_text).map(str::to_string);
                    let ko_text = ko.map(item_text).map(str::to_string);
                    let Some(text) = localized(en_text.clone(), ko_text.clone()) else { continue };
                    self.push_evidence(&id, en_text, ko_text, None);
                    self.built.push(Built::Paragraph { id, role: role(first.section), text });
                }
                ItemKind::Quote(_) => {
                    if quotes >= MAX_QUOTES {
                        if !warned.1 {
                            self.warnings.push(IngestWarning::TooMany { what: "quotes", limit: MAX_QUOTES });
                            warned.1 = true;
                        }
                        continue;
                    }
                    quotes += 1;
                    let id = format!("q{quotes}");
                    let speaker = self.speaker_for(en, ko);
                    let context = self.context_for(en, ko);
                    let en_text = en.map(item_text).map(str::to_string);
                    let ko_text = ko.map(item_text).map(str::to_string);
                    let Some(text) = localized(en_text.clone(), ko_text.clone()) else { continue };
                    let actor = self.speaker_actor.iter().find(|(s, _)| *s == speaker).map(|(_, a)| a.clone());
                    self.push_evidence(&id, en_text, ko_text, actor);
                    self.built.push(Built::Quote { id, speaker, text, context });
                }
            }
        }
    }

    /// An unmatched paragraph of one language joins the paragraph before it: translations
    /// often split or merge paragraphs, and this keeps both languages complete.
    fn fold_into_previous(&mut self, item: &Item, is_en: bool) -> bool {
        let ItemKind::Paragraph(extra) = &item.kind else { return false };
        let Some(Built::Paragraph { id, text, .. }) = self.built.last_mut() else { return false };
        let slot = if is_en { &mut text.en } else { &mut text.ko };
        let Some(existing) = slot.as_mut() else { return false };
        if existing.chars().count() + extra.chars().count() >= MAX_TEXT_CHARS {
            return false;
        }
        existing.push(' ');
        existing.push_str(extra);
        let id = id.clone();
        let (en, ko) = if is_en { (Some(extra.clone()), None) } else { (None, Some(extra.clone())) };
        self.push_evidence(&id, en, ko, None);
        true
    }

    fn push_evidence(&mut self, id: &str, en: Option<String>, ko: Option<String>, actor: Option<String>) {
        if let Some(en) = en {
            self.evidence_en.push((id.to_string(), en, actor.clone()));
        }
        if let Some(ko) = ko {
            self.evidence_ko.push((id.to_string(), ko, actor));
        }
    }

    fn label(&self, lang: Lang, item: Option<&Item>) -> Option<(usize, &'a SpeakerLabel)> {
        let t = match lang {
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }?;
        let ItemKind::Quote(q) = &item?.kind else { return None };
        let i = q.speaker?;
        t.speakers.get(i).map(|l| (i, l))
    }

    /// The report speaker id for an aligned quote, creating the speaker on first sight.
    fn speaker_for(&mut self, en: Option<&Item>, ko: Option<&Item>) -> String {
        let en_label = self.label(Lang::En, en);
        let ko_label = self.label(Lang::Ko, ko);
        let known = |lang: Lang, i: usize, ids: &[(Lang, usize, String)]| {
            ids.iter().find(|(l, j, _)| *l == lang && *j == i).map(|(_, _, id)| id.clone())
        };
        let existing = en_label
            .and_then(|(i, _)| known(Lang::En, i, &self.speaker_ids))
            .or_else(|| ko_label.and_then(|(i, _)| known(Lang::Ko, i, &self.speaker_ids)));
        if let Some(id) = existing {
            for (lang, label) in [(Lang::En, en_label), (Lang::Ko, ko_label)] {
                if let Some((i, _)) = label {
                    if known(lang, i, &self.speaker_ids).is_none() {
                        self.speaker_ids.push((lang, i, id.clone()));
                    }
                }
            }
            return id;
        }
        self.new_speaker(en_label, ko_label)
    }

    /// Speakers a transcript names with no words transcribed (`<녹취> 스타인버그(부장관)` and
    /// no quote after it): listed all the same, after the quoted ones.
    fn unquoted_speakers(&mut self) {
        for (lang, t) in [(Lang::En, self.en), (Lang::Ko, self.ko)] {
            let Some(t) = t else { continue };
            for (i, label) in t.speakers.iter().enumerate() {
                if !self.speaker_ids.iter().any(|(l, j, _)| *l == lang && *j == i) {
                    let (en, ko) = if lang == Lang::En { (Some((i, label)), None) } else { (None, Some((i, label))) };
                    self.new_speaker(en, ko);
                }
            }
        }
    }

    /// A new report speaker from its labels in either language; its id.
    fn new_speaker(&mut self, en_label: Option<(usize, &'a SpeakerLabel)>, ko_label: Option<(usize, &'a SpeakerLabel)>) -> String {
        if en_label.is_none() && ko_label.is_none() {
            let id = "unidentified-speaker".to_string();
            if !self.speakers.iter().any(|s| s.id == id) && self.speakers.len() < MAX_SPEAKERS {
                self.speakers.push(Speaker {
                    id: id.clone(),
                    name: LocalizedText::new("Unidentified speaker", "신원 미상"),
                    title: None,
                    organisation: None,
                });
            }
            return id;
        }
        let base = en_label
            .map(|(_, l)| slug(&l.name, 56))
            .filter(|s| !s.is_empty())
            .or_else(|| ko_label.map(|(_, l)| slug(&l.name, 56)))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "speaker".to_string());
        let mut id = base.clone();
        let mut n = 2;
        while self.speakers.iter().any(|s| s.id == id) || self.gazetteer.get(&id).is_some() || is_item_id(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let pick = |f: fn(&SpeakerLabel) -> Option<String>| {
            localized(en_label.and_then(|(_, l)| f(l)), ko_label.and_then(|(_, l)| f(l)))
        };
        let name = pick(|l| Some(l.name.clone())).unwrap_or_else(|| LocalizedText::new("Unidentified speaker", "신원 미상"));
        let title = pick(|l| l.title.clone());
        let organisation = pick(|l| l.organisation.clone());
        // An outlet quoted under its own name ("China CCTV News") is its own actor.
        let actor = [organisation.as_ref(), title.as_ref(), Some(&name).filter(|n| n.en.as_deref().or(n.ko.as_deref()).is_some_and(super::actors::names_outlet))]
            .into_iter()
            .flatten()
            .flat_map(|t| [t.en.as_deref(), t.ko.as_deref()])
            .flatten()
            .find_map(|t| self.gazetteer.actor_of(t));
        if let Some(actor) = actor {
            self.speaker_actor.push((id.clone(), actor));
        }
        if self.speakers.len() < MAX_SPEAKERS {
            self.speakers.push(Speaker { id: id.clone(), name, title, organisation });
        }
        for (lang, label) in [(Lang::En, en_label), (Lang::Ko, ko_label)] {
            if let Some((i, _)) = label {
                self.speaker_ids.push((lang, i, id.clone()));
            }
        }
        id
    }

    /// A quote's context: where it was said (programme, date) and where a member of the
    /// public lives, which the format has no speaker field for.
    fn context_for(&self, en: Option<&Item>, ko: Option<&Item>) -> Option<LocalizedText> {
        let text = |label: Option<(usize, &SpeakerLabel)>| {
            label.and_then(|(_, l)| {
                let parts: Vec<&str> = [l.place.as_deref(), l.source.as_deref(), l.date.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect();
                (!parts.is_empty()).then(|| parts.join(", "))
            })
        };
        localized(text(self.label(Lang::En, en)), text(self.label(Lang::Ko, ko)))
    }

    fn report(&mut self, input: &IngestInput<'_>, url: String, date: Option<String>) -> Report {
        let mut body = Vec::new();
        let mut quotes = Vec::new();
        let first_paragraph = self.built.iter().find_map(|b| match b {
            Built::Paragraph { id, .. } => Some(id.clone()),
            Built::Quote { .. } => None,
        });
        let mut last_paragraph = first_paragraph.clone();
        for b in self.built.drain(..) {
            match b {
                Built::Paragraph { id, role, text } => {
                    last_paragraph = Some(id.clone());
                    body.push(Paragraph { id, role, text });
                }
                Built::Quote { id, speaker, text, context } => {
                    let paragraph = last_paragraph.clone().unwrap_or_default();
                    quotes.push(Quote { id, speaker, paragraph, text, context });
                }
            }
        }
        let complete = |lang: Lang| {
            body.iter().all(|p| p.text.has(lang)) && quotes.iter().all(|q| q.text.has(lang))
        };
        let mut languages: Vec<Lang> = [(Lang::En, self.en.is_some()), (Lang::Ko, self.ko.is_some())]
            .into_iter()
            .filter_map(|(l, present)| (present && complete(l)).then_some(l))
            .collect();
        if languages.is_empty() {
            // Neither language is complete: keep the English story whole and leave out what
            // only the Korean has (the alignment warnings name it).
            body.retain(|p| p.text.has(Lang::En));
            let kept: Vec<String> = body.iter().map(|p| p.id.clone()).collect();
            quotes.retain(|q| q.text.has(Lang::En) && kept.contains(&q.paragraph));
            languages.push(Lang::En);
        }
        let headline = self.headline();
        let lead = self.lead(&body);
        let byline = localized(
            self.en.and_then(|t| t.reporter.as_ref()).map(|r| r.name.clone()),
            self.ko.and_then(|t| t.reporter.as_ref()).map(|r| r.name.clone()),
        );
        let (actors, mut relations) = self.actors_and_relations();
        // A set, not a list: a long story has thousands of paragraphs and evidence ids.
        let ids: std::collections::HashSet<&str> = body.iter().map(|p| p.id.as_str()).chain(quotes.iter().map(|q| q.id.as_str())).collect();
        for r in &mut relations {
            r.evidence.retain(|e| ids.contains(&e.as_str()));
        }
        relations.retain(|r| !r.evidence.is_empty());
        let id = input
            .id
            .map(str::to_string)
            .or_else(|| headline.en.as_deref().map(|h| slug(h, 48)).filter(|s| !s.is_empty()))
            .or_else(|| headline.ko.as_deref().map(|h| slug(h, 48)).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| "briefing".to_string());
        let id = if is_item_id(&id) || self.speakers.iter().any(|s| s.id == id) || actors.iter().any(|a| a.id == id) {
            format!("{id}-report")
        } else {
            id
        };
        Report {
            format: FormatVersion::V1,
            id,
            languages,
            source: Source {
                publisher: LocalizedText::new("KBS News", "KBS 뉴스"),
                url,
                date_published: date,
                byline,
            },
            headline,
            lead,
            key_points: Vec::new(),
            body,
            speakers: std::mem::take(&mut self.speakers),
            quotes,
            actors,
            relations,
            generator: Some(Generator {
                kind: GeneratorKind::Ingester,
                name: Some("briefing ingest".to_string()),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
        }
    }

    /// The page's title line, or the first anchor sentence, shortened.
    fn headline(&self) -> LocalizedText {
        let one = |t: Option<&Transcript>| -> Option<String> {
            let t = t?;
            if let Some(title) = &t.title {
                return Some(shorten(title, 120));
            }
            let first = t.items.iter().find_map(|it| match (&it.kind, it.section) {
                (ItemKind::Paragraph(p), Section::Anchor) => Some(p.as_str()),
                _ => None,
            });
            let first = first.or_else(|| t.items.iter().find_map(|it| match &it.kind {
                ItemKind::Paragraph(p) => Some(p.as_str()),
                ItemKind::Quote(_) => None,
            }))?;
            let sentence = sentences(first).into_iter().next().unwrap_or(first);
            Some(shorten(sentence, if t.lang == Lang::Ko { 60 } else { 110 }))
        };
        localized(one(self.en), one(self.ko)).unwrap_or_else(|| LocalizedText::new("Briefing", "브리핑"))
    }

    /// The anchor paragraphs before the report, joined; the first paragraph without them.
    fn lead(&self, body: &[Paragraph]) -> LocalizedText {
        let mut en = Vec::new();
        let mut ko = Vec::new();
        for p in body.iter().take_while(|p| p.role == Role::Anchor) {
            en.extend(p.text.en.clone());
            ko.extend(p.text.ko.clone());
        }
        let join = |v: Vec<String>| (!v.is_empty()).then(|| shorten_sentences(&v.join(" "), 700));
        localized(join(en), join(ko))
            .or_else(|| body.first().map(|p| p.text.clone()))
            .unwrap_or_else(|| LocalizedText::new("Briefing", "브리핑"))
    }

    fn actors_and_relations(&mut self) -> (Vec<Actor>, Vec<Relation>) {
        fn units(v: &[(String, String, Option<String>)]) -> Vec<EvidenceText<'_>> {
            v.iter()
                .map(|(id, text, actor)| EvidenceText { id: id.clone(), text, speaker_actor: actor.clone() })
                .collect()
        }
        let evidence_en = std::mem::take(&mut self.evidence_en);
        let evidence_ko = std::mem::take(&mut self.evidence_ko);
        let en = relations::extract(&self.gazetteer, &units(&evidence_en));
        let ko = relations::extract(&self.gazetteer, &units(&evidence_ko));
        let mut found = en.relations;
        for r in ko.relations {
            relations::merge(&mut found, r);
        }
        // Actors: everyone mentioned, in order of first mention.
        let mut mentioned = en.mentioned;
        for id in ko.mentioned {
            if !mentioned.contains(&id) {
                mentioned.push(id);
            }
        }
        let taken: Vec<String> = self.speakers.iter().map(|s| s.id.clone()).collect();
        let actors: Vec<Actor> = mentioned
            .iter()
            .filter(|id| !taken.contains(id))
            .filter_map(|id| self.gazetteer.get(id))
            .take(MAX_ACTORS)
            .map(actor_of)
            .collect();
        let known = |id: &str| actors.iter().any(|a| a.id == id);
        let gazetteer = &self.gazetteer;
        let name_en = |id: &str| -> String {
            gazetteer.get(id).map(|e| e.name_en.clone()).filter(|n| !n.is_empty()).unwrap_or_else(|| id.to_string())
        };
        let name_ko = |id: &str| -> String {
            gazetteer.get(id).map(|e| e.name_ko.clone()).filter(|n| !n.is_empty()).unwrap_or_else(|| id.to_string())
        };
        let mut out: Vec<Relation> = Vec::new();
        for r in found.into_iter().filter(|r| known(&r.source) && known(&r.target) && r.source != r.target) {
            if out.len() >= MAX_RELATIONS {
                self.warnings.push(IngestWarning::TooMany { what: "relations", limit: MAX_RELATIONS });
                break;
            }
            let (en, ko) = relations::summary(&r, &name_en, &name_ko);
            let base = slug(&format!("r-{}-{}-{}", r.source, r.target, r.kind), 60);
            let mut id = base.clone();
            let mut n = 2;
            while out.iter().any(|x| x.id == id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            out.push(relation_of(r, id, LocalizedText::new(en, ko)));
        }
        (actors, out)
    }
}

fn is_item_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('p' | 'q')) && chars.clone().next().is_some() && chars.all(|c| c.is_ascii_digit())
}

fn actor_of(e: &GazetteerEntry) -> Actor {
    let mut aliases: Vec<String> = Vec::new();
    for a in &e.aliases {
        if !a.trim().is_empty() && !aliases.contains(a) && aliases.len() < MAX_ALIASES {
            aliases.push(cap_chars(a, MAX_TEXT_CHARS));
        }
    }
    Actor {
        id: e.id.clone(),
        name: localized(Some(e.name_en.clone()), Some(e.name_ko.clone()))
            .unwrap_or_else(|| LocalizedText::only(Lang::En, e.id.clone())),
        kind: match e.kind {
            EntryKind::State => ActorKind::State,
            EntryKind::Organisation => ActorKind::Organisation,
            EntryKind::Person => ActorKind::Person,
            EntryKind::Group => ActorKind::Group,
        },
        aliases,
    }
}

fn relation_of(r: FoundRelation, id: String, summary: LocalizedText) -> Relation {
    let mut evidence = r.evidence;
    evidence.truncate(MAX_EVIDENCE);
    Relation {
        id,
        source: r.source,
        target: r.target,
        direction: if r.directed { Direction::Directed } else { Direction::Mutual },
        kind: r.kind.to_string(),
        stance: match r.stance {
            StanceKind::Cooperative => Stance::Cooperative,
            StanceKind::Hostile => Stance::Hostile,
            StanceKind::Neutral => Stance::Neutral,
        },
        certainty: match r.certainty {
            CertaintyKind::Reported => Certainty::Reported,
            CertaintyKind::Analysis => Certainty::Analysis,
            CertaintyKind::Expected => Certainty::Expected,
            CertaintyKind::Possible => Certainty::Possible,
            CertaintyKind::Denied => Certainty::Denied,
        },
        summary,
        evidence,
    }
}

/// Shortens a headline sensibly: the sentence without its final period when it fits,
/// otherwise cut at a word (or clause) boundary with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    let s = s.trim().trim_end_matches(['.', '。']).trim();
    let max = max.min(MAX_HEADLINE_CHARS);
    if s.chars().count() <= max {
        return s.to_string();
    }
    let head: String = s.chars().take(max).collect();
    let cut = head
        .rfind(", ")
        .filter(|&i| i > head.len() / 2)
        .or_else(|| head.rfind(' '))
        .unwrap_or(head.len());
    let mut out = head.get(..cut).unwrap_or(&head).trim_end_matches([',', ' ']).to_string();
    out.push('…');
    out
}

/// Keeps whole sentences up to about `max` characters.
fn shorten_sentences(s: &str, max: usize) -> String {
    let mut out = String::new();
    for sentence in sentences(s) {
        if !out.is_empty() && out.chars().count() + sentence.chars().count() > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(sentence);
    }
    cap_chars(&out, MAX_TEXT_CHARS)
}
