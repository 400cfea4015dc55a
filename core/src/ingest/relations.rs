//! Relation extraction: where two actors meet in a sentence, cue words give the kind and
//! stance of their relation and hedges give how certain it is.
//!
//! The rules are deliberately shallow and predictable, since an editor reviews the output:
//! - a sentence with exactly two actors relates them through any cue it holds;
//! - with more actors, a cue relates the sentence's subject (its first actor) to the actor
//!   nearest the cue, and is dropped when that is ambiguous;
//! - a few cues ("war") only count right next to an actor, because "war fatigue" says
//!   nothing about who fights whom;
//! - "the two countries", "both sides", "양국" stand for the two actors named most recently;
//! - "we"/"우리" in a quote stands for the speaker's country when their organisation names one.
//!
//! Repeats of one relation (same pair, same kind) merge, keeping all their evidence.

use std::collections::{HashMap, HashSet};

use super::gazetteer::{Gazetteer, Mention};
use super::text::{char_at, char_before, find, has_hangul, sentences, Words};

/// How an actor stands toward another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StanceKind {
    /// Working together.
    Cooperative,
    /// Against each other.
    Hostile,
    /// Neither.
    Neutral,
}

/// How certain the source text is about a relation, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CertaintyKind {
    /// Stated as fact.
    Reported,
    /// Someone's analysis ("is analyzed", "seems", "분석").
    Analysis,
    /// Expected ("is expected to", "전망").
    Expected,
    /// A possibility ("possibility", "may", "가능성").
    Possible,
    /// Denied ("has denied", "부인").
    Denied,
}

/// A piece of text relations are read from: a paragraph or a quote.
#[derive(Debug, Clone)]
pub struct EvidenceText<'a> {
    /// The paragraph or quote id ("p4", "q1").
    pub id: String,
    /// Its text in one language.
    pub text: &'a str,
    /// For a quote, the actor the speaker speaks for.
    pub speaker_actor: Option<String>,
}

/// A relation found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRelation {
    /// The acting actor (or the first of a mutual pair).
    pub source: String,
    /// The other actor.
    pub target: String,
    /// Whether the source acts on the target.
    pub directed: bool,
    /// The kind ("treaty", "criticism").
    pub kind: &'static str,
    /// The stance.
    pub stance: StanceKind,
    /// The certainty.
    pub certainty: CertaintyKind,
    /// Paragraph and quote ids, in order, each once.
    pub evidence: Vec<String>,
    /// The English clause that states it, when read from English text.
    pub said_en: Option<String>,
    /// The Korean clause that states it, when read from Korean text.
    pub said_ko: Option<String>,
}

struct Cue {
    word: &'static str,
    kind: &'static str,
    /// Only counts within a few characters of an actor.
    near: bool,
    /// Must end at a word boundary (English).
    whole: bool,
}

const fn cue(word: &'static str, kind: &'static str) -> Cue {
    Cue { word, kind, near: false, whole: false }
}
const fn whole(word: &'static str, kind: &'static str) -> Cue {
    Cue { word, kind, near: false, whole: true }
}
const fn near(word: &'static str, kind: &'static str) -> Cue {
    Cue { word, kind, near: true, whole: true }
}

/// Kinds in priority order: when one sentence gives several kinds of one stance for a
/// pair, the first wins.
const KINDS: [(&str, StanceKind, bool); 13] = [
    ("deployment", StanceKind::Hostile, true),
    ("severance", StanceKind::Hostile, true),
    ("provocation", StanceKind::Hostile, true),
    ("threat", StanceKind::Hostile, true),
    ("criticism", StanceKind::Hostile, true),
    ("sanctions", StanceKind::Hostile, true),
    // Relations that cool between partners are not open hostility.
    ("cooling", StanceKind::Neutral, false),
    ("conflict", StanceKind::Hostile, false),
    ("treaty", StanceKind::Cooperative, false),
    ("alliance", StanceKind::Cooperative, false),
    ("cooperation", StanceKind::Cooperative, false),
    ("support", StanceKind::Cooperative, true),
    ("talks", StanceKind::Neutral, false),
];

const CUES: [Cue; 97] = [
    whole("fined", "sanctions"), whole("fines", "sanctions"), cue("과징금", "sanctions"), cue("벌금", "sanctions"),
    cue("accus", "criticism"), cue("blame", "criticism"), cue("비난", "criticism"), cue("반발", "criticism"),
    whole("help", "support"), whole("helped", "support"), whole("helping", "support"), cue("돕", "support"),
    cue("working with", "cooperation"), cue("working closely with", "cooperation"), cue("work with", "cooperation"),
    whole("share", "cooperation"), whole("sharing", "cooperation"), cue("공유", "cooperation"), cue("jointly", "cooperation"),
    cue("deploy", "deployment"), cue("dispatch", "deployment"), whole("troops", "deployment"),
    cue("파병", "deployment"), cue("파견", "deployment"),
    cue("severance", "severance"), whole("sever", "severance"), whole("severed", "severance"),
    cue("hostil", "severance"), cue("단절", "severance"), cue("적대", "severance"),
    cue("provocat", "provocation"), cue("provok", "provocation"), cue("도발", "provocation"),
    cue("threat", "threat"), whole("warned", "threat"), cue("위협", "threat"),
    cue("regret", "criticism"), cue("condemn", "criticism"), cue("criticiz", "criticism"),
    cue("criticis", "criticism"), cue("protest", "criticism"), cue("denounc", "criticism"),
    cue("유감", "criticism"), cue("규탄", "criticism"), cue("비판", "criticism"),
    cue("비난", "criticism"), cue("항의", "criticism"),
    cue("sanction", "sanctions"), cue("제재", "sanctions"),
    cue("deteriorat", "cooling"), cue("cooling", "cooling"), cue("cooled", "cooling"),
    cue("strained", "cooling"), whole("rift", "cooling"), cue("tension", "cooling"),
    cue("worsen", "cooling"), cue("악화", "cooling"), cue("냉각", "cooling"),
    cue("소원", "cooling"), cue("갈등", "cooling"),
    near("war", "conflict"), near("attack", "conflict"), cue("invasion", "conflict"),
    cue("invade", "conflict"), cue("clash", "conflict"), near("전쟁", "conflict"),
    cue("침공", "conflict"), cue("충돌", "conflict"), near("공격", "conflict"),
    cue("treaty", "treaty"), cue("ratif", "treaty"), whole("pact", "treaty"),
    cue("조약", "treaty"), cue("비준", "treaty"), cue("협정", "treaty"),
    cue("alliance", "alliance"), whole("ally", "alliance"), whole("allies", "alliance"),
    cue("동맹", "alliance"),
    cue("cooperat", "cooperation"), cue("synchroniz", "cooperation"),
    cue("closely communicating", "cooperation"), cue("partnership", "cooperation"),
    cue("협력", "cooperation"), cue("공조", "cooperation"), cue("밀착", "cooperation"),
    cue("support", "support"), cue("siding with", "support"), whole("aid", "support"),
    cue("지원", "support"), cue("편들기", "support"), cue("두둔", "support"),
    whole("talks", "talks"), cue("summit", "talks"), cue("dialogue", "talks"),
    cue("회담", "talks"), cue("대화", "talks"),
];

const HEDGES: [(&str, CertaintyKind); 33] = [
    ("denied", CertaintyKind::Denied), ("denies", CertaintyKind::Denied),
    ("deny", CertaintyKind::Denied), ("부인", CertaintyKind::Denied),
    ("possibility", CertaintyKind::Possible), ("possible", CertaintyKind::Possible),
    ("possibly", CertaintyKind::Possible), (" may ", CertaintyKind::Possible),
    ("might", CertaintyKind::Possible), (" could ", CertaintyKind::Possible),
    ("가능성", CertaintyKind::Possible),
    ("expected", CertaintyKind::Expected), ("is likely", CertaintyKind::Expected),
    ("are likely", CertaintyKind::Expected), ("will likely", CertaintyKind::Expected),
    ("forecast", CertaintyKind::Expected), ("전망", CertaintyKind::Expected),
    ("예상", CertaintyKind::Expected), ("예정", CertaintyKind::Expected),
    ("analyzed", CertaintyKind::Analysis), ("analysed", CertaintyKind::Analysis),
    ("analysis", CertaintyKind::Analysis), ("assessed", CertaintyKind::Analysis),
    ("seems", CertaintyKind::Analysis), ("appears", CertaintyKind::Analysis),
    ("is seen as", CertaintyKind::Analysis), ("believed", CertaintyKind::Analysis),
    ("분석", CertaintyKind::Analysis), ("보인다", CertaintyKind::Analysis),
    ("보입니다", CertaintyKind::Analysis), ("관측", CertaintyKind::Analysis),
    ("해석", CertaintyKind::Analysis), ("평가", CertaintyKind::Analysis),
];

const PAIR_WORDS: [&str; 10] = [
    "the two countries", "both countries", "the two sides", "both sides", "the two nations",
    "both nations", "양국", "두 나라", "양측", "both",
];
const WE_WORDS: [&str; 5] = ["We ", "we ", " us ", " our ", "우리"];

fn kind_info(kind: &str) -> (usize, StanceKind, bool) {
    KINDS
        .iter()
        .position(|(k, _, _)| *k == kind)
        .and_then(|i| KINDS.get(i).map(|(_, s, d)| (i, *s, *d)))
        .unwrap_or((usize::MAX, StanceKind::Neutral, false))
}

/// The strongest hedge in a sentence, from its lowercase text.
fn certainty_of(lower: &str) -> CertaintyKind {
    static WORDS: std::sync::OnceLock<Words<'static>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Words::new(HEDGES.iter().map(|(w, _)| *w)));
    // Padded so that " may " and " could " match at either end.
    let padded = format!(" {lower} ");
    let mut strongest = CertaintyKind::Reported;
    words.each_occurrence(&padded, |h, _| {
        if let Some((_, certainty)) = HEDGES.get(h) {
            strongest = strongest.max(*certainty);
        }
    });
    strongest
}

/// Cue hits in a sentence, from the sentence and its lowercase text: (start, end, cue
/// index), by cue then position.
///
/// One pass over the sentence finds every cue; for each cue, occurrences are taken left to
/// right without overlapping, as a repeated `find` from the previous end would.
fn cue_hits(sentence: &str, lower: &str) -> Vec<(usize, usize, usize)> {
    let mut hits = Vec::new();
    // Lowercasing that changes byte lengths would shift every offset against `sentence`.
    if lower.len() != sentence.len() {
        return hits;
    }
    static WORDS: std::sync::OnceLock<Words<'static>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Words::new(CUES.iter().map(|c| c.word)));
    words.each_occurrence(lower, |ci, start| {
        let Some(c) = CUES.get(ci) else { return };
        let end = start + c.word.len();
        let korean = c.word.chars().any(super::text::is_hangul);
        let begin_ok = korean || !char_before(lower, start).is_some_and(char::is_alphanumeric);
        let end_ok = !c.whole || korean || !char_at(lower, end).is_some_and(char::is_alphanumeric);
        if begin_ok && end_ok {
            hits.push((start, end, ci));
        }
    });
    hits.sort_by_key(|&(start, _, ci)| (ci, start));
    hits
}

fn distance(a: (usize, usize), b: (usize, usize)) -> usize {
    b.0.saturating_sub(a.1).max(a.0.saturating_sub(b.1))
}

/// One clause of a sentence to read relations from: its text, and for reported speech
/// (`NATO said that …`) the whole clause to fall back to when the reported part names
/// fewer than two actors.
struct Clause {
    text: String,
    whole: Option<String>,
}

/// Reads relations from texts in story order.
///
/// Each sentence is cut into clauses ([`clauses`]); a relation's certainty is read from the
/// clause that states it, and that clause is its statement.
pub fn extract(gazetteer: &Gazetteer, texts: &[EvidenceText<'_>]) -> Vec<FoundRelation> {
    let mut found = Merged::default();
    let mut recent: Vec<String> = Vec::new();
    for unit in texts {
        for whole_sentence in sentences(unit.text) {
            // A sentence that names fewer than two actors, with no "the two countries" and no
            // speaker behind a "we", states no relation in any of its clauses: it only updates
            // the actors named most recently, and is not cut up.
            // The sentence's mentions, kept for a clause that is the whole sentence.
            let mut whole_mentions: Option<Vec<Mention>> = None;
            if unit.speaker_actor.is_none() {
                let named = distinct_ids(whole_mentions.insert(gazetteer.mentions(whole_sentence)));
                if named.len() < 2 {
                    let lower = whole_sentence.to_lowercase();
                    if !PAIR_WORDS.iter().any(|w| lower.contains(w)) {
                        for id in named {
                            recent.retain(|r| *r != id);
                            recent.push(id);
                        }
                        continue;
                    }
                }
            }
            for clause in clauses(whole_sentence) {
                let mentions_of = |text: &str| match &whole_mentions {
                    Some(known) if text == whole_sentence => known.clone(),
                    _ => gazetteer.mentions(text),
                };
                let clause_mentions = mentions_of(&clause.text);
                let (sentence, mut mentions) = match &clause.whole {
                    Some(whole) if distinct_count(&clause_mentions) < 2 => (whole.as_str(), mentions_of(whole)),
                    _ => (clause.text.as_str(), clause_mentions),
                };
                if let Some(actor) = &unit.speaker_actor {
                    let padded = format!(" {sentence} ");
                    if let Some(at) = WE_WORDS.iter().filter_map(|w| find(&padded, w)).min() {
                        let at = at.saturating_sub(1).min(sentence.len());
                        mentions.push(Mention { start: at, end: at, ids: vec![actor.clone()] });
                    }
                }
                let mut lower = None;
                if distinct_count(&mentions) < 2 {
                    let lower = lower.insert(sentence.to_lowercase());
                    let pair_word = PAIR_WORDS.iter().find_map(|w| find(lower, w).map(|at| (at, w.len())));
                    if let (Some((at, len)), [.., a, b]) = (pair_word, recent.as_slice()) {
                        mentions.push(Mention { start: at, end: at + len, ids: vec![a.clone(), b.clone()] });
                    }
                }
                mentions.sort_by_key(|m| m.start);
                let distinct = distinct_ids(&mentions);
                for id in &distinct {
                    recent.retain(|r| r != id);
                    recent.push(id.clone());
                }
                if distinct.len() < 2 {
                    continue;
                }
                let lower = lower.unwrap_or_else(|| sentence.to_lowercase());
                let certainty = certainty_of(&lower);
                // The first actor is the subject, unless a passive names its agent ("carried
                // out by the DPRK", "에 의해").
                let agent = mentions.iter().find(|m| {
                    let before = sentence.get(..m.start).unwrap_or("").trim_end();
                    before.ends_with(" by") || before.ends_with(" by the")
                });
                let subject = agent.or(mentions.first()).and_then(|m| m.ids.first()).cloned().unwrap_or_default();
                let korean = has_hangul(sentence);
                // (pair, stance) → best kind index in this sentence
                let mut chosen: Vec<((String, String), StanceKind, usize)> = Vec::new();
                for (start, end, ci) in cue_hits(sentence, &lower) {
                    let Some(c) = CUES.get(ci) else { continue };
                    let pair = if c.kind == "conflict" { war_sides(sentence, &mentions, (start, end)) } else { None };
                    let Some(pair) = pair.or_else(|| pair_for(&mentions, &distinct, &subject, (start, end), c.near)) else { continue };
                    let (rank, stance, _) = kind_info(c.kind);
                    match chosen.iter_mut().find(|(p, s, _)| *p == pair && *s == stance) {
                        Some(slot) if rank < slot.2 => slot.2 = rank,
                        Some(_) => {}
                        None => chosen.push((pair, stance, rank)),
                    }
                }
                for ((a, b), stance, rank) in chosen {
                    let Some((kind, _, directed_kind)) = KINDS.get(rank).copied() else { continue };
                    // A government body stands for its state toward a foreign actor.
                    let (a0, b0) = (a, b);
                    let (a, b) = (gazetteer.stand_for(&a0, &b0).to_string(), gazetteer.stand_for(&b0, &a0).to_string());
                    let subject = if subject == a0 {
                        a.clone()
                    } else if subject == b0 {
                        b.clone()
                    } else {
                        subject.clone()
                    };
                    // A body and its own state are one side, not two.
                    let parent_of = |id: &str| gazetteer.get(id).and_then(|e| e.parent.as_deref());
                    if a == b || parent_of(&a) == Some(b.as_str()) || parent_of(&b) == Some(a.as_str()) {
                        continue;
                    }
                    let directed = directed_kind && (a == subject || b == subject);
                    let (source, target) = if directed && b == subject { (b, a) } else { (a, b) };
                    let relation = FoundRelation { source, target, directed, kind, stance, certainty, evidence: Vec::new(), said_en: None, said_ko: None };
                    found.add(relation, &unit.id, Said { clause: sentence, korean });
                }
            }
        }
    }
    let mut relations = found.relations;
    pair_stances(&mut relations);
    relations
}

/// A clause as a sentence a reader can take alone: trimmed, capitalised, with a full stop.
fn statement(clause: &str) -> String {
    let t = clause.trim().trim_end_matches([',', ';']);
    let mut chars = t.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    if !out.ends_with(['.', '?', '!', '"', '\u{201D}']) {
        out.push('.');
    }
    if out.chars().count() > 280 {
        out = out.chars().take(279).collect();
        out.push('…');
    }
    out
}

/// Cuts a sentence into the clauses that state relations: at `, while`, `; `, `, but`,
/// `, and` (English) and at connective endings (`했고`, `하며`, `지만`; Korean); a
/// relative clause (`, which …,`) becomes a clause of its own about the word before it;
/// an attribution (`, according to NATO`, `NATO said that`, `…다고 나토가 밝혔습니다`) is
/// set aside when the rest names two actors.
fn clauses(sentence: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    if has_hangul(sentence) {
        let mut current = String::new();
        for word in sentence.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            let ends = ["했고", "됐고", "였고", "았고", "었고", "하며", "면서", "지만", "는데", "했으며", "됐으며"]
                .iter()
                .any(|e| word.trim_end_matches(',').ends_with(e));
            if ends {
                out.push(korean_reported(&std::mem::take(&mut current)));
            }
        }
        if !current.is_empty() {
            out.push(korean_reported(&current));
        }
        return out;
    }
    // Most sentences have nothing to cut at: no comma, semicolon, quotation mark or "that".
    let separator = sentence.bytes().any(|b| matches!(b, b',' | b';' | b'"')) || sentence.contains('\u{201C}');
    if !separator && !sentence.contains(" that ") {
        return vec![Clause { text: sentence.trim().to_string(), whole: None }];
    }
    let mut main = sentence.trim().to_string();
    // ", according to NATO." / "According to NATO, …"
    if let Some(at) = find(&main, ", according to ") {
        main.truncate(at);
    } else if let Some(rest) = main.strip_prefix("According to ") {
        if let Some((_, after)) = rest.split_once(", ") {
            main = after.to_string();
        }
    }
    // ", which …," relative clauses.
    for marker in [", which ", ", who "] {
        while let Some(at) = find(&main, marker) {
            let rel_start = at + marker.len();
            let rest = main.get(rel_start..).unwrap_or("");
            let rel_end = rest.find(", ").map_or(main.len(), |e| rel_start + e);
            let head = main.get(..at).unwrap_or("");
            let head = head.rsplit_once(" that ").map_or(head, |(_, h)| h);
            let head = head.rsplit_once(", ").map_or(head, |(_, h)| h);
            let antecedent: Vec<&str> = head.split_whitespace().rev().take(8).collect();
            let antecedent: Vec<&str> = antecedent.into_iter().rev().collect();
            let rel = main.get(rel_start..rel_end).unwrap_or("");
            out.push(Clause { text: format!("{} {rel}", antecedent.join(" ")), whole: None });
            let after = main.get(rel_end..).unwrap_or("").trim_start_matches(',');
            main = format!("{}{}", main.get(..at).unwrap_or(""), if after.is_empty() { String::new() } else { format!(" {}", after.trim_start()) });
        }
    }
    // A leading condition or time clause ("If the treaty is ratified, …") is a clause of
    // its own.
    let mut parts = Vec::new();
    let opens_subordinate = ["If ", "When ", "As ", "After ", "Before ", "Although ", "While ", "Once ", "Unless "]
        .iter()
        .any(|w| main.starts_with(w));
    match main.split_once(", ").filter(|_| opens_subordinate) {
        Some((condition, rest)) => {
            parts.push(condition.to_string());
            parts.push(rest.to_string());
        }
        None => parts.push(main),
    }
    for sep in [", while ", "; ", ", but ", ", whereas "] {
        if parts.iter().any(|p| p.contains(sep)) {
            parts = parts.iter().flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>()).collect();
        }
    }
    // ", and" joins clauses only where a new subject follows; otherwise it ends a list
    // ("…, and deteriorating relations with China").
    parts = parts.iter().flat_map(|p| split_and(p)).collect();
    for part in parts {
        out.push(english_reported(&part));
    }
    out
}

fn split_and(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = part;
    while let Some(at) = find(rest, ", and ") {
        let after = rest.get(at + ", and ".len()..).unwrap_or("");
        let next = after.split_whitespace().next().unwrap_or("");
        let subject = ["it", "they", "the", "this", "he", "she", "we"].contains(&next) || next.chars().next().is_some_and(char::is_uppercase);
        if !subject {
            break;
        }
        out.push(rest.get(..at).unwrap_or("").to_string());
        rest = after;
    }
    out.push(rest.to_string());
    out
}

/// Reporting verbs before `that`.
const EN_SAYING: [&str; 9] = ["said", "says", "announced", "stated", "told", "claimed", "added", "noted", "reported"];

fn english_reported(part: &str) -> Clause {
    // "… claimed, "On the 25th, …"": the quote is what was said. This runs for every
    // clause, so the quotation mark is found first and the verb looked for only before it.
    // The first of either mark, each found by a byte search.
    let open = [part.find('"'), part.find('\u{201C}')].into_iter().flatten().min();
    if let Some(open) = open {
        let head = part.get(..open).unwrap_or("").trim_end().trim_end_matches(',');
        if head.rsplit(' ').next().is_some_and(|w| EN_SAYING.contains(&w)) {
            let content = part.get(open..).unwrap_or("").get(1..).unwrap_or("").to_string();
            return Clause { text: content, whole: Some(part.to_string()) };
        }
    }
    if let Some(at) = find(part, " that ") {
        let head = part.get(..at).unwrap_or("");
        let saying = head.split_whitespace().rev().take(4).any(|w| EN_SAYING.contains(&w));
        if saying {
            let content = part.get(at + " that ".len()..).unwrap_or("").to_string();
            return Clause { text: content, whole: Some(part.to_string()) };
        }
    }
    Clause { text: part.to_string(), whole: None }
}

/// Korean endings of pure reporting, which say who told rather than what happened.
const KO_SAYING: [&str; 7] = ["밝혔", "말했", "전했", "발표했", "설명했", "보도했", "알렸"];

fn korean_reported(clause: &str) -> Clause {
    let last = clause.split_whitespace().last().unwrap_or("");
    let saying = KO_SAYING.iter().any(|v| last.starts_with(v));
    let quote_end = ["다고 ", "라고 "].iter().filter_map(|m| clause.rfind(m).map(|at| at + m.len() - 1)).max();
    match (saying, quote_end) {
        (true, Some(end)) => {
            let mut content = clause.get(..end).unwrap_or("").trim().to_string();
            // "나토는 … 다고 밝혔습니다": the topic at the start told it.
            let tail_words = clause.get(end..).unwrap_or("").split_whitespace().count();
            let first = content.split_whitespace().next().unwrap_or("");
            if tail_words <= 2 && (first.ends_with('는') || first.ends_with('은')) {
                content = content.get(first.len()..).unwrap_or("").trim().to_string();
            }
            Clause { text: content, whole: Some(clause.to_string()) }
        }
        _ => Clause { text: clause.to_string(), whole: None },
    }
}

/// The two sides of a war named around its cue: "Russia in its war against Ukraine",
/// "우크라이나와 전쟁 중인 러시아".
fn war_sides(text: &str, mentions: &[Mention], cue: (usize, usize)) -> Option<(String, String)> {
    let before = mentions.iter().rfind(|m| m.end <= cue.0)?;
    let after = mentions.iter().find(|m| m.start >= cue.1)?;
    let gap_after = text.get(cue.1..after.start).unwrap_or("").trim();
    let gap_before = text.get(before.end..cue.0).unwrap_or("").trim();
    if gap_after.starts_with("between") {
        // "a clash between Ukrainian forces and North Korean troops"
        let mut sides = mentions.iter().filter(|m| m.start >= cue.1).filter_map(|m| m.ids.first());
        let (a, b) = (sides.next()?, sides.next()?);
        return (a != b).then(|| (a.clone(), b.clone()));
    }
    let against = gap_after.starts_with("against") || gap_after.starts_with("with");
    let korean_with = ["와", "과", "와의", "과의"].contains(&gap_before);
    let (a, b) = (before.ids.first()?, after.ids.first()?);
    if korean_with {
        // "A와 전쟁 중인 B": A and B are the sides.
        return (a != b).then(|| (b.clone(), a.clone()));
    }
    (against && a != b).then(|| (a.clone(), b.clone()))
}

/// Stance belongs to the pair, not the word: troops sent to an ally (a partner in a
/// cooperative relation of the story) are cooperation with it, and hostility toward each
/// side it is at war with. Then repeats of one relation stated in the same place fold into
/// the first-ranked kind.
fn pair_stances(relations: &mut Vec<FoundRelation>) {
    let same_pair = |r: &FoundRelation, a: &str, b: &str| (r.source == a && r.target == b) || (r.source == b && r.target == a);
    let mut added = Vec::new();
    let snapshot = relations.clone();
    for r in relations.iter_mut().filter(|r| r.kind == "deployment") {
        let allied = snapshot.iter().any(|o| {
            o.kind != "deployment" && o.stance == StanceKind::Cooperative && same_pair(o, &r.source, &r.target)
        });
        if !allied {
            continue;
        }
        r.stance = StanceKind::Cooperative;
        for war in snapshot.iter().filter(|o| o.kind == "conflict") {
            let enemy = if war.source == r.target {
                &war.target
            } else if war.target == r.target {
                &war.source
            } else {
                continue;
            };
            if *enemy == r.source {
                continue;
            }
            let mut hostile = r.clone();
            hostile.target = enemy.clone();
            hostile.stance = StanceKind::Hostile;
            hostile.directed = true;
            added.push(hostile);
        }
    }
    for new in added {
        let known = relations.iter().any(|o| {
            o.source == new.source && o.target == new.target && o.stance == new.stance && o.certainty == new.certainty
        });
        if !known {
            relations.push(new);
        }
    }
    // Troops sent to a country that nothing in the story sets against the sender (no hostile
    // relation between them, no war with the sender's partner) are sent to a partner.
    let snapshot = relations.clone();
    for r in relations.iter_mut().filter(|r| r.kind == "deployment" && r.stance == StanceKind::Hostile) {
        let hostile_pair = snapshot.iter().any(|o| {
            o.stance == StanceKind::Hostile && same_pair(o, &r.source, &r.target) && !(o.kind == "deployment" && o.source == r.source && o.target == r.target)
        });
        let partners: Vec<&String> = snapshot
            .iter()
            .filter(|o| o.stance == StanceKind::Cooperative && (o.source == r.source || o.target == r.source))
            .map(|o| if o.source == r.source { &o.target } else { &o.source })
            .collect();
        let at_war_with_partner = snapshot
            .iter()
            .any(|o| o.kind == "conflict" && partners.iter().any(|p| same_pair(o, p, &r.target)));
        if !hostile_pair && !at_war_with_partner {
            r.stance = StanceKind::Cooperative;
        }
    }
    // One statement, one relation: the same pair, direction, stance and certainty read from
    // the same paragraph or quote is one relation, of the first-ranked kind.
    let mut i = 0;
    while i < relations.len() {
        // A long story gives a relation thousands of evidence ids: look them up in a set.
        let evidence: HashSet<&str> = relations.get(i).map(|r| r.evidence.iter().map(String::as_str).collect()).unwrap_or_default();
        let dup = relations.iter().enumerate().position(|(j, o)| {
            let Some(r) = relations.get(i) else { return false };
            j < i
                && ((o.source == r.source && o.target == r.target) || (o.source == r.target && o.target == r.source && !(o.directed && r.directed)))
                && o.stance == r.stance
                && o.certainty == r.certainty
                && o.evidence.iter().any(|e| evidence.contains(e.as_str()))
        });
        drop(evidence);
        match dup {
            Some(j) => {
                let r = relations.remove(i);
                if let Some(o) = relations.get_mut(j) {
                    if kind_info(r.kind).0 < kind_info(o.kind).0 {
                        o.kind = r.kind;
                    }
                    if r.directed && !o.directed {
                        o.directed = true;
                        o.source = r.source.clone();
                        o.target = r.target.clone();
                    }
                    let known: HashSet<String> = o.evidence.iter().cloned().collect();
                    o.evidence.extend(r.evidence.into_iter().filter(|e| !known.contains(e)));
                    o.said_en = o.said_en.take().or(r.said_en);
                    o.said_ko = o.said_ko.take().or(r.said_ko);
                }
            }
            None => i += 1,
        }
    }
}

/// Relations as [`merge`] would build them one by one, with indexes so that a long story
/// does not scan every relation and every evidence id for each new one.
#[derive(Default)]
struct Merged<'t> {
    relations: Vec<FoundRelation>,
    /// (kind, the pair's ids in sorted order, certainty) → index into `relations`
    by_key: HashMap<(&'static str, String, String, CertaintyKind), usize>,
    /// (index into `relations`, evidence id) already recorded
    evidence: HashSet<(usize, &'t str)>,
}

/// The clause a relation is read from, made into its statement only when a relation
/// keeps it: most repeats of a relation already have one.
struct Said<'c> {
    clause: &'c str,
    korean: bool,
}

impl Said<'_> {
    /// Sets `relation`'s statement in the clause's language.
    fn fill(&self, relation: &mut FoundRelation) {
        let slot = if self.korean { &mut relation.said_ko } else { &mut relation.said_en };
        *slot = Some(statement(self.clause));
    }
}

impl<'t> Merged<'t> {
    /// [`merge`] of `new`, stated in `said`, with `evidence` as its one evidence id.
    fn add(&mut self, mut new: FoundRelation, evidence: &'t str, said: Said<'_>) {
        let (a, b) = if new.source <= new.target { (&new.source, &new.target) } else { (&new.target, &new.source) };
        let key = (new.kind, a.clone(), b.clone(), new.certainty);
        let Some(&at) = self.by_key.get(&key) else {
            let at = self.relations.len();
            self.by_key.insert(key, at);
            self.evidence.insert((at, evidence));
            new.evidence.push(evidence.to_string());
            said.fill(&mut new);
            self.relations.push(new);
            return;
        };
        let Some(known) = self.relations.get_mut(at) else { return };
        if self.evidence.insert((at, evidence)) {
            known.evidence.push(evidence.to_string());
        }
        let missing = if said.korean { known.said_ko.is_none() } else { known.said_en.is_none() };
        if missing {
            said.fill(&mut new);
        }
        absorb(known, new);
    }
}

/// Folds a repeat of `known` into it, apart from the evidence: the weakest certainty
/// stands, and a directed reading wins over a mutual one.
fn absorb(known: &mut FoundRelation, new: FoundRelation) {
    // A denial is firmer than a hedge: "may be discussed, which both have denied" is denied;
    // a statement of fact anywhere still stands over both.
    let denied = [known.certainty, new.certainty].contains(&CertaintyKind::Denied);
    let stated = [known.certainty, new.certainty].contains(&CertaintyKind::Reported);
    known.certainty = if denied && !stated { CertaintyKind::Denied } else { known.certainty.min(new.certainty) };
    if known.said_en.is_none() {
        known.said_en = new.said_en.clone();
    }
    if known.said_ko.is_none() {
        known.said_ko = new.said_ko.clone();
    }
    if new.directed && !known.directed {
        known.directed = true;
        known.source = new.source;
        known.target = new.target;
    }
}

/// How many actors `mentions` name, without copying their ids.
fn distinct_count(mentions: &[Mention]) -> usize {
    let mut seen: Vec<&str> = Vec::new();
    for id in mentions.iter().flat_map(|m| m.ids.iter()) {
        if !seen.contains(&id.as_str()) {
            seen.push(id);
        }
    }
    seen.len()
}

fn distinct_ids(mentions: &[Mention]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in mentions.iter().flat_map(|m| m.ids.iter()) {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// The pair of actors a cue relates, or none when it is ambiguous.
fn pair_for(
    mentions: &[Mention],
    distinct: &[String],
    subject: &str,
    cue: (usize, usize),
    near_only: bool,
) -> Option<(String, String)> {
    // Nearest mention to the cue; on a tie the one after it ("cooperation with Russia").
    let nearest = mentions
        .iter()
        .min_by_key(|m| (distance((m.start, m.end), cue), m.start < cue.0))?;
    if near_only && distance((nearest.start, nearest.end), cue) > 20 {
        return None;
    }
    if let [a, b, ..] = nearest.ids.as_slice() {
        return Some((a.clone(), b.clone()));
    }
    if let [a, b] = distinct {
        return Some((a.clone(), b.clone()));
    }
    let cue_actor = nearest.ids.first()?;
    if cue_actor != subject {
        return Some((subject.to_string(), cue_actor.clone()));
    }
    // The subject right before its own cue ("North Korea sent troops to help Russia"): the
    // cue's object is the next actor after it.
    let object = mentions.iter().find(|m| m.start >= cue.1 && m.ids.first().is_some_and(|id| id != subject))?;
    let id = object.ids.first()?;
    (distance((object.start, object.end), cue) <= 40).then(|| (subject.to_string(), id.clone()))
}

pub(crate) fn merge(found: &mut Vec<FoundRelation>, mut new: FoundRelation) {
    let same = |r: &FoundRelation| {
        r.kind == new.kind
            && r.stance == new.stance
            && ((r.source == new.source && r.target == new.target)
                || (r.source == new.target && r.target == new.source && !(r.directed && new.directed)))
    };
    match found.iter_mut().find(|r| same(r)) {
        Some(known) => {
            for e in std::mem::take(&mut new.evidence) {
                if !known.evidence.contains(&e) {
                    known.evidence.push(e);
                }
            }
            absorb(known, new);
        }
        None => found.push(new),
    }
}

/// A one-line summary in English and Korean.
pub fn summary(r: &FoundRelation, name_en: &dyn Fn(&str) -> String, name_ko: &dyn Fn(&str) -> String) -> (String, String) {
    let (label_en, label_ko) = match r.kind {
        "deployment" => ("military deployment", "파병"),
        "severance" => ("severance of ties", "관계 단절"),
        "provocation" => ("provocation", "도발"),
        "threat" => ("threat", "위협"),
        "criticism" => ("criticism", "비판"),
        "sanctions" => ("sanctions", "제재"),
        "cooling" => ("cooling relations", "관계 악화"),
        "conflict" => ("conflict", "충돌"),
        "treaty" => ("treaty", "조약"),
        "alliance" => ("alliance", "동맹"),
        "cooperation" => ("cooperation", "협력"),
        "support" => ("support", "지원"),
        _ => ("talks", "대화"),
    };
    let (hedge_en, hedge_ko) = match r.certainty {
        CertaintyKind::Reported => ("", ""),
        CertaintyKind::Analysis => (" (analysis)", " (분석)"),
        CertaintyKind::Expected => (" (expected)", " (전망)"),
        CertaintyKind::Possible => (" (possible)", " (가능성)"),
        CertaintyKind::Denied => (" (denied)", " (부인)"),
    };
    let (s_en, t_en, s_ko, t_ko) = (name_en(&r.source), name_en(&r.target), name_ko(&r.source), name_ko(&r.target));
    if let (Some(en), Some(ko)) = (&r.said_en, &r.said_ko) {
        return (en.clone(), ko.clone());
    }
    let (en, ko) = if r.directed {
        (
            format!("{s_en} toward {t_en}: {label_en}{hedge_en}"),
            format!("{s_ko} → {t_ko}: {label_ko}{hedge_ko}"),
        )
    } else {
        (
            format!("{s_en} and {t_en}: {label_en}{hedge_en}"),
            format!("{s_ko}·{t_ko}: {label_ko}{hedge_ko}"),
        )
    };
    (r.said_en.clone().unwrap_or(en), r.said_ko.clone().unwrap_or(ko))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(text: &str) -> Vec<(String, String, bool, &'static str, CertaintyKind)> {
        // Stances are checked in `stance_belongs_to_the_pair`.
        let g = Gazetteer::new();
        let t = [EvidenceText { id: "p1".into(), text, speaker_actor: None }];
        extract(&g, &t)
            .into_iter()
            .map(|r| (r.source, r.target, r.directed, r.kind, r.certainty))
            .collect()
    }

    #[test]
    fn cues_and_hedges() {
        use CertaintyKind::*;
        let s = |a: &str| a.to_string();
        let cases = [
            ("North Korea and Russia signed a treaty.", vec![(s("north-korea"), s("russia"), false, "treaty", Reported)]),
            ("Russia is expected to expand cooperation with Beijing.", vec![(s("russia"), s("china"), false, "cooperation", Expected)]),
            ("Pyongyang has denied sending troops to Ukraine.", vec![(s("north-korea"), s("ukraine"), true, "deployment", Denied)]),
            ("As war fatigue grows, support from the North matters to Moscow.", vec![(s("north-korea"), s("russia"), true, "support", Reported)]),
            (
                "North Korea sent troops to help Russia in its war against Ukraine.",
                vec![
                    (s("north-korea"), s("russia"), true, "deployment", Reported),
                    (s("russia"), s("ukraine"), false, "conflict", Reported),
                    (s("north-korea"), s("ukraine"), true, "deployment", Reported),
                ],
            ),
            ("Russia signed a pact with China, and it is expected that Japan will protest to China.", vec![
                (s("russia"), s("china"), false, "treaty", Reported),
                (s("japan"), s("china"), true, "criticism", Expected),
            ]),
            ("북한이 러시아에 병력을 보냈습니다 일본은 중국과 대화했습니다", vec![(s("japan"), s("china"), false, "talks", Reported)]),
            ("Officials in Seoul and Tokyo held talks.", vec![]),
            ("북한과 러시아의 협력이 강화되고 있다고 분석됩니다.", vec![(s("north-korea"), s("russia"), false, "cooperation", Analysis)]),
            ("Japan's weather was mild.", vec![]),
        ];
        for (text, want) in cases {
            assert_eq!(rel(text), want, "{text}");
        }
    }

    #[test]
    fn stance_belongs_to_the_pair() {
        let g = Gazetteer::new();
        let t = [EvidenceText { id: "p1".into(), text: "North Korea sent troops to help Russia in its war against Ukraine.", speaker_actor: None }];
        let stances: Vec<(String, StanceKind)> = extract(&g, &t).into_iter().map(|r| (r.target, r.stance)).collect();
        assert_eq!(
            stances,
            [("russia".to_string(), StanceKind::Cooperative), ("ukraine".to_string(), StanceKind::Hostile), ("ukraine".to_string(), StanceKind::Hostile)],
            "{:#?}",
            extract(&g, &t)
        );
    }

    #[test]
    fn the_two_countries_are_the_last_two_named() {
        let g = Gazetteer::new();
        let t = [
            EvidenceText { id: "p1".into(), text: "China and Japan met.", speaker_actor: None },
            EvidenceText { id: "p2".into(), text: "The two countries agreed to deepen cooperation.", speaker_actor: None },
        ];
        let found = extract(&g, &t);
        assert_eq!(found.len(), 1);
        assert_eq!(found.first().map(|r| r.evidence.clone()), Some(vec!["p2".to_string()]));
    }
}
