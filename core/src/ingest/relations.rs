//! Relation extraction: each sentence is cut into clauses, and where a clause names two
//! actors, its cue words give the kind and stance of their relation and its hedges how
//! certain it is.
//!
//! The rules are deliberately shallow and predictable, since an editor reviews the output:
//! - a clause's subject is its first actor (in Korean, the first with a subject particle;
//!   after a passive's "by", its agent; in a second verb of one subject, "… and requested",
//!   the subject before it); a cue relates the subject to the actor nearest the cue;
//! - troops are sent from the actor they belong to, to the actor named as where they go
//!   ("to Russia", "러시아에"); without a destination a deployment relates no one;
//! - who reports a statement ("NATO said that", "told CNN that", "…다고 밝혔습니다") is not a
//!   party to what it reports, unless the report says "it" or "we" of them;
//! - an actor named as a topic ("trends related to the North") or as a giver ("sanctions
//!   from the United States") is not the target of a hostile cue;
//! - "the two countries", "each other", "양국" stand for the two actors named most recently;
//!   "we"/"우리" in a quote for the speaker's organisation;
//! - stance belongs to the pair: troops sent to a partner and talks between partners are
//!   cooperation.
//!
//! One relation is kept per pair, direction, stance and certainty: its kind is the strongest
//! cue that stated it, its evidence every paragraph and quote that did, its statement the
//! first clause that did.

use std::ops::Range;

use super::gazetteer::{Gazetteer, Mention};
use super::text::{char_at, char_before, has_hangul, is_hangul, sentences, IdMap, IdSet, Words};

/// How an actor stands toward another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// What [`extract`] reads from a story's texts.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// The relations, in the order first stated.
    pub relations: Vec<FoundRelation>,
    /// Every actor the texts name (and every quoted speaker's actor), in order of first
    /// mention.
    pub mentioned: Vec<String>,
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

/// Kinds in priority order, with their stance and whether they have a direction: when one
/// clause gives several kinds for a pair, the first wins.
const KINDS: [(&str, StanceKind, bool); 19] = [
    ("deployment", StanceKind::Hostile, true),
    ("severance", StanceKind::Hostile, true),
    ("provocation", StanceKind::Hostile, true),
    ("retaliation", StanceKind::Hostile, true),
    ("sanctions", StanceKind::Hostile, true),
    ("trade-measures", StanceKind::Hostile, true),
    ("threat", StanceKind::Hostile, true),
    ("criticism", StanceKind::Hostile, true),
    ("confrontation", StanceKind::Hostile, true),
    ("conflict", StanceKind::Hostile, false),
    // Relations that cool between partners are not open hostility.
    ("cooling", StanceKind::Neutral, false),
    ("treaty", StanceKind::Cooperative, false),
    ("alliance", StanceKind::Cooperative, false),
    ("agreement", StanceKind::Cooperative, false),
    ("cooperation", StanceKind::Cooperative, false),
    ("support", StanceKind::Cooperative, true),
    ("request", StanceKind::Cooperative, true),
    // A meeting during a visit ("met … during her visit to Moscow") is the two sides'.
    ("talks", StanceKind::Neutral, false),
    ("visit", StanceKind::Neutral, true),
];

const CUES: [Cue; 280] = [
    whole("fined", "sanctions"), whole("fines", "sanctions"), cue("과징금", "sanctions"), cue("벌금", "sanctions"),
    cue("sanction", "sanctions"), cue("제재", "sanctions"),
    cue("accus", "criticism"), cue("blame", "criticism"), cue("grievance", "criticism"), cue("비난", "criticism"),
    cue("반발", "criticism"), cue("regret", "criticism"), cue("condemn", "criticism"), cue("criticiz", "criticism"),
    cue("criticis", "criticism"), cue("protest", "criticism"), cue("denounc", "criticism"), cue("유감", "criticism"),
    cue("규탄", "criticism"), cue("비판", "criticism"), cue("항의", "criticism"), cue("불만", "criticism"),
    whole("help", "support"), whole("helped", "support"), whole("helping", "support"), cue("돕", "support"),
    cue("support", "support"), cue("siding with", "support"), whole("aid", "support"), cue("지원", "support"),
    cue("편들기", "support"), cue("두둔", "support"), cue("transfer", "support"), cue("provid", "support"),
    whole("supplied", "support"), whole("supplying", "support"), cue("제공", "support"), cue("전수", "support"),
    cue("receiv", "support"), cue("수입을 확대", "support"), cue("수입을 늘리", "support"),
    cue("working with", "cooperation"), cue("working closely with", "cooperation"), cue("work with", "cooperation"),
    whole("share", "cooperation"), whole("shared", "cooperation"), whole("sharing", "cooperation"),
    cue("공유", "cooperation"), cue("jointly", "cooperation"), cue("together", "cooperation"),
    cue("cooperat", "cooperation"), cue("synchroniz", "cooperation"), cue("closely communicating", "cooperation"),
    whole("close ties", "cooperation"), cue("close relationship", "cooperation"),
    cue("partnership", "cooperation"), cue("협력", "cooperation"), cue("공조", "cooperation"), cue("밀착", "cooperation"),
    cue("deploy", "deployment"), cue("dispatch", "deployment"), whole("troops", "deployment"),
    whole("soldiers", "deployment"), whole("send troops", "deployment"), cue("파병", "deployment"),
    cue("파견", "deployment"),
    cue("severance", "severance"), whole("sever", "severance"), whole("severed", "severance"),
    cue("hostil", "severance"), cue("단절", "severance"), cue("적대", "severance"),
    cue("provocat", "provocation"), cue("provok", "provocation"), cue("도발", "provocation"),
    cue("retaliat", "retaliation"), cue("counter-tariff", "retaliation"), cue("보복", "retaliation"),
    cue("맞대응", "retaliation"), whole("punch back", "retaliation"),
    whole("tariff", "trade-measures"), whole("tariffs", "trade-measures"), cue("관세", "trade-measures"),
    cue("export control", "trade-measures"), cue("restrict", "trade-measures"), whole("blocking", "trade-measures"),
    cue("수출 통제", "trade-measures"), cue("수출 규제", "trade-measures"), cue("embargo", "trade-measures"),
    cue("import ban", "trade-measures"), cue("금수 조치", "trade-measures"), cue("금수조치", "trade-measures"),
    cue("수입 금지", "trade-measures"), cue("수입금지", "trade-measures"), cue("전면 금지", "trade-measures"),
    cue("threat", "threat"), whole("warned", "threat"), whole("warning", "threat"), whole("warns", "threat"),
    cue("pressure", "threat"), cue("위협", "threat"), cue("경고", "threat"), cue("압박", "threat"),
    cue("confront", "confrontation"), cue("occupied", "confrontation"), cue("repel", "confrontation"), cue("standoff", "confrontation"), whole("at odds", "confrontation"),
    cue("hardline", "confrontation"), cue("intercept", "confrontation"), cue("맞서", "confrontation"),
    cue("맞선", "confrontation"), cue("대치", "confrontation"), cue("대립", "confrontation"),
    cue("갈등", "confrontation"), cue("공방", "confrontation"),
    near("war", "conflict"), near("attack", "conflict"), cue("invasion", "conflict"), cue("invade", "conflict"),
    cue("clash", "conflict"), cue("fighting", "conflict"), near("전쟁", "conflict"), cue("무역전쟁", "conflict"),
    cue("침공", "conflict"), cue("충돌", "conflict"), near("공격", "conflict"), cue("교전", "conflict"),
    cue("deteriorat", "cooling"), cue("cooling", "cooling"), cue("cooled", "cooling"), cue("strained", "cooling"),
    whole("rift", "cooling"), cue("tension", "confrontation"), cue("긴장", "confrontation"), cue("worsen", "cooling"), cue("악화", "cooling"),
    cue("냉각", "cooling"), cue("소원", "cooling"),
    cue("treaty", "treaty"), cue("ratif", "treaty"), whole("pact", "treaty"), cue("조약", "treaty"),
    cue("비준", "treaty"), cue("협정", "treaty"),
    cue("alliance", "alliance"), whole("ally", "alliance"), whole("allies", "alliance"), cue("동맹", "alliance"),
    whole("agreed", "agreement"), whole("agreement", "agreement"), whole("truce", "agreement"),
    whole("paused", "agreement"), cue("합의", "agreement"), cue("휴전", "agreement"),
    cue("request", "request"), whole("asked", "request"), whole("urged", "request"), whole("called on", "request"),
    cue("요청", "request"), cue("촉구", "request"),
    whole("visit", "visit"), whole("visits", "visit"), whole("visited", "visit"), whole("trip", "visit"),
    cue("방문", "visit"), cue("방미", "visit"), cue("방러", "visit"), cue("방중", "visit"),
    whole("duties", "trade-measures"), whole("levies", "trade-measures"), whole("meet", "talks"), whole("meets", "talks"),
    whole("left for", "visit"), cue("찾았", "visit"), cue("찾아가", "visit"), whole("ask", "request"),
    whole("talks", "talks"), cue("summit", "talks"), cue("dialogue", "talks"), cue("negotiat", "talks"),
    whole("meeting", "talks"), whole("met", "talks"), whole("phone call", "talks"), whole("communicated", "talks"),
    cue("회담", "talks"), cue("대화", "talks"), cue("협상", "talks"), cue("통화", "talks"), cue("만남", "talks"),
    cue("회동", "talks"), cue("만나", "talks"), cue("협의", "talks"), whole("consultations", "talks"),
    // Kin of the words above, as news copy varies them.
    cue("slammed", "criticism"), cue("rebuk", "criticism"), cue("lashed out", "criticism"), cue("반박", "criticism"),
    whole("rejected", "criticism"), whole("opposed", "criticism"), whole("opposes", "criticism"), cue("objection", "criticism"),
    cue("반대", "criticism"), whole("hit back", "retaliation"), cue("countermeasure", "retaliation"), cue("응수", "retaliation"),
    whole("dispute", "confrontation"), whole("feud", "confrontation"), whole("spat", "confrontation"), cue("friction", "confrontation"),
    cue("heated exchange", "confrontation"), cue("war of words", "confrontation"), cue("견제", "confrontation"),
    cue("마찰", "confrontation"), cue("신경전", "confrontation"), cue("설전", "confrontation"), cue("거부", "confrontation"),
    cue("in step with", "cooperation"), cue("coordinat", "cooperation"), cue("teamed up", "cooperation"), cue("joined forces", "cooperation"),
    cue("손잡", "cooperation"), cue("손을 잡", "cooperation"), cue("연대", "cooperation"), cue("발맞", "cooperation"), cue("동참", "cooperation"),
    whole("welcomed", "support"), whole("welcomes", "support"), whole("backed", "support"), cue("endors", "support"), cue("concession", "support"),
    cue("지지", "support"), cue("환영", "support"), cue("양보", "support"),
    whole("deal", "agreement"), whole("signed", "agreement"), whole("accord", "agreement"), cue("memorandum", "agreement"),
    cue("체결", "agreement"), cue("서명", "agreement"), cue("타결", "agreement"), cue("양해각서", "agreement"),
    whole("cancelled", "confrontation"), whole("canceled", "confrontation"), whole("called off", "confrontation"),
    cue("취소", "confrontation"), cue("incursion", "provocation"), cue("intrusion", "provocation"), cue("침범", "provocation"),
    cue("arrived in", "visit"), cue("traveled to", "visit"), cue("travelled to", "visit"), whole("flew to", "visit"), whole("headed to", "visit"),
    // "will be discussed" names no one who talks.
    // Allies drill together; one state meddles in another's affairs.
    cue("연합훈련", "cooperation"), cue("합동훈련", "cooperation"), cue("연합연습", "cooperation"), cue("군사연습", "cooperation"),
    cue("joint drill", "cooperation"), cue("joint exercise", "cooperation"), cue("joint military", "cooperation"),
    cue("과 함께", "cooperation"), cue("와 함께", "cooperation"),
    cue("간섭", "confrontation"), cue("침해", "confrontation"), cue("interfer", "confrontation"), cue("infring", "confrontation"),
    // What talks end in together.
    cue("joint statement", "agreement"), cue("joint declaration", "agreement"), cue("joint press conference", "cooperation"),
    cue("공동성명", "agreement"), cue("공동선언", "agreement"), cue("공동 기자회견", "cooperation"), cue("공동언론발표", "cooperation"),
    whole("discussions", "talks"), cue("discussed with", "talks"), whole("discuss with", "talks"), cue("논의", "talks"), cue("면담", "talks"), cue("접촉", "talks"),
];

/// Hedges and how certain they make a clause; whole words are marked.
const HEDGES: [(&str, CertaintyKind, bool); 61] = [
    // What is only weighed, or hangs on a condition, has not happened.
    ("considering", CertaintyKind::Possible, true), ("weighing", CertaintyKind::Possible, true),
    ("whether", CertaintyKind::Possible, true),
    ("검토", CertaintyKind::Possible, false), ("불투명", CertaintyKind::Possible, false),
    ("denied", CertaintyKind::Denied, false), ("denies", CertaintyKind::Denied, false),
    ("deny", CertaintyKind::Denied, true), ("부인", CertaintyKind::Denied, false),
    ("possibility", CertaintyKind::Possible, false), ("possible", CertaintyKind::Possible, false),
    ("possibly", CertaintyKind::Possible, false), ("may", CertaintyKind::Possible, true),
    ("might", CertaintyKind::Possible, true), ("could", CertaintyKind::Possible, true),
    ("speculation", CertaintyKind::Possible, false), ("가능성", CertaintyKind::Possible, false),
    ("개연성", CertaintyKind::Possible, false),
    ("will", CertaintyKind::Expected, true), ("'ll ", CertaintyKind::Expected, false), ("\u{2019}ll ", CertaintyKind::Expected, false),
    ("할 계획", CertaintyKind::Expected, false), ("할 방침", CertaintyKind::Expected, false),
    ("expected", CertaintyKind::Expected, false), ("is likely", CertaintyKind::Expected, false),
    ("are likely", CertaintyKind::Expected, false), ("will likely", CertaintyKind::Expected, false),
    ("forecast", CertaintyKind::Expected, false), ("plans to", CertaintyKind::Expected, false),
    ("plan to", CertaintyKind::Expected, false), ("is set to", CertaintyKind::Expected, false),
    ("imminent", CertaintyKind::Expected, false), ("are ready to", CertaintyKind::Expected, false),
    ("is ready to", CertaintyKind::Expected, false), ("전망", CertaintyKind::Expected, false),
    ("예상", CertaintyKind::Expected, false), ("예정", CertaintyKind::Expected, false),
    ("analyzed", CertaintyKind::Analysis, false), ("analysed", CertaintyKind::Analysis, false),
    ("analysis", CertaintyKind::Analysis, false), ("analyses", CertaintyKind::Analysis, false),
    ("assessed", CertaintyKind::Analysis, false), ("seems", CertaintyKind::Analysis, false),
    ("seem", CertaintyKind::Analysis, true), ("appears", CertaintyKind::Analysis, false),
    ("appear", CertaintyKind::Analysis, true), ("is seen as", CertaintyKind::Analysis, false),
    ("believed", CertaintyKind::Analysis, false), ("interpreted", CertaintyKind::Analysis, false),
    ("observations", CertaintyKind::Analysis, false), ("indicate", CertaintyKind::Analysis, false), ("suggest", CertaintyKind::Analysis, false),
    ("분석", CertaintyKind::Analysis, false), ("보인다", CertaintyKind::Analysis, false),
    ("보입니다", CertaintyKind::Analysis, false), ("보이는", CertaintyKind::Analysis, false),
    ("관측", CertaintyKind::Analysis, false), ("해석", CertaintyKind::Analysis, false),
    ("평가", CertaintyKind::Analysis, false), ("풀이", CertaintyKind::Analysis, false),
    ("추정", CertaintyKind::Analysis, false),
];

const PAIR_WORDS: [&str; 20] = [
    "the two countries", "both countries", "the two sides", "both sides", "the two nations", "both nations",
    "each other", "one another", "양국", "두 나라", "양측", "서로",
    // Their leaders and ministers stand for them.
    "the two leaders", "both leaders", "the two ministers", "both ministers", "두 정상", "양 정상", "두 장관", "양측 장관",
];
const WE_WORDS: [&str; 5] = ["We ", "we ", " us ", " our ", "우리"];

/// Reporting verbs (English): who says it is not a party to what is said.
const EN_SAYING: [&str; 38] = [
    "said", "says", "say", "stated", "states", "stating", "told", "tells", "claimed", "claims", "claiming",
    "added", "noted", "reported", "report", "reports", "announced", "confirmed", "confirms", "emphasized",
    "stressed", "mentioned", "explained", "revealed", "insisted", "argued", "emerged", "saying", "believe", "believes",
    "suggests", "analyzed", "analysed", "predicted", "wrote", "observed", "estimated", "forecasts",
];

/// Whether `word` is one of the [`EN_SAYING`] verbs. Clause cutting asks this of many
/// words: a table of the lengths of the verbs by their first byte rules out most words
/// with one test, and comparing the length and the first byte first rules out most verbs
/// without a call to `memcmp`.
fn is_saying(word: &str) -> bool {
    static LENGTHS: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let lengths = LENGTHS.get_or_init(|| {
        let mut lengths = [0u32; 256];
        for verb in EN_SAYING {
            let bit = u32::try_from(verb.len()).ok().and_then(|len| 1u32.checked_shl(len));
            if let (Some(slot), Some(bit)) = (verb.bytes().next().and_then(|first| lengths.get_mut(usize::from(first))), bit) {
                *slot |= bit;
            }
        }
        lengths
    });
    let of_first = word.bytes().next().and_then(|first| lengths.get(usize::from(first))).copied().unwrap_or(0);
    let bit = u32::try_from(word.len()).ok().and_then(|len| 1u32.checked_shl(len));
    if bit.is_none_or(|bit| of_first & bit == 0) {
        return false;
    }
    EN_SAYING.iter().any(|verb| verb.len() == word.len() && verb.bytes().next() == word.bytes().next() && *verb == word)
}

/// Korean endings of pure reporting, which say who told rather than what happened.
const KO_SAYING: [&str; 14] =
    ["밝혔", "말했", "전했", "발표했", "설명했", "보도했", "알렸", "주장했", "강조했", "확인했", "공개했", "덧붙였", "썼", "했"];

/// Words before an actor that make it what a statement is about, not a party to it.
const TOPIC_MARKERS: [&str; 5] = ["related to", "regarding", "concerning", "about", "on the issue of"];

/// Nouns of armed forces, whose owner is who sends them.
const FORCES: [&str; 6] = ["troops", "soldiers", "military", "forces", "army", "units"];

fn kind_info(kind: &str) -> (usize, StanceKind, bool) {
    KINDS
        .iter()
        .position(|(k, _, _)| *k == kind)
        .and_then(|i| KINDS.get(i).map(|(_, s, d)| (i, *s, *d)))
        .unwrap_or((usize::MAX, StanceKind::Neutral, false))
}

/// A stretch of a sentence, by byte offsets.
type Span = Range<usize>;

/// One clause of a sentence: the stretches it is made of (a relative clause is its
/// antecedent and its own words), and for reported speech where the report begins.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Clause {
    spans: Vec<Span>,
    /// The offset where what is reported begins; what comes before it (in the first span)
    /// says who reports it.
    content_from: Option<usize>,
    /// A second verb of the subject before it ("… and requested"): that subject is this
    /// clause's too.
    shares_subject: bool,
}

impl Clause {
    fn whole(span: Span) -> Self {
        Clause { spans: vec![span], content_from: None, shares_subject: false }
    }

    fn contains(&self, m: &Mention<'_>) -> bool {
        self.holds(m.start, m.end)
    }

    /// Whether the bytes `start..end` of the sentence lie within one of the clause's spans.
    fn holds(&self, start: usize, end: usize) -> bool {
        self.spans.iter().any(|s| s.start <= start && end <= s.end)
    }

    /// Where what the clause states begins: after "X said that", if it opens so.
    fn content_start(&self) -> usize {
        self.content_from.unwrap_or(0)
    }

    /// Whether a cue hit lies in what the clause states.
    fn states(&self, &(start, end, _): &(usize, usize, usize)) -> bool {
        self.holds(start, end) && start >= self.content_start()
    }

    fn start(&self) -> usize {
        self.spans.first().map_or(0, |s| s.start)
    }

    fn text(&self, sentence: &str) -> String {
        let parts: Vec<&str> = self.spans.iter().filter_map(|s| sentence.get(s.clone())).map(str::trim).collect();
        parts.join(" ")
    }
}

/// Reads relations from texts in story order, and the actors they name.
///
/// Each sentence is cut into clauses ([`clauses`]); a relation's certainty is read from the
/// clause that states it, and that clause is its statement.
pub fn extract<'g>(gazetteer: &'g Gazetteer, texts: &[EvidenceText<'_>]) -> Extracted {
    let mut found = Merged::default();
    let mut mentioned: Vec<String> = Vec::new();
    let mut seen: IdSet<&str> = IdSet::default();
    let mut note = |id: &'g str, mentioned: &mut Vec<String>| {
        if seen.insert(id) {
            mentioned.push(id.to_string());
        }
    };
    let mut recent: Vec<&str> = Vec::new();
    // The subject of the last sentence of the narration that had one, for a sentence that
    // opens with "He", "They", "그는".
    let mut last_subject: Option<&str> = None;
    for unit in texts {
        let speaker = unit.speaker_actor.as_deref().and_then(|a| gazetteer.get(a)).map(|e| e.id.as_str());
        for sentence in sentences(unit.text) {
            let mut mentions = gazetteer.mentions(sentence);
            for id in mentions.iter().flat_map(|m| m.ids.iter()) {
                note(id.as_str(), &mut mentioned);
            }
            if let Some(actor) = speaker {
                note(actor, &mut mentioned);
            }
            let pronoun = if speaker.is_none() { last_subject.zip(opening_pronoun(sentence)) } else { None };
            if let Some((entry, at)) = pronoun.and_then(|(id, at)| gazetteer.get(id).map(|e| (e, at))) {
                let named_before = mentions.iter().any(|m| m.start < at);
                if !named_before && !mentions.iter().any(|m| m.ids.first() == Some(&entry.id)) {
                    mentions.insert(0, Mention { start: at, end: at, ids: std::slice::from_ref(&entry.id) });
                }
            }
            // A sentence that names fewer than two actors, with no "the two countries" and no
            // speaker behind a "we", states no relation: it only updates the actors named
            // most recently, and is not cut up.
            let names_two = distinct(mentions.iter()).len() >= 2;
            // One actor aiming at "this cooperation" may state a relation too.
            // Lowercased before the test for pair words: one pass over the lowercase text
            // finds them all, where a search ignoring case would take one pass per word.
            let lower = sentence.to_ascii_lowercase();
            let points_back = || !mentions.is_empty() && !found.relations.is_empty() && points_back(&lower);
            if !names_two && speaker.is_none() && !names_pair(&lower) && !points_back() {
                last_subject = subject_of(sentence, &mentions, false).or(last_subject);
                remember(&mut recent, &mentions);
                continue;
            }
            let hits = cue_hits(&lower, &mentions);
            let mut previous = Outcome::default();
            let mut sentence_subject: Option<&str> = None;
            let korean = has_hangul(sentence);
            // Whether anything in the sentence is said to be discussed or negotiated: read once,
            // when a cue first asks.
            let talked_of = std::cell::OnceCell::new();
            for clause in clauses(sentence) {
                let read = Reading { gazetteer, sentence, lower: &lower, mentions: &mentions, hits: &hits, korean, talked_of: &talked_of };
                previous = read.clause(&clause, speaker, &recent, &previous, unit.id.as_str(), &mut found);
                sentence_subject = sentence_subject.or(previous.subject);
            }
            if speaker.is_none() {
                last_subject = sentence_subject.or(last_subject);
            }
            remember(&mut recent, &mentions);
        }
    }
    let mut relations = found.relations;
    pair_stances(&mut relations);
    Extracted { relations, mentioned }
}

/// Whether `lower` (a sentence's or a clause's lowercase text) holds one of the [`PAIR_WORDS`]: one pass
/// over it rather than one search per word.
fn names_pair(lower: &str) -> bool {
    static WORDS: std::sync::OnceLock<Words<'static>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Words::new(PAIR_WORDS.iter().copied()));
    let mut found = false;
    words.each_occurrence(lower, |_, _| found = true);
    found
}

/// Where the first of the [`WE_WORDS`] is in `text`: one pass over it rather than one
/// substring search per word, for every clause of a quote.
fn first_we_word(text: &str) -> Option<usize> {
    static WORDS: std::sync::OnceLock<Words<'static>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Words::new(WE_WORDS.iter().copied()));
    // Occurrences come in text order, so the first is the earliest of any word.
    let mut first = None;
    words.each_occurrence(text, |_, at| {
        first.get_or_insert(at);
    });
    first
}

/// Moves the actors of `mentions` to the end of the recently named, in order.
fn remember<'g>(recent: &mut Vec<&'g str>, mentions: &[Mention<'g>]) {
    for id in mentions.iter().flat_map(|m| m.ids.iter()) {
        recent.retain(|r| *r != id.as_str());
        recent.push(id.as_str());
    }
}

/// The distinct actors of some mentions, in order.
fn distinct<'g, 'm>(mentions: impl Iterator<Item = &'m Mention<'g>>) -> Vec<&'g str>
where
    'g: 'm,
{
    let mut out: Vec<&str> = Vec::new();
    for id in mentions.flat_map(|m| m.ids.iter()) {
        if !out.contains(&id.as_str()) {
            out.push(id);
        }
    }
    out
}

/// One sentence being read: its text, lowercase text, mentions and cue hits.
struct Reading<'s, 'g> {
    gazetteer: &'g Gazetteer,
    sentence: &'s str,
    lower: &'s str,
    mentions: &'s [Mention<'g>],
    hits: &'s [(usize, usize, usize)],
    /// Whether the sentence is Korean.
    korean: bool,
    /// Whether the sentence says something is discussed or negotiated ([`discussed_after`]),
    /// once asked.
    talked_of: &'s std::cell::OnceCell<bool>,
}

/// A relation a clause states, before it is made.
struct Choice<'a> {
    pair: (String, String),
    stance: StanceKind,
    /// The kind, as an index into [`KINDS`].
    rank: usize,
    subject: Option<&'a str>,
    /// Still to come ("ahead of the summit").
    to_come: bool,
    /// Named as an actor's act, and so taken as given ("Russia's siding with …").
    given: bool,
}

/// What a clause leaves to the next clause of its sentence: its subject (for a second verb
/// of it, "… and requested"), and the two actors it named, if it named exactly two (for a
/// clause that names none, "…셈인데, 협상도 속도를 낼 것으로 보입니다").
#[derive(Debug, Clone, Copy, Default)]
struct Outcome<'g> {
    subject: Option<&'g str>,
    pair: Option<[&'g str; 2]>,
}

/// Where a sentence's subject is a pronoun that stands for the subject before it: at its
/// start ("He warned …", "They stated …", "그는 …") or after a short opening phrase ("Yet at
/// the same time, they expressed …"). "It" is left out, as it opens so many sentences about
/// no one ("It is reported that …").
fn opening_pronoun(sentence: &str) -> Option<usize> {
    let start = sentence.len() - sentence.trim_start().len();
    const OPENING: [&str; 11] = ["He ", "She ", "They ", "He'll ", "He\u{2019}ll ", "She'll ", "She\u{2019}ll ", "They'll ", "They\u{2019}ll ", "그는 ", "그녀는 "];
    if OPENING.iter().any(|p| sentence.get(start..).is_some_and(|t| t.starts_with(p))) {
        return Some(start);
    }
    let comma = sentence.get(..sentence.len().min(40)).and_then(|head| head.find(", "))? + 2;
    ["he ", "she ", "they "].iter().any(|p| sentence.get(comma..).is_some_and(|t| t.starts_with(p))).then_some(comma)
}

impl<'g> Reading<'_, 'g> {
    /// Reads one clause into `found`; returns what the next clause of the sentence may take
    /// from it.
    fn clause<'t>(
        &self,
        clause: &Clause,
        speaker: Option<&'g str>,
        recent: &[&'g str],
        previous: &Outcome<'g>,
        evidence: &'t str,
        found: &mut Merged<'t>,
    ) -> Outcome<'g> {
        let previous_subject = previous.subject;
        let sentence = self.sentence;
        let content_from = clause.content_start();
        let in_clause: Vec<Mention<'g>> = self.mentions.iter().filter(|m| clause.contains(m)).copied().collect();
        let mut parties: Vec<Mention<'g>> = in_clause.iter().filter(|m| m.start >= content_from).copied().collect();
        // Joined only for the clauses that are searched for words: most are not.
        let content = std::cell::OnceCell::new();
        let content = || {
            content.get_or_init(|| {
                clause.spans.iter().filter_map(|s| self.lower.get(s.start.max(content_from).min(s.end)..s.end)).collect::<Vec<_>>().join(" ")
            })
        };
        // "Russia said it would …": the reporter is the one the report speaks of.
        if let Some(at) = in_clause.iter().find(|m| m.start < content_from) {
            if has_word(content(), &["it", "its", "they", "their", "we", "our", "her", "his"]) {
                parties.insert(0, Mention { start: at.start, end: at.end, ids: at.ids });
            }
        }
        // A Korean clause with its own subject ("…하고, 중국이 …") does not take the one before.
        let own_subject = || {
            parties.iter().any(|m| SUBJECT_PARTICLES.iter().any(|p| sentence.get(m.end..).is_some_and(|t| t.starts_with(p))))
        };
        if clause.shares_subject && !(self.korean && own_subject()) {
            if let Some(id) = previous_subject.and_then(|s| self.gazetteer.get(s)) {
                let at = clause.start();
                parties.insert(0, Mention { start: at, end: at, ids: std::slice::from_ref(&id.id) });
            }
        }
        if let Some(actor) = speaker.and_then(|s| self.gazetteer.get(s)) {
            // "We have reason to believe that Moscow …": a "we" that only reports is no party.
            let from = clause.start().max(content_from);
            let padded = format!(" {} ", sentence.get(from..clause.spans.last().map_or(0, |s| s.end)).unwrap_or(""));
            if let Some(at) = first_we_word(&padded) {
                let at = (from + at.saturating_sub(1)).min(sentence.len());
                parties.push(Mention { start: at, end: at, ids: std::slice::from_ref(&actor.id) });
            }
        }
        let mut pair_store: Vec<String> = Vec::new();
        if distinct(parties.iter()).len() < 2 && names_pair(content()) {
            if let [.., a, b] = recent {
                pair_store = vec![(*a).to_string(), (*b).to_string()];
            }
        }
        // A clause that names no actor but states a relation is about the pair the clause
        // before it named.
        if parties.is_empty() && pair_store.is_empty() {
            if let Some([a, b]) = previous.pair {
                let has_cue = self.hits.iter().any(|&(s, e, _)| clause.holds(s, e));
                if has_cue {
                    pair_store = vec![a.to_string(), b.to_string()];
                }
            }
        }
        // "Canada announced the duties …, and Beijing said it is considering countermeasures":
        // a clause naming one of the pair the clause before it named, with an act aimed at
        // someone, aims it at the other.
        if pair_store.is_empty() {
            if let (Some([a, b]), [only]) = (previous.pair, distinct(parties.iter()).as_slice()) {
                let other = if *only == a { Some(b) } else if *only == b { Some(a) } else { None };
                let aimed = self.hits.iter().filter(|hit| clause.states(hit)).any(|&(_, _, ci)| {
                    CUES.get(ci).is_some_and(|c| {
                        let (_, stance, directed) = kind_info(c.kind);
                        directed && stance != StanceKind::Neutral && c.kind != "deployment"
                    })
                });
                if let Some(entry) = other.filter(|_| aimed).and_then(|o| self.gazetteer.get(o)) {
                    let at = clause.spans.last().map_or(0, |s| s.end);
                    parties.push(Mention { start: at, end: at, ids: std::slice::from_ref(&entry.id) });
                }
            }
        }
        let pair_mention = (pair_store.len() == 2).then(|| {
            let at = clause.start();
            Mention { start: at, end: at, ids: pair_store.as_slice() }
        });
        let mut parties: Vec<Mention<'_>> = parties.into_iter().chain(pair_mention).collect();
        parties.sort_by_key(|m| m.start);
        parties.dedup_by(|a, b| a.ids == b.ids && a.start == b.start);
        let names = distinct(parties.iter());
        let own = |id: &str| self.gazetteer.get(id).map(|e| e.id.as_str());
        if names.len() < 2 {
            let subject = names.first().copied().and_then(own).or(previous_subject);
            if let (Some(who), [_]) = (subject, names.as_slice()) {
                self.back_reference(clause, who, evidence, found);
            }
            return Outcome { subject, pair: None };
        }
        let pair = match names.as_slice() {
            [a, b] => own(a).zip(own(b)).map(|(a, b)| [a, b]),
            _ => None,
        };
        // Read only for a clause that states a relation.
        let mut certainty: Option<CertaintyKind> = None;
        let subject = subject_of(sentence, &parties, clause.shares_subject);
        let mut text: Option<String> = None;
        // (pair, stance, best kind index, subject) in this clause.
        let mut chosen: Vec<Choice<'_>> = Vec::new();
        let korean = self.korean;
        // What each party is named as does not depend on the cue: read once per clause,
        // and only for a clause with a cue.
        let mut named_as: Option<Vec<NamedAs>> = None;
        // "asked China to press the North": what is asked for has not happened.
        let asked_until = self
            .hits
            .iter()
            .filter(|hit| clause.states(hit))
            .find(|(_, e, ci)| CUES.get(*ci).is_some_and(|c| c.kind == "request") && asks_someone_to(self.lower, *e))
            .map(|(_, e, _)| *e);
        for &(start, end, ci) in self.hits.iter().filter(|hit| clause.states(hit)) {
            let Some(c) = CUES.get(ci) else { continue };
            if broken(self.lower, (start, end), c.kind) || negated(self.lower, start) {
                continue;
            }
            if asked_until.is_some_and(|at| start >= at) {
                continue;
            }
            // "proposed talks", "대화를 시도해 온": offering talks is reaching out to the other.
            let c = if c.kind == "talks" && offers(self.lower, (start, end)) { &OFFER } else { c };
            let (rank, stance, _) = kind_info(c.kind);
            if stance != StanceKind::Neutral {
                let clause_end = clause.spans.last().map_or(end, |sp| sp.end);
                if topic_of_talks(self.lower, self.hits, (start, end)) || self.talked_of() && discussed_after(self.lower, end, clause_end) {
                    continue;
                }
            }
            // "tariffs aimed at the world": a target is named, and it is no actor here.
            if aimed_elsewhere(self.lower, &parties, end) {
                continue;
            }
            // "the meeting between the two leaders": between two who are not named here.
            if let Some(sides) = after_between(sentence, end) {
                let named = parties.iter().filter(|m| m.start > end).take(2).count() == 2;
                if !named && !names_pair(&sides.to_ascii_lowercase()) {
                    continue;
                }
            }
            // "미국이 …하고, 중국이 보복을 언급하며": in Korean the subject of a cue is the
            // nearest actor before it with a subject particle.
            let owner = if korean { None } else { english_cue_owner(sentence, &parties, start) };
            let subject = if korean {
                korean_cue_subject(sentence, &parties, (start, end)).or(subject)
            } else {
                // "in response to the U.S. reciprocal tariffs": the actor a hostile act's
                // noun belongs to is the one who acts. (Support is read from whoever needs
                // it: "in need of the North's support" is Russia's relation.)
                owner.map(|o| o.id).filter(|_| stance == StanceKind::Hostile && kind_info(c.kind).2 && c.kind != "deployment").or(subject)
            };
            let named_as = named_as.get_or_insert_with(|| parties.iter().map(|m| NamedAs::read(self.lower, m)).collect());
            let pair = match c.kind {
                "deployment" => deployment(sentence, self.lower, &parties, subject, (start, end)),
                "conflict" => war_sides(sentence, &parties, (start, end)).or_else(|| pair_for(&parties, named_as, &names, subject, (start, end), c.near, stance)),
                _ => between(sentence, &parties, end).or_else(|| pair_for(&parties, named_as, &names, subject, (start, end), c.near, stance)),
            };
            let Some(pair) = pair else { continue };
            // Troops sent to "the Ukraine war" are sent against Ukraine.
            let rank = if c.kind == "deployment" && names_a_war(sentence, &parties, &pair.1) { kind_info("confrontation").0 } else { rank };
            // "North Korea is receiving Russian fuel": the giver is the other side, named
            // right after the cue ("receiving training" says from no one).
            if c.word == "receiv" && !parties.iter().any(|m| m.start > end && m.start <= end + 30) {
                continue;
            }
            let subject = match (c.word, subject) {
                ("receiv", Some(who)) if pair.0 == who => self.gazetteer.get(&pair.1).map(|e| e.id.as_str()),
                ("receiv", Some(who)) if pair.1 == who => self.gazetteer.get(&pair.0).map(|e| e.id.as_str()),
                _ => subject,
            };
            // "started with Mexico, Canada, and China": the other side is each of a list.
            let others: Vec<(String, String)> = match subject {
                Some(who) if pair.0 == who || pair.1 == who => {
                    let other = if pair.0 == who { &pair.1 } else { &pair.0 };
                    list_mates(sentence, &parties, other)
                        .into_iter()
                        .filter(|mate| *mate != who)
                        .map(|mate| if pair.0 == who { (pair.0.clone(), mate.to_string()) } else { (mate.to_string(), pair.1.clone()) })
                        .collect()
                }
                _ => Vec::new(),
            };
            // "한미일 외교장관 회담", "the South Korea-U.S.-Japan drills": a state between three
            // named as one is between each two of them.
            let (_, _, directed_kind) = kind_info(c.kind);
            let threesome: Vec<(String, String)> = if directed_kind {
                Vec::new()
            } else {
                parties
                    .iter()
                    .find(|m| m.ids.len() >= 3 && m.ids.contains(&pair.0) && m.ids.contains(&pair.1))
                    .map(|m| {
                        let ids = m.ids;
                        ids.iter()
                            .enumerate()
                            .flat_map(|(k, a)| ids.iter().skip(k + 1).map(move |b| (a.clone(), b.clone())))
                            .filter(|p| !same_pair(p, &pair))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let others: Vec<(String, String)> = others.into_iter().chain(threesome).collect();
            let to_come = matches!(c.kind, "talks" | "visit") && upcoming(self.lower, (start, end));
            // "Russia's unusually swift siding with North Korea … seems related to this trend":
            // an act named as someone's is taken as given; the hedge is about what is said of it.
            let given = owner.is_some_and(|o| o.possessive) && certainty_of(self.lower.get(clause.start()..start).unwrap_or("")) == CertaintyKind::Reported;
            for pair in std::iter::once(pair).chain(others) {
                // One per pair, stance and subject: "미국의 관세 … 중국은 비판했습니다" is two acts.
                match chosen.iter_mut().find(|c| same_pair(&c.pair, &pair) && c.stance == stance && c.subject == subject) {
                    Some(slot) if rank < slot.rank => {
                        slot.rank = rank;
                        slot.to_come = to_come;
                        slot.given = given;
                    }
                    Some(_) => {}
                    None => chosen.push(Choice { pair, stance, rank, subject, to_come, given }),
                }
            }
        }
        for Choice { pair: (a0, b0), rank, subject: subject_id, to_come, given, .. } in chosen {
            let subject_id = subject_id.unwrap_or_default();
            let Some((kind, stance, directed_kind)) = KINDS.get(rank).copied() else { continue };
            // A government body stands for its state toward a foreign actor. Borrowed: only
            // the relation made at the end owns its ids.
            let (a, b) = (self.gazetteer.stand_for(&a0, &b0), self.gazetteer.stand_for(&b0, &a0));
            let subject = if subject_id == a0 {
                a
            } else if subject_id == b0 {
                b
            } else {
                subject_id
            };
            // A body and its own state are one side, not two.
            let parent_of = |id: &str| self.gazetteer.get(id).and_then(|e| e.parent.as_deref());
            if a == b || parent_of(a) == Some(b) || parent_of(b) == Some(a) {
                continue;
            }
            // "China and Japan …", "the two countries", "북러": the pair acts together; so does
            // a pair named only by one compound in a state between them ("긴장감이 감도는 미중
            // 관계"), though not in an act one aims at the other.
            let state_between = !directed_kind || matches!(kind, "confrontation" | "severance");
            let compound_only = state_between && parties.iter().all(|m| m.ids.len() > 1 || !m.ids.iter().any(|i| *i == a0 || *i == b0));
            let joint = joined(sentence, &parties, &a0, &b0) || compound_only;
            // Two actors named as one subject ("North Korea and Russia …") do not criticise or
            // threaten each other unless the text says so ("each other").
            if matches!(kind, "threat" | "criticism" | "provocation") && and_joined(sentence, &parties, &a0, &b0) {
                continue;
            }
            let directed = directed_kind && !joint && (a == subject || b == subject || kind == "deployment");
            let (source, target) = if directed && b == subject { (b.to_string(), a.to_string()) } else { (a.to_string(), b.to_string()) };
            let certainty = *certainty.get_or_insert_with(|| self.certainty(clause));
            let certainty = if to_come {
                certainty.max(CertaintyKind::Expected)
            } else if given && certainty == CertaintyKind::Analysis {
                CertaintyKind::Reported
            } else {
                certainty
            };
            let relation = FoundRelation { source, target, directed, kind, stance, certainty, evidence: Vec::new(), said_en: None, said_ko: None };
            let text = text.get_or_insert_with(|| clause.text(sentence));
            found.add(relation, evidence, Said { clause: text, korean: has_hangul(text) });
        }
        Outcome { subject: subject.and_then(own), pair }
    }
}

impl Reading<'_, '_> {
    /// Whether the sentence says something is discussed or negotiated.
    fn talked_of(&self) -> bool {
        *self.talked_of.get_or_init(|| ["discussed", "negotiated", "논의", "협의"].iter().any(|w| self.lower.contains(w)))
    }

    /// The strongest hedge of a clause's spans.
    fn certainty(&self, clause: &Clause) -> CertaintyKind {
        let hedged = clause.spans.iter().filter_map(|s| self.lower.get(s.clone())).map(certainty_of).max().unwrap_or(CertaintyKind::Reported);
        // A condition ("If the talks fail, …", "For example, if the EU imposes …") has not
        // happened; "warned that … if they are deployed" reports a warning all the same.
        let text = clause.spans.first().and_then(|s| self.lower.get(s.clone())).unwrap_or("").trim_start();
        let conditional = text.starts_with("if ") || text.starts_with("for example, if ") || text.starts_with("for instance, if ");
        if conditional { hedged.max(CertaintyKind::Possible) } else { hedged }
    }
}

/// Words that point back at an act ("this cooperation", "such moves", "이를"): a hostile
/// cue aimed at one is aimed at whoever did the last relation stated.
const BACK_REFERENCES: [&str; 6] = ["this ", "such ", "these ", "이를 ", "이에 ", "이 같은 "];
const ACTS: [&str; 16] = [
    "cooperation", "move", "moves", "deployment", "decision", "step", "steps", "action", "actions", "measure",
    "measures", "plan", "treaty", "agreement", "deal", "dispatch",
];

impl<'g> Reading<'_, 'g> {
    /// A clause naming one actor that aims a hostile cue at an act named by a back-reference
    /// ("Ukraine has criticized this cooperation", "중국은 이를 비판했습니다"): a relation from
    /// that actor toward whoever did the last relation stated before it.
    fn back_reference<'t>(&self, clause: &Clause, who: &'g str, evidence: &'t str, found: &mut Merged<'t>) {
        let aimed = self.hits.iter().filter(|hit| clause.states(hit)).find_map(|&(start, end, ci)| {
            let c = CUES.get(ci)?;
            let (_, stance, directed) = kind_info(c.kind);
            if stance != StanceKind::Hostile || !directed || c.kind == "deployment" || negated(self.lower, start) {
                return None;
            }
            let word_end = self.lower.get(end..).and_then(|t| t.find(' ')).map_or(self.lower.len(), |i| end + i);
            let after = self.lower.get(word_end..).unwrap_or("").trim_start();
            let english = BACK_REFERENCES.iter().filter(|b| b.is_ascii()).any(|b| {
                after.strip_prefix(b).is_some_and(|rest| rest.split(|ch: char| !ch.is_alphanumeric()).next().is_some_and(|w| ACTS.contains(&w)))
            });
            let korean = BACK_REFERENCES.iter().filter(|b| !b.is_ascii()).any(|b| words_before(self.lower, start, 2).contains(b.trim_end()));
            (english || korean).then_some(c.kind)
        });
        let Some(kind) = aimed else { return };
        let Some(last) = found.relations.last() else { return };
        let target = if last.source == who { last.target.clone() } else { last.source.clone() };
        if target == who {
            return;
        }
        let certainty = self.certainty(clause);
        let relation = FoundRelation {
            source: who.to_string(),
            target,
            directed: true,
            kind,
            stance: StanceKind::Hostile,
            certainty,
            evidence: Vec::new(),
            said_en: None,
            said_ko: None,
        };
        let text = clause.text(self.sentence);
        found.add(relation, evidence, Said { clause: &text, korean: has_hangul(&text) });
    }
}

/// Whether a sentence, from its lowercase text, holds one of the [`BACK_REFERENCES`].
fn points_back(lower: &str) -> bool {
    BACK_REFERENCES.iter().any(|w| lower.contains(w))
}

/// The actor an English cue's noun belongs to ([`english_cue_owner`]).
#[derive(Debug, Clone, Copy)]
struct Owner<'g> {
    id: &'g str,
    /// Named with a possessive ("Russia's unusually swift siding"), not as an adjective
    /// ("the U.S. reciprocal tariffs").
    possessive: bool,
}

/// The actor named right before an English cue as its owner: "the U.S. reciprocal tariffs",
/// "China's new export controls", "Russia's unusually swift siding": a possessive or an
/// adjective form, then at most two lowercase words.
fn english_cue_owner<'g>(sentence: &str, parties: &[Mention<'g>], cue_start: usize) -> Option<Owner<'g>> {
    let owner = parties.iter().rfind(|m| m.end <= cue_start && m.end > m.start)?;
    // Two words and their spaces are rarely longer: a longer gap is no owner's.
    if cue_start - owner.end > 40 {
        return None;
    }
    let gap = sentence.get(owner.end..cue_start)?;
    let possessive = gap.starts_with("'s ") || gap.starts_with("\u{2019}s ");
    let gap = gap.strip_prefix("'s").or_else(|| gap.strip_prefix("\u{2019}s")).unwrap_or(gap);
    // Quotation marks around the act ("Russia's swift 'siding with …'") are not words.
    let gap = gap.trim_end_matches(['\'', '"', '\u{2018}', '\u{201C}']);
    let words = gap.split(' ').filter(|w| !w.is_empty());
    let empty = gap.trim().is_empty();
    let plain = gap.starts_with(' ') && gap.ends_with(' ') || empty;
    let lowercase = gap.bytes().all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'\'' | b' '));
    let id = owner.ids.first().map(String::as_str)?;
    (plain && lowercase && words.count() <= 2).then_some(Owner { id, possessive })
}

/// The actors listed with `id` after it ("Mexico, Canada, and China", "일본과 중국"): the
/// mentions that follow it separated only by list commas and "and".
fn list_mates<'g>(sentence: &str, parties: &[Mention<'g>], id: &str) -> Vec<&'g str> {
    let Some(at) = parties.iter().position(|m| m.ids.len() == 1 && m.ids.first().is_some_and(|i| i == id)) else { return Vec::new() };
    let mut mates = Vec::new();
    for pair in parties.get(at..).unwrap_or(&[]).windows(2) {
        let [x, y] = pair else { break };
        let gap = sentence.get(x.end..y.start).unwrap_or("");
        if ![", ", ", and ", " and ", "과 ", "와 ", "·"].contains(&gap) || y.ids.len() != 1 {
            break;
        }
        mates.extend(y.ids.first().map(String::as_str));
    }
    mates
}

/// What a talks cue becomes when someone offers or seeks the talks.
const OFFER: Cue = Cue { word: "offer", kind: "request", near: false, whole: true };

/// Whether talks are offered, sought or tried for ("proposed talks", "offered dialogue",
/// "대화를 시도", "회담을 제의"), from the words right around the cue.
fn offers(lower: &str, (start, end): (usize, usize)) -> bool {
    const BEFORE: [&str; 8] = ["proposed", "offered", "sought", "seeking", "requested", "proposing", "offering", "pushing for"];
    const AFTER: [&str; 5] = ["시도", "제의", "제안", "요청", "촉구"];
    let before = words_before(lower, start, 2);
    // "대화를 다시 제안했습니다": the object's particle, then the verb within two words.
    let after = lower.get(end..).unwrap_or("");
    let object = after.starts_with("를 ") || after.starts_with("을 ");
    BEFORE.iter().any(|w| before.contains(w)) || object && after.split(' ').skip(1).take(2).any(|w| AFTER.iter().any(|v| w.starts_with(v)))
}

/// Whether talks or a visit are still to come: "ahead of the summit", "the upcoming
/// talks", "정상회담을 앞두고", "예정된 회담".
fn upcoming(lower: &str, (start, end): (usize, usize)) -> bool {
    let before = words_before(lower, start, 3);
    let after = lower.get(end..).unwrap_or("");
    ["ahead of", "upcoming", "planned", "예정된", "앞둔"].iter().any(|w| before.contains(w))
        || ["을 앞두고", "를 앞두고", "을 앞둔", "를 앞둔"].iter().any(|w| after.starts_with(w))
}

/// Whether the words after a cue name its target ("aimed at", "targeting") and no actor
/// begins there.
fn aimed_elsewhere(lower: &str, parties: &[Mention<'_>], cue_end: usize) -> bool {
    let word_end = lower.get(cue_end..).and_then(|t| t.find(' ')).map_or(lower.len(), |i| cue_end + i);
    let rest = lower.get(word_end..).unwrap_or("");
    let Some(after) = [" aimed at ", " targeting ", " directed at "].iter().find_map(|w| rest.strip_prefix(w)) else { return false };
    // Where the target begins, after a "the" if there is one.
    let target = word_end + (rest.len() - after.len());
    !parties.iter().any(|m| (target..=target + "the ".len()).contains(&m.start))
}

/// Whether what follows a cue up to `clause_end` (at most 270 bytes, 90 Korean characters, and
/// not past the sentence's end) says it is discussed: "the deployment to the Ukraine war …
/// will be discussed" is the subject of a passive of talks, a topic rather than an act.
fn discussed_after(lower: &str, end: usize, clause_end: usize) -> bool {
    let ahead = lower.get(end..clause_end.max(end)).unwrap_or("");
    let mut cut = ahead.len().min(270);
    while !ahead.is_char_boundary(cut) {
        cut -= 1;
    }
    let ahead = ahead.get(..cut).unwrap_or("");
    let ahead = ahead.bytes().position(|b| b == b'.' || b == b';').and_then(|at| ahead.get(..at)).unwrap_or(ahead);
    ["be discussed", "was discussed", "were discussed", "be negotiated", "논의될", "논의되", "협의될"].iter().any(|w| ahead.contains(w))
}

/// Whether a cue is what talks are about rather than an act: "discussions on tariff
/// policies", "talks over sanctions", "tariff negotiations", "관세 협상".
fn topic_of_talks(lower: &str, hits: &[(usize, usize, usize)], (start, end): (usize, usize)) -> bool {
    let talks = |ci: usize| CUES.get(ci).is_some_and(|c| c.kind == "talks");
    hits.iter().filter(|&&(_, _, ci)| talks(ci)).any(|&(t_start, t_end, _)| {
        if t_end <= start {
            // The talks, then "on"/"over"/"about" and at most two words before the cue.
            let between = lower.get(t_end..start).unwrap_or("");
            let between = between.trim_start_matches(|ch: char| ch.is_alphanumeric());
            let mut words = between.split_whitespace();
            matches!(words.next(), Some("on" | "over" | "about" | "regarding")) && words.count() <= 2
        } else {
            // The cue's word, then the talks ("tariff negotiations", "관세 협상"); in Korean a
            // verb's ending comes between a cue and talks it does not name ("취소하자 대화를").
            let between = lower.get(end..t_start).unwrap_or("");
            let between = between.trim_start_matches(|ch: char| ch.is_ascii_alphanumeric());
            t_start >= end && between.trim().is_empty()
        }
    })
}

/// Whether a cue is negated by the words just before it ("no new restrictions", "not to
/// support", "without sanctions").
fn negated(lower: &str, cue_start: usize) -> bool {
    words_before(lower, cue_start, 2).split(' ').any(|w| matches!(w, "no" | "not" | "never" | "without" | "nor"))
}

/// Whether a request cue ending at `end` asks someone to do something ("requested China to
/// exert pressure"): a "to" among the next few words, before any comma.
fn asks_someone_to(lower: &str, end: usize) -> bool {
    let rest = lower.get(end..).unwrap_or("");
    let rest = rest.split([',', ';']).next().unwrap_or("");
    // "an explanation as to why …" asks a question, not for an act.
    let words: Vec<&str> = rest.split_whitespace().take(7).collect();
    words.windows(2).enumerate().any(|(i, w)| {
        matches!(w, ["to", next] if i > 0 && i < 6 && !matches!(*next, "why" | "what" | "whether" | "how" | "who" | "when"))
            && words.get(i - 1).is_none_or(|before| *before != "as")
    })
}

/// Whether the two actors are named as one subject: by "the two countries" or "each
/// other", or joined by "and" ("China and Japan", "중국과 일본"). A compound ("inter-Korean
/// relations") names a pair without saying who acts.
fn joined(sentence: &str, parties: &[Mention<'_>], a: &str, b: &str) -> bool {
    let names = |m: &Mention<'_>, id: &str| m.ids.iter().any(|i| i == id);
    // The pair a pair word stands for is the one mention without text of its own.
    parties.iter().any(|m| m.start == m.end && names(m, a) && names(m, b)) || and_joined(sentence, parties, a, b)
}

/// Whether two actors are named next to each other joined by "and" ("China and Japan",
/// "중국과 일본").
fn and_joined(sentence: &str, parties: &[Mention<'_>], a: &str, b: &str) -> bool {
    let names = |m: &Mention<'_>, id: &str| m.ids.iter().any(|i| i == id);
    parties.windows(2).any(|w| match w {
        [x, y] if (names(x, a) && names(y, b)) || (names(x, b) && names(y, a)) => {
            let gap = sentence.get(x.end..y.start).unwrap_or("");
            [" and ", "과 ", "와 "].contains(&gap)
        }
        _ => false,
    })
}

/// Whether an agreement or treaty cue is one said to be broken ("breaking the deal",
/// "합의를 어겼다"), or talks or a visit one said to be called off.
fn broken(lower: &str, cue: (usize, usize), kind: &str) -> bool {
    let after = lower.get(cue.1..).unwrap_or("");
    let after = after.get(..after.char_indices().nth(8).map_or(after.len(), |(i, _)| i)).unwrap_or(after);
    let before = words_before(lower, cue.0, 3);
    // "회담을 취소하자", "called off the talks": talks that will not be held.
    if matches!(kind, "talks" | "visit") {
        return ["취소", "무산", "연기"].iter().any(|w| after.contains(w))
            || ["cancel", "called off", "postpone", "scrapped"].iter().any(|w| before.contains(w));
    }
    if !matches!(kind, "agreement" | "treaty") {
        return false;
    }
    ["어기", "어겼", "어긴", "파기", "위반"].iter().any(|w| after.contains(w))
        || ["violat", "breach", "breaking", "broke", "broken", "scrap"].iter().any(|w| before.contains(w))
}

fn same_pair(a: &(String, String), b: &(String, String)) -> bool {
    (a.0 == b.0 && a.1 == b.1) || (a.0 == b.1 && a.1 == b.0)
}

/// Whether `text` (lowercase) holds one of `words` as a whole word.
fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w))
}

/// Who does what a Korean cue at `cue` says: the actor the cue's verb qualifies ("보복으로
/// 맞선 중국": the cue's word ends in an adnominal ending and the actor follows it), else
/// the actor whose act it is ("미국의 압박", "미국의 대북 제재"), else the nearest actor
/// before it with a subject particle.
fn korean_cue_subject<'g>(sentence: &str, parties: &[Mention<'g>], cue: (usize, usize)) -> Option<&'g str> {
    let first = |m: &Mention<'g>| m.ids.first().map(String::as_str);
    let word_end = sentence.get(cue.0..).and_then(|t| t.find(' ')).map_or(sentence.len(), |i| cue.0 + i);
    let adnominal = |w: &str| w.chars().last().is_some_and(|c| is_hangul(c) && matches!((u32::from(c) - 0xAC00) % 28, 4 | 8));
    // The cue's own word or one of the two verbs after it qualifies the actor right after
    // it: "보복으로 맞선 중국", "대화를 시도해 온 일본".
    let mut end = cue.0;
    for word in sentence.get(cue.0..).unwrap_or("").split(' ').take(3) {
        end += word.len();
        if adnominal(word) {
            if let Some(m) = parties.iter().find(|m| m.start == end + 1) {
                return first(m);
            }
        }
        end += 1;
    }
    // Only a cue that is a noun has a possessor: "북한의 파병을 규탄했습니다" is Ukraine's act.
    let predicate = sentence.get(cue.0..word_end).is_some_and(|w| ["다", "며", "고", "서", "데", "만", "해"].iter().any(|e| w.trim_end_matches(['.', ',']).ends_with(e)));
    let possessor = parties.iter().rfind(|m| {
        !predicate
            && m.end <= cue.0
            && sentence.get(m.end..).is_some_and(|t| t.starts_with("의 "))
            && sentence.get(m.end..cue.0).is_some_and(|gap| gap.split_whitespace().count() <= 2)
    });
    if let Some(m) = possessor {
        return first(m);
    }
    // "A는 B가 …했다고 비판했습니다": B is the subject inside what A says, not of the cue.
    let quoted = |m: &Mention<'g>| sentence.get(m.end..cue.0).is_some_and(|gap| gap.contains("다고 ") || gap.contains("라고 "));
    parties
        .iter()
        .rfind(|m| {
            m.end <= cue.0
                && m.end > m.start
                && !quoted(m)
                && SUBJECT_PARTICLES.iter().any(|p| sentence.get(m.end..).is_some_and(|t| t.starts_with(p)))
        })
        .and_then(first)
}

/// The words after a cue's "between" ("talks between the two leaders"), if it has one.
fn after_between(sentence: &str, cue_end: usize) -> Option<&str> {
    let rest = sentence.get(cue_end..)?;
    let word_end = rest.find(' ').unwrap_or(rest.len());
    rest.get(word_end..)?.trim_start().strip_prefix("between ")
}

/// The two actors a cue is "between" ("the close relationship between North Korea and
/// Russia").
fn between(sentence: &str, parties: &[Mention<'_>], cue_end: usize) -> Option<(String, String)> {
    after_between(sentence, cue_end)?;
    let mut sides = parties.iter().filter(|m| m.start > cue_end).filter_map(|m| m.ids.first());
    let (a, b) = (sides.next()?, sides.next()?);
    (a != b).then(|| (a.clone(), b.clone()))
}

/// Korean particles after an actor that make it the subject of its clause.
const SUBJECT_PARTICLES: [&str; 7] = ["이 ", "가 ", "은 ", "는 ", "은,", "는,", "께서"];

/// Korean prefixes that name an actor as what something is aimed at ("대북 제재").
const TOWARD: [&str; 3] = ["대북", "대미", "대러"];

/// A clause's subject: the agent of a passive ("carried out by the DPRK"), else in Korean
/// the first actor with a subject particle, else the first actor.
fn subject_of<'g>(sentence: &str, parties: &[Mention<'g>], shares_subject: bool) -> Option<&'g str> {
    let first = |m: &Mention<'g>| m.ids.first().map(String::as_str);
    if shares_subject {
        return parties.first().and_then(first);
    }
    // "대북 압박": an actor named as what is aimed at is not who acts.
    let toward = |m: &&Mention<'g>| m.end - m.start == "대북".len() && sentence.get(m.start..m.end).is_some_and(|t| TOWARD.contains(&t));
    let acting: Vec<Mention<'g>> =
        if parties.iter().any(|m| toward(&m)) { parties.iter().filter(|m| !toward(m)).copied().collect() } else { Vec::new() };
    let parties = if acting.is_empty() { parties } else { acting.as_slice() };
    // "… was carried out by the DPRK": a passive's agent; "their passage by the DP" is no
    // passive, so its "by" names no subject.
    let agent = parties.iter().find(|m| {
        let before = sentence.get(..m.start).unwrap_or("").trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        before.strip_suffix(" by").is_some_and(|head| {
            let mut words = head.split_whitespace().rev().take(4);
            let participle = words.clone().any(|w| w.ends_with("ed") || w.ends_with("en"));
            participle && words.any(|w| matches!(w, "was" | "were" | "been" | "be" | "is" | "are" | "being"))
        })
    });
    let topic = parties.iter().find(|m| {
        let after = sentence.get(m.end..).unwrap_or("");
        SUBJECT_PARTICLES.iter().any(|p| after.starts_with(p))
    });
    agent.or(topic).or(parties.first()).and_then(first)
}

/// The strongest hedge in a clause, from its lowercase text.
fn certainty_of(lower: &str) -> CertaintyKind {
    static WORDS: std::sync::OnceLock<Words<'static>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Words::new(HEDGES.iter().map(|(w, _, _)| *w)));
    let mut strongest = CertaintyKind::Reported;
    words.each_occurrence(lower, |h, at| {
        let Some((word, certainty, whole_word)) = HEDGES.get(h) else { return };
        let bounded = !whole_word
            || (!char_before(lower, at).is_some_and(char::is_alphanumeric)
                && !char_at(lower, at + word.len()).is_some_and(char::is_alphanumeric));
        // "denounced the plan to handle …": a plan named as a noun is no plan of the clause.
        let noun_plan = *word == "plan to" && ["the ", "a ", "its ", "their ", "his ", "her "].iter().any(|d| lower.get(..at).is_some_and(|h| h.ends_with(d)));
        if bounded && !(*word == "may" && the_month(lower, at)) && !noun_plan {
            strongest = strongest.max(*certainty);
        }
    });
    // "~할 것으로 보입니다": what will happen, not what is judged to have happened.
    if strongest == CertaintyKind::Analysis && future_judgement(lower) {
        strongest = CertaintyKind::Expected;
    }
    strongest
}

/// Whether the "may" at `at` of a lowercase text is the month ("on May ninth", "in May",
/// "May 9").
fn the_month(lower: &str, at: usize) -> bool {
    let next = lower.get(at + 3..).unwrap_or("").split_whitespace().next().unwrap_or("");
    let before = lower.get(..at).unwrap_or("").split_whitespace().next_back().unwrap_or("");
    let ordinal = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        .iter()
        .any(|o| next.trim_end_matches([',', '.']).ends_with(o));
    next.starts_with(|c: char| c.is_ascii_digit())
        || ordinal
        || ["in", "on", "since", "until", "early", "late", "mid", "by", "last", "next"].contains(&before)
}

/// Whether a Korean clause judges what will be ("낼 것으로 보입니다": a verb's future form, a
/// syllable ending in ㄹ, before "것으로 보").
fn future_judgement(text: &str) -> bool {
    text.match_indices(" 것으로 보").any(|(at, _)| {
        char_before(text, at).is_some_and(|c| is_hangul(c) && (u32::from(c) - 0xAC00) % 28 == 8)
    })
}

/// Cue hits in a sentence, from its lowercase text (ASCII-lowercased, so offsets are the
/// sentence's): (start, end, cue index), in text order. A cue inside an actor's name
/// ("North Atlantic Treaty Organization") is part of the name, not a cue.
fn cue_hits(lower: &str, mentions: &[Mention<'_>]) -> Vec<(usize, usize, usize)> {
    static WORDS: std::sync::OnceLock<Words<'static>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Words::new(CUES.iter().map(|c| c.word)));
    let mut hits = Vec::new();
    words.each_occurrence(lower, |ci, start| {
        let Some(c) = CUES.get(ci) else { return };
        let end = start + c.word.len();
        let korean = c.word.chars().any(is_hangul);
        let begin_ok = korean || !char_before(lower, start).is_some_and(char::is_alphanumeric);
        let end_ok = !c.whole || korean || !char_at(lower, end).is_some_and(char::is_alphanumeric);
        let in_name = mentions.iter().any(|m| m.start <= start && end <= m.end && m.end - m.start > c.word.len());
        let other_word = lower.get(start..).is_some_and(|t| NOT_CUES.iter().any(|w| t.starts_with(w)));
        if begin_ok && end_ok && !in_name && !other_word {
            hits.push((start, end, ci));
        }
    });
    hits.sort_unstable_by_key(|&(start, _, ci)| (start, ci));
    hits
}

/// Words that begin with a cue and mean something else ("지지율" is a poll's approval,
/// "반대로" is "on the contrary", an "investor-state dispute provision" is a clause of a
/// treaty).
const NOT_CUES: [&str; 9] =
    ["지지율", "지지층", "지지자", "반대로", "반대편", "서명운동", "dispute provision", "dispute settlement", "dispute resolution"];

fn distance(a: (usize, usize), b: (usize, usize)) -> usize {
    b.0.saturating_sub(a.1).max(a.0.saturating_sub(b.1))
}

/// The text of the `n` words just before byte offset `at` of `lower` (a lowercase
/// sentence), as a slice of it.
fn words_before(lower: &str, at: usize, n: usize) -> &str {
    let head = lower.get(..at).unwrap_or("").trim_end();
    // The spaces counted back byte by byte: this runs for every party and cue of every
    // clause read, and `rmatch_indices` set up a searcher for each call.
    let start = head.bytes().enumerate().rev().filter(|&(_, b)| b == b' ').nth(n.saturating_sub(1)).map_or(0, |(i, _)| i + 1);
    head.get(start..).unwrap_or("")
}

/// Whether `before` ends with `word`, or with `word` and "the".
fn ends_with_word(before: &str, word: &str) -> bool {
    let ends = |b: &str| b.strip_suffix(word).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '));
    ends(before) || before.strip_suffix(" the").is_some_and(ends)
}

/// How the words before a party name it: as a topic ("related to the North"), or after
/// "from" (a giver, for a hostile cue).
struct NamedAs {
    topic: bool,
    /// Where the "from" before the party starts, when it is named after one.
    from_at: Option<usize>,
}

impl NamedAs {
    fn read(lower: &str, m: &Mention<'_>) -> Self {
        let before = words_before(lower, m.start, 5);
        let from_at = ends_with_word(before, "from").then(|| lower.get(..m.start).and_then(|h| h.rfind("from")).unwrap_or(m.start));
        NamedAs { topic: TOPIC_MARKERS.iter().any(|t| ends_with_word(before, t)), from_at }
    }

    /// Whether a cue of `stance` at `cue` can be aimed at the party named so: a "from"
    /// right after a hostile cue names its giver ("sanctions from the United States"), one
    /// further on does not ("warned of a response to movements from the West").
    fn aimed(&self, stance: StanceKind, cue: (usize, usize)) -> bool {
        let giver = self.from_at.is_some_and(|f| f >= cue.1 && f - cue.1 <= 12);
        !(self.topic || stance == StanceKind::Hostile && giver)
    }
}

/// The pair of actors a cue relates, or none when it is ambiguous. `named_as` holds how each
/// of `parties` is named, in the same order.
fn pair_for(
    parties: &[Mention<'_>],
    named_as: &[NamedAs],
    names: &[&str],
    subject: Option<&str>,
    cue: (usize, usize),
    near_only: bool,
    stance: StanceKind,
) -> Option<(String, String)> {
    // Topics and, for a hostile cue, givers ("sanctions from the United States") are not
    // what the cue is aimed at.
    let candidates: Vec<&Mention<'_>> = parties
        .iter()
        .zip(named_as)
        .filter(|(_, n)| n.aimed(stance, cue))
        .map(|(m, _)| m)
        .collect();
    // Nearest mention to the cue; on a tie the one after it ("cooperation with Russia").
    let nearest = candidates.iter().min_by_key(|m| (distance((m.start, m.end), cue), m.start < cue.0))?;
    if near_only && distance((nearest.start, nearest.end), cue) > 20 {
        return None;
    }
    if let [a, b, ..] = nearest.ids {
        return Some((a.clone(), b.clone()));
    }
    let aimed_names = distinct(candidates.iter().copied());
    if let ([a, b], true) = (names, aimed_names.len() == 2) {
        return Some(((*a).to_string(), (*b).to_string()));
    }
    let cue_actor = nearest.ids.first()?;
    let subject = subject?;
    if cue_actor != subject {
        return Some((subject.to_string(), cue_actor.clone()));
    }
    // The subject right before its own cue ("North Korea sent troops to help Russia"): the
    // cue's object is the next actor after it.
    let object = candidates.iter().find(|m| m.start >= cue.1 && m.ids.first().is_some_and(|id| id != subject))?;
    let id = object.ids.first()?;
    (distance((object.start, object.end), cue) <= 40).then(|| (subject.to_string(), id.clone()))
}

/// Whether `id` is named as a war's ("the Ukraine war", "우크라이나 전쟁").
fn names_a_war(sentence: &str, parties: &[Mention<'_>], id: &str) -> bool {
    parties.iter().filter(|m| m.ids.iter().any(|i| i == id)).any(|m| {
        let after = sentence.get(m.end..).unwrap_or("").trim_start();
        ["war", "전쟁"].iter().any(|w| after.starts_with(w))
    })
}

/// Who sends troops where: the owner of the forces ("North Korean troops", "북한군") or the
/// subject, and the actor named as where they go ("to Russia", "inside Ukraine",
/// "러시아에"). Without a destination, a deployment relates no one.
fn deployment(sentence: &str, lower: &str, parties: &[Mention<'_>], subject: Option<&str>, cue: (usize, usize)) -> Option<(String, String)> {
    let destination = parties.iter().find(|m| {
        let before = words_before(lower, m.start, 2);
        let english = ["to", "into", "inside", "in", "toward", "to help", "to support", "to aid", "to assist"].iter().any(|w| ends_with_word(before, w));
        let after = sentence.get(m.end..).unwrap_or("");
        let korean = m.end <= cue.0 && ["에 ", "로 ", "으로 ", "에게 ", "에도 ", "를 돕", "을 돕", "를 지원", "을 지원"].iter().any(|p| after.starts_with(p));
        (english && m.start >= cue.0.saturating_sub(40)) || korean
    })?;
    let to = destination.ids.first()?;
    let owner = parties.iter().find(|m| {
        let after = sentence.get(m.end..).unwrap_or("").trim_start().to_ascii_lowercase();
        let after = after.trim_start_matches("'s ").trim_start_matches("’s ");
        FORCES.iter().any(|f| after.starts_with(f)) || sentence.get(m.start..m.end).is_some_and(|t| t.ends_with('군'))
    });
    let from = owner.and_then(|m| m.ids.first().map(String::as_str)).or(subject)?;
    (from != to.as_str()).then(|| (from.to_string(), to.clone()))
}

/// The two sides of a war named around its cue: "Russia in its war against Ukraine", "a
/// clash between A and B", "우크라이나와 전쟁 중인 러시아".
fn war_sides(text: &str, mentions: &[Mention<'_>], cue: (usize, usize)) -> Option<(String, String)> {
    let after = mentions.iter().find(|m| m.start >= cue.1)?;
    let gap_after = text.get(cue.1..after.start).unwrap_or("").trim();
    if gap_after.starts_with("between") {
        let mut sides = mentions.iter().filter(|m| m.start >= cue.1).filter_map(|m| m.ids.first());
        let (a, b) = (sides.next()?, sides.next()?);
        return (a != b).then(|| (a.clone(), b.clone()));
    }
    let before = mentions.iter().rfind(|m| m.end <= cue.0)?;
    let gap_before = text.get(before.end..cue.0).unwrap_or("").trim();
    let against = gap_after.starts_with("against") || gap_after.starts_with("with");
    let korean_with = ["와", "과", "와의", "과의"].contains(&gap_before);
    let (a, b) = (before.ids.first()?, after.ids.first()?);
    if korean_with {
        // "A와 전쟁 중인 B": A and B are the sides.
        return (a != b).then(|| (b.clone(), a.clone()));
    }
    (against && a != b).then(|| (a.clone(), b.clone()))
}

/// Cuts a sentence into the clauses that state relations (as byte spans of it): at
/// `, while`, `; `, `, but`, `, whereas`, `, and` before a new subject, ` and` before a
/// second verb of the same subject, after a leading `If …,`/`As …,`/`Amid …,` clause
/// (English), and at connective endings (`했고`, `하며`, `지만`; Korean). A relative clause
/// (`, which …,`) becomes a clause of its own about the words before it; an attribution
/// (`, according to NATO`) is dropped, and reported speech (`NATO said that …`, `…다고
/// 밝혔습니다`) marks where the report begins.
fn clauses(sentence: &str) -> Vec<Clause> {
    if has_hangul(sentence) {
        return korean_clauses(sentence);
    }
    let mut out = Vec::new();
    // Every cut but " and " is at a comma or a semicolon: a sentence with neither is not
    // searched for them.
    let parts = if sentence.bytes().any(|b| matches!(b, b',' | b';')) {
        punctuated_clauses(sentence, &mut out)
    } else {
        vec![Clause::whole(0..sentence.len())]
    };
    // " and requested …": a second verb of the same subject.
    let mut shared = Vec::new();
    for part in parts {
        let pieces = split_all(sentence, vec![part], " and ", usize::MAX, |next| {
            next.len() > 4 && next.ends_with("ed") && !["united", "based", "related", "armed", "advanced", "detailed", "limited"].contains(&next)
        });
        for (i, mut p) in pieces.into_iter().enumerate() {
            p.shares_subject = i > 0;
            shared.push(p);
        }
    }
    for mut part in shared {
        part.content_from = english_reported(sentence, &part);
        out.push(part);
    }
    out
}

/// The English clauses cut at commas and semicolons (see [`clauses`]); relative clauses go
/// to `out` as they are found.
fn punctuated_clauses(sentence: &str, out: &mut Vec<Clause>) -> Vec<Clause> {
    let mut main: Vec<Span> = std::iter::once(0..sentence.len()).collect();
    // ", according to NATO." / "According to NATO, …"
    if let Some(at) = sentence.find(", according to ") {
        let rest = sentence.get(at + 2..).unwrap_or("");
        let end = rest.find(", ").map_or(sentence.len(), |e| at + 2 + e);
        main = vec![0..at, end..sentence.len()];
    } else if sentence.starts_with("According to ") {
        if let Some(comma) = sentence.find(", ") {
            main = std::iter::once(comma + 2..sentence.len()).collect();
        }
    }
    // ", which …," / ", who …," relative clauses.
    for marker in [", which ", ", who "] {
        while let Some((piece, at)) = find_in(sentence, &main, marker) {
            let rel_start = at + marker.len();
            let rel_end = sentence.get(rel_start..).and_then(|r| r.find(", ")).map_or(sentence.len(), |e| rel_start + e);
            let rel_end = list_end(sentence, rel_end);
            let rel_end = rel_end.min(main.get(piece).map_or(rel_end, |p| p.end));
            let head = sentence.get(main.get(piece).map_or(0, |p| p.start)..at).unwrap_or("");
            let cut = [head.rfind(" that ").map(|i| i + 6), head.rfind(", ").map(|i| i + 2)].into_iter().flatten().max().unwrap_or(0);
            let head_start = at - head.len() + cut;
            // The antecedent: at most the eight words before the relative pronoun.
            let ante_start = sentence
                .get(head_start..at)
                .unwrap_or("")
                .match_indices(' ')
                .map(|(i, _)| head_start + i + 1)
                .collect::<Vec<_>>()
                .iter()
                .rev()
                .nth(7)
                .copied()
                .unwrap_or(head_start);
            out.push(Clause::whole(ante_start..at));
            if let Some(last) = out.last_mut() {
                last.spans.push(rel_start..rel_end);
            }
            let Some(p) = main.get(piece).cloned() else { break };
            let after_start = (rel_end + 1).min(p.end);
            main.splice(piece..=piece, [p.start..at, after_start..p.end]);
            main.retain(|s| sentence.get(s.clone()).is_some_and(|t| !t.trim().is_empty()));
        }
    }
    let mut parts: Vec<Clause> = vec![Clause { spans: main, content_from: None, shares_subject: false }];
    // A leading condition or time clause ("If the treaty is ratified, …").
    const OPENERS: [&str; 13] =
        ["If ", "When ", "As ", "After ", "Before ", "Although ", "While ", "Once ", "Unless ", "Amid ", "Despite ", "Since ", "Ahead of "];
    let opens = OPENERS.iter().any(|w| sentence.get(parts.first().map_or(0, Clause::start)..).is_some_and(|s| s.starts_with(w)));
    if opens {
        parts = split_all(sentence, parts, ", ", 1, |_| true);
    }
    for sep in [", while ", "; ", ", but ", ", whereas "] {
        parts = split_all(sentence, parts, sep, usize::MAX, |_| true);
    }
    // ", and" joins clauses only where a new subject follows; otherwise it ends a list
    // ("…, and deteriorating relations with China").
    parts = split_all(sentence, parts, ", and ", usize::MAX, |next| {
        ["it", "they", "the", "this", "he", "she", "we", "there"].contains(&next) || next.chars().next().is_some_and(char::is_uppercase)
    });
    parts
}

/// Where a list that a clause ends in ends: "which started with Mexico, Canada, and China,"
/// runs past the commas between the names to the one after the last. `end` is the comma
/// after the first name.
fn list_end(sentence: &str, end: usize) -> usize {
    let capital = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    let last_word = sentence.get(..end).and_then(|h| h.rsplit(' ').next()).unwrap_or("");
    if !capital(last_word) {
        return end;
    }
    let mut at = end;
    loop {
        let from = at + 2;
        let Some(rest) = sentence.get(from..) else { return at };
        let piece_end = rest.find(", ").map_or(sentence.len(), |e| from + e);
        let piece = sentence.get(from..piece_end).unwrap_or("");
        let item = piece.strip_prefix("and ").unwrap_or(piece);
        let short = item.split_whitespace().count() <= 3 && capital(item);
        let next_and = sentence.get(piece_end..).is_some_and(|t| t.starts_with(", and "));
        if !short || !(piece.starts_with("and ") || next_and) {
            return at;
        }
        at = piece_end;
        if piece.starts_with("and ") || at >= sentence.len() {
            return at;
        }
    }
}

/// The first occurrence of `needle` in the spans: (span index, offset).
fn find_in(sentence: &str, spans: &[Span], needle: &str) -> Option<(usize, usize)> {
    spans.iter().enumerate().find_map(|(i, s)| sentence.get(s.clone()).and_then(|t| t.find(needle)).map(|at| (i, s.start + at)))
}

/// Splits each clause at `sep` (at most `limit` times each) where the word after it passes
/// `next`.
fn split_all(sentence: &str, parts: Vec<Clause>, sep: &str, limit: usize, next: impl Fn(&str) -> bool) -> Vec<Clause> {
    let mut out = Vec::new();
    for part in parts {
        let mut rest = part;
        let mut cuts = 0;
        while cuts < limit {
            let hit = rest.spans.iter().enumerate().find_map(|(i, s)| {
                // `contains` rules most spans out with a vectorised scan.
                let text = sentence.get(s.clone()).filter(|t| t.contains(sep))?;
                text.match_indices(sep).find_map(|(at, _)| {
                    let after = text.get(at + sep.len()..)?;
                    let word = after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
                    next(word).then_some((i, s.start + at))
                })
            });
            let Some((i, at)) = hit else { break };
            let mut left: Vec<Span> = rest.spans.get(..i).map(<[Span]>::to_vec).unwrap_or_default();
            let mut right: Vec<Span> = Vec::new();
            if let Some(s) = rest.spans.get(i) {
                left.push(s.start..at);
                right.push(at + sep.len()..s.end);
            }
            right.extend(rest.spans.get(i + 1..).map(<[Span]>::to_vec).unwrap_or_default());
            out.push(Clause { spans: left, content_from: None, shares_subject: rest.shares_subject });
            rest = Clause { spans: right, content_from: None, shares_subject: false };
            cuts += 1;
        }
        out.push(rest);
    }
    out
}

/// Where what a clause reports begins, after a reporting verb: `… claimed, "…"`,
/// `NATO said that …`, `The NATO chief confirmed the deployment …`.
fn english_reported(sentence: &str, clause: &Clause) -> Option<usize> {
    let span = clause.spans.first()?;
    let text = sentence.get(span.clone())?;
    let verb_ends_head = |head: &str| head.split_whitespace().rev().take(4).any(|w| is_saying(w.trim_end_matches(',')));
    let open = [text.find('"'), text.find('\u{201C}')].into_iter().flatten().min();
    if let Some(open) = open {
        let head = text.get(..open).unwrap_or("").trim_end().trim_end_matches(',');
        if head.rsplit(' ').next().is_some_and(is_saying) || head.ends_with(" that") && verb_ends_head(head) {
            return Some(span.start + open);
        }
    }
    if let Some(at) = text.find(" that ") {
        let head = text.get(..at).unwrap_or("");
        // "The NIS reported to the Intelligence Committee that …": whom it is told to is no
        // more a party than who tells it.
        let told_to = !head.contains(',') && head.split(' ').skip(1).take(8).any(is_saying);
        if verb_ends_head(head) || told_to {
            return Some(span.start + at + " that ".len());
        }
    }
    // A reporting verb among the first words, with its object after it; "announced the
    // duties", "confirmed new sanctions" are acts, not reports.
    let mut offset = 0;
    let mut words = text.split(' ').enumerate().take(9).peekable();
    while let Some((n, word)) = words.next() {
        let next = words.peek().map_or("", |(_, w)| *w);
        let act = matches!(word, "announced" | "confirmed" | "revealed") && matches!(next, "the" | "a" | "an" | "new" | "its" | "their" | "additional");
        if n > 0 && is_saying(word) && !act {
            return Some(span.start + offset + word.len());
        }
        offset += word.len() + 1;
    }
    None
}

/// Korean clauses: cut after connective endings; in each, reported speech (`…다고
/// 밝혔습니다`) reports from its start to the quotative ending, and the topic at its start
/// ("나토는 …다고 밝혔습니다") is who reports it.
fn korean_clauses(sentence: &str) -> Vec<Clause> {
    const ENDS: [&str; 16] = ["했고", "됐고", "였고", "았고", "었고", "하며", "면서", "지만", "는데", "했으며", "됐으며", "하고", "면서도", "인데", "하자", "되자"];
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    for word in sentence.split(' ') {
        let end = pos + word.len();
        if ENDS.iter().any(|e| word.trim_end_matches(',').ends_with(e)) {
            out.push(start..end);
            start = (end + 1).min(sentence.len());
        }
        pos = end + 1;
    }
    if start < sentence.len() {
        out.push(start..sentence.len());
    }
    // "중국이 …을 단행하며 …에 발을 맞추는": after "-고", "-며", "-면서" the subject goes on.
    let mut after_same_subject = false;
    out.into_iter()
        .filter(|s| sentence.get(s.clone()).is_some_and(|t| !t.trim().is_empty()))
        .map(|span| {
            let text = sentence.get(span.clone()).unwrap_or("");
            let shares_subject = after_same_subject;
            let end = text.trim_end().trim_end_matches(',');
            after_same_subject = ["고", "며", "면서"].iter().any(|e| end.ends_with(e));
            let last = text.split_whitespace().last().unwrap_or("");
            let saying = KO_SAYING.iter().any(|v| last.starts_with(v)) || last.ends_with("했습니다") && !CUES.iter().any(|c| last.contains(c.word));
            let quote_end = ["다고 ", "라고 ", "다고도 ", "라고도 "].iter().filter_map(|m| text.rfind(m)).max();
            let mut clause = Clause::whole(span.clone());
            clause.shares_subject = shares_subject;
            if let (true, Some(_)) = (saying, quote_end) {
                let first = text.split_whitespace().next().unwrap_or("");
                if first.ends_with('는') || first.ends_with('은') {
                    clause.content_from = Some(span.start + first.len());
                }
            }
            clause
        })
        .collect()
}

/// Stance belongs to the pair, not the word: troops sent to a partner (a partner in a
/// cooperative relation of the story, or one nothing sets against the sender) are
/// cooperation with it, and hostility toward each side it is at war with; talks and visits
/// between partners are cooperation. Then repeats of one pair, direction, stance and
/// certainty fold into one.
fn pair_stances(relations: &mut Vec<FoundRelation>) {
    let same = |r: &FoundRelation, a: &str, b: &str| (r.source == a && r.target == b) || (r.source == b && r.target == a);
    let snapshot = relations.clone();
    let cooperative = |a: &str, b: &str, except: &str| {
        snapshot.iter().any(|o| o.kind != except && o.stance == StanceKind::Cooperative && same(o, a, b))
    };
    let hostile = |a: &str, b: &str, except: &str| {
        snapshot.iter().any(|o| o.kind != except && o.stance == StanceKind::Hostile && same(o, a, b))
    };
    let mut added = Vec::new();
    for r in relations.iter_mut().filter(|r| r.kind == "deployment") {
        let partners: Vec<&String> = snapshot
            .iter()
            .filter(|o| o.stance == StanceKind::Cooperative && o.kind != "deployment" && (o.source == r.source || o.target == r.source))
            .map(|o| if o.source == r.source { &o.target } else { &o.source })
            .collect();
        let at_war_with_partner = snapshot.iter().any(|o| o.kind == "conflict" && partners.iter().any(|p| same(o, p, &r.target)));
        let allied = cooperative(&r.source, &r.target, "deployment");
        if allied || (!hostile(&r.source, &r.target, "deployment") && !at_war_with_partner) {
            r.stance = StanceKind::Cooperative;
        }
        if allied {
            for war in snapshot.iter().filter(|o| o.kind == "conflict") {
                let enemy = if war.source == r.target {
                    &war.target
                } else if war.target == r.target {
                    &war.source
                } else {
                    continue;
                };
                if *enemy != r.source {
                    let mut against = r.clone();
                    against.target = enemy.clone();
                    against.stance = StanceKind::Hostile;
                    added.push(against);
                }
            }
        }
    }
    relations.extend(added);
    // Talks and visits are read against the deployments' stances just settled.
    let settled = relations.clone();
    for r in relations.iter_mut().filter(|r| matches!(r.kind, "talks" | "visit")) {
        let partners = |stance: StanceKind| settled.iter().any(|o| o.kind != r.kind && o.stance == stance && same(o, &r.source, &r.target));
        if partners(StanceKind::Cooperative) && !partners(StanceKind::Hostile) {
            r.stance = StanceKind::Cooperative;
        }
    }
    let all = std::mem::take(relations);
    for r in all {
        merge(relations, r);
    }
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
        if slot.is_none() {
            *slot = Some(statement(self.clause));
        }
    }
}

/// The identity of a relation: its pair (in order when directed), direction, stance and
/// certainty.
type Key = (String, String, bool, StanceKind, CertaintyKind);

fn key_of(r: &FoundRelation) -> Key {
    let (a, b) = if r.directed || r.source <= r.target { (&r.source, &r.target) } else { (&r.target, &r.source) };
    (a.clone(), b.clone(), r.directed, r.stance, r.certainty)
}

/// Relations as [`merge`] would build them one by one, with indexes so that a long story
/// does not scan every relation and every evidence id for each new one.
#[derive(Default)]
struct Merged<'t> {
    relations: Vec<FoundRelation>,
    by_key: IdMap<Key, usize>,
    /// (index into `relations`, evidence id) already recorded
    evidence: IdSet<(usize, &'t str)>,
}

impl<'t> Merged<'t> {
    /// [`merge`] of `new`, stated in `said`, with `evidence` as its one evidence id.
    fn add(&mut self, mut new: FoundRelation, evidence: &'t str, said: Said<'_>) {
        let key = key_of(&new);
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
        // Repeats mostly come from the same paragraph, one clause after another.
        let last = known.evidence.last().is_some_and(|e| e == evidence);
        if !last && self.evidence.insert((at, evidence)) {
            known.evidence.push(evidence.to_string());
        }
        said.fill(known);
        // Most repeats state the same kind, which needs no ranking.
        if new.kind != known.kind && kind_info(new.kind).0 < kind_info(known.kind).0 {
            known.kind = new.kind;
        }
    }
}

/// Folds `new` into `found`: a relation of the same pair, direction, stance and certainty
/// takes its evidence and statements (and the stronger kind); anything else is added.
pub(crate) fn merge(found: &mut Vec<FoundRelation>, new: FoundRelation) {
    let key = key_of(&new);
    match found.iter_mut().find(|r| key_of(r) == key) {
        Some(known) => {
            for e in new.evidence {
                if !known.evidence.contains(&e) {
                    known.evidence.push(e);
                }
            }
            if kind_info(new.kind).0 < kind_info(known.kind).0 {
                known.kind = new.kind;
            }
            if known.said_en.is_none() {
                known.said_en = new.said_en;
            }
            if known.said_ko.is_none() {
                known.said_ko = new.said_ko;
            }
        }
        None => found.push(new),
    }
}

/// A clause as a sentence a reader can take alone: trimmed, capitalised, with a full stop.
fn statement(clause: &str) -> String {
    let t = clause.trim().trim_end_matches([',', ';']).trim_start_matches(['"', '\u{201C}']);
    let mut chars = t.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    // A clause cut from a quotation may hold one of its marks without the other.
    if out.matches('"').count() % 2 == 1 {
        out = out.replace('"', "");
    }
    if !out.ends_with(['.', '?', '!', '"', '\u{201D}']) {
        out.push('.');
    }
    if out.chars().count() > 280 {
        out = out.chars().take(279).collect();
        out.push('…');
    }
    out
}

/// A one-line summary in English and Korean: the clause that states it in each language
/// it was read from, and for a language it was not read from, a line made of the names,
/// the kind and the hedge.
pub fn summary(r: &FoundRelation, name_en: &dyn Fn(&str) -> String, name_ko: &dyn Fn(&str) -> String) -> (String, String) {
    let (label_en, label_ko) = match r.kind {
        "deployment" => ("military deployment", "파병"),
        "severance" => ("severance of ties", "관계 단절"),
        "provocation" => ("provocation", "도발"),
        "retaliation" => ("retaliation", "보복"),
        "trade-measures" => ("trade measures", "무역 조치"),
        "threat" => ("threat", "위협"),
        "criticism" => ("criticism", "비판"),
        "sanctions" => ("sanctions", "제재"),
        "confrontation" => ("confrontation", "대립"),
        "cooling" => ("cooling relations", "관계 악화"),
        "conflict" => ("conflict", "충돌"),
        "treaty" => ("treaty", "조약"),
        "alliance" => ("alliance", "동맹"),
        "agreement" => ("agreement", "합의"),
        "cooperation" => ("cooperation", "협력"),
        "support" => ("support", "지원"),
        "request" => ("request", "요청"),
        "visit" => ("visit", "방문"),
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
    let (en, ko) = if r.directed {
        (format!("{s_en} toward {t_en}: {label_en}{hedge_en}"), format!("{s_ko} → {t_ko}: {label_ko}{hedge_ko}"))
    } else {
        (format!("{s_en} and {t_en}: {label_en}{hedge_en}"), format!("{s_ko}·{t_ko}: {label_ko}{hedge_ko}"))
    };
    (r.said_en.clone().unwrap_or(en), r.said_ko.clone().unwrap_or(ko))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (String, String, bool, StanceKind, CertaintyKind);

    fn read(texts: &[&str]) -> Vec<Row> {
        let g = Gazetteer::new();
        let units: Vec<EvidenceText<'_>> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| EvidenceText { id: format!("p{}", i + 1), text, speaker_actor: None })
            .collect();
        extract(&g, &units).relations.into_iter().map(|r| (r.source, r.target, r.directed, r.stance, r.certainty)).collect()
    }

    fn row(source: &str, target: &str, directed: bool, stance: StanceKind, certainty: CertaintyKind) -> Row {
        (source.to_string(), target.to_string(), directed, stance, certainty)
    }

    #[test]
    fn clauses_pairs_stances_and_hedges() {
        use CertaintyKind::*;
        use StanceKind::*;
        let cases: Vec<(&str, Vec<Row>)> = vec![
            ("North Korea and Russia signed a treaty.", vec![row("north-korea", "russia", false, Cooperative, Reported)]),
            ("Russia is expected to expand cooperation with Beijing.", vec![row("russia", "china", false, Cooperative, Expected)]),
            ("Pyongyang has denied sending troops to Ukraine.", vec![row("north-korea", "ukraine", true, Cooperative, Denied)]),
            ("As war fatigue grows, support from the North matters to Moscow.", vec![row("north-korea", "russia", true, Cooperative, Reported)]),
            // Troops sent to a partner at war: cooperation with it, hostility toward its enemy.
            (
                "North Korea sent troops to help Russia in its war against Ukraine.",
                vec![
                    row("north-korea", "russia", true, Cooperative, Reported),
                    row("russia", "ukraine", false, Hostile, Reported),
                    row("north-korea", "ukraine", true, Hostile, Reported),
                ],
            ),
            // Certainty comes from the clause, not the sentence.
            (
                "Russia signed a pact with China, and it is expected that Japan will protest to China.",
                vec![row("russia", "china", false, Cooperative, Reported), row("japan", "china", true, Hostile, Expected)],
            ),
            // Who reports is not a party; a deployment needs a destination.
            ("NATO confirmed the North Korean military's deployment to Russia.", vec![row("north-korea", "russia", true, Cooperative, Reported)]),
            ("The United States warned that North Korean troops would be targets if they are deployed.", vec![row("united-states", "north-korea", true, Hostile, Reported)]),
            // A second verb of one subject; a giver is not the target of a hostile cue.
            ("Ukraine criticized the move and requested sanctions from the United States.", vec![row("ukraine", "united-states", true, Cooperative, Reported)]),
            // A cue inside a name is part of the name.
            ("South Korea sent a delegation to the North Atlantic Treaty Organization.", vec![]),
            ("China, which has retaliated against the U.S., is an exception.", vec![row("china", "united-states", true, Hostile, Reported)]),
            ("The two countries are accusing each other.", vec![]),
            ("북한이 러시아에 병력을 보냈습니다 일본은 중국과 대화했습니다", vec![row("japan", "china", false, Neutral, Reported)]),
            ("중국이 미국에 맞서 보복관세를 물리겠다고 예고했습니다.", vec![row("china", "united-states", true, Hostile, Reported)]),
            ("미국과 중국의 협상도 속도를 낼 것으로 보입니다.", vec![row("united-states", "china", false, Neutral, Expected)]),
            ("북한과 러시아의 협력이 강화되고 있다고 분석됩니다.", vec![row("north-korea", "russia", false, Cooperative, Analysis)]),
            ("Officials in Seoul and Tokyo held talks.", vec![]),
            ("Japan's weather was mild.", vec![]),
        ];
        for (text, want) in cases {
            assert_eq!(read(&[text]), want, "{text}");
        }
    }

    #[test]
    fn subjects_carried_over_scope_and_korean_subjects() {
        use CertaintyKind::*;
        use StanceKind::*;
        let cases: Vec<(Vec<&str>, Vec<Row>)> = vec![
            // "He" is the subject of the sentence before.
            (
                vec!["Japan imposed tariffs on China.", "He warned that tariffs on China could rise."],
                vec![row("japan", "china", true, Hostile, Reported), row("japan", "china", true, Hostile, Possible)],
            ),
            // Also after a short opening phrase; "ready to" is expected.
            (
                vec!["Russia held drills.", "Yet at the same time, they are ready to hold talks with Ukraine."],
                vec![row("russia", "ukraine", false, Neutral, Expected)],
            ),
            (vec!["일본은 미국과 협의했습니다."], vec![row("japan", "united-states", false, Neutral, Reported)]),
            // A negated cue, and what someone is asked to do, state nothing.
            (vec!["There will be no new sanctions on Japan by Russia."], vec![]),
            (vec!["The United States asked China to put pressure on North Korea."], vec![row("united-states", "china", true, Cooperative, Reported)]),
            // A "from" far from the hostile cue names no giver.
            (vec!["Russia warned of a firm answer to the moves from Japan."], vec![row("russia", "japan", true, Hostile, Reported)]),
            // Whom a statement is told to is no party.
            (vec!["NATO reported to Japan that the talks had ended."], vec![]),
            (vec!["The close relationship between China and Russia worries Japan."], vec![row("china", "russia", false, Cooperative, Reported)]),
            (vec!["China and Russia emerged as a threat."], vec![]),
            // Talks "between" two who are not named are not the named actors' talks.
            (vec!["China and Japan sent envoys to the talks between the two companies."], vec![]),
            (vec!["North Korea is receiving Russian fuel."], vec![row("russia", "north-korea", true, Cooperative, Reported)]),
            (vec!["Russia said its troops are receiving training."], vec![]),
            // A leader stands for the state; a meeting during a visit is talks.
            (vec!["Putin met Kim Jong-un during his visit to Moscow."], vec![row("russia", "north-korea", false, Neutral, Reported)]),
            (
                vec!["미중 무역전쟁이 길어지는 셈인데, 협상도 곧 열릴 것으로 보입니다."],
                vec![row("united-states", "china", false, Hostile, Reported), row("united-states", "china", false, Neutral, Expected)],
            ),
            (
                vec!["미국은 보복 관세로 맞선 중국에 추가 관세를 물렸습니다."],
                vec![row("china", "united-states", true, Hostile, Reported), row("united-states", "china", true, Hostile, Reported)],
            ),
            (
                vec!["중국은 미국의 관세 압박을 비판했습니다."],
                vec![row("united-states", "china", true, Hostile, Reported), row("china", "united-states", true, Hostile, Reported)],
            ),
            (vec!["중국과 러시아는 지역의 위협으로 떠올랐습니다."], vec![]),
            // A subject inside what is said is not the subject of the saying; a verb has no possessor.
            (vec!["중국은 미국이 약속을 어겼다고 비판했습니다."], vec![row("china", "united-states", true, Hostile, Reported)]),
            (vec!["우크라이나는 북한의 파병을 규탄했습니다."], vec![row("ukraine", "north-korea", true, Hostile, Reported)]),
            // "대북": what is aimed at, never who acts.
            (vec!["미국의 대북 제재가 강화됐습니다."], vec![row("united-states", "north-korea", true, Hostile, Reported)]),
            (vec!["대북 압박이 일본의 과제입니다."], vec![row("japan", "north-korea", true, Hostile, Reported)]),
            (vec!["중국이 북한산 석탄 수입을 전면 금지했습니다."], vec![row("china", "north-korea", true, Hostile, Reported)]),
            // After "-며" the subject goes on, unless the clause names its own.
            (vec!["중국은 회의를 열며 미국산 제품의 수입을 확대하기로 했습니다."], vec![row("china", "united-states", true, Cooperative, Reported)]),
            (vec!["미국은 협상을 제안하며 일본이 중국을 비판했습니다."], vec![row("japan", "china", true, Hostile, Reported)]),
            // Troops sent to a war named after a state are sent against it.
            (vec!["North Korea's deployment to the Ukraine war was denied."], vec![row("north-korea", "ukraine", true, Hostile, Denied)]),
            (vec!["Ukraine once occupied part of Russia."], vec![row("ukraine", "russia", true, Hostile, Reported)]),
            // "this cooperation": aimed at whoever did the last relation stated.
            (
                vec!["North Korea sent troops to Russia.", "Ukraine criticized this cooperation."],
                vec![row("north-korea", "russia", true, Cooperative, Reported), row("ukraine", "north-korea", true, Hostile, Reported)],
            ),
        ];
        for (texts, want) in cases {
            assert_eq!(read(&texts), want, "{texts:?}");
        }
    }

    #[test]
    fn the_two_countries_are_the_last_two_named() {
        let g = Gazetteer::new();
        let units = [
            EvidenceText { id: "p1".into(), text: "China thanked Japan.", speaker_actor: None },
            EvidenceText { id: "p2".into(), text: "The two countries agreed to deepen cooperation.", speaker_actor: None },
        ];
        let found = extract(&g, &units).relations;
        let got: Vec<(&str, &str, Vec<String>)> = found.iter().map(|r| (r.source.as_str(), r.target.as_str(), r.evidence.clone())).collect();
        assert_eq!(got, [("china", "japan", vec!["p2".to_string()])]);
    }

    #[test]
    fn talks_between_partners_are_cooperation() {
        use CertaintyKind::*;
        use StanceKind::*;
        let found = read(&["North Korea sent troops to Russia.", "Putin met North Korea's foreign minister in Russia."]);
        assert_eq!(found.first(), Some(&row("north-korea", "russia", true, Cooperative, Reported)));
        let found = read(&["China imposed tariffs on the United States.", "China and the United States held talks."]);
        assert_eq!(found.get(1), Some(&row("china", "united-states", false, Neutral, Reported)), "{found:#?}");
    }

    #[test]
    fn one_relation_per_pair_direction_stance_and_certainty() {
        let g = Gazetteer::new();
        let units = [
            EvidenceText { id: "p1".into(), text: "North Korea and Russia signed a treaty.", speaker_actor: None },
            EvidenceText { id: "p2".into(), text: "North Korea and Russia are deepening cooperation.", speaker_actor: None },
        ];
        let found = extract(&g, &units).relations;
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found.first().map(|r| (r.kind, r.evidence.clone())), Some(("treaty", vec!["p1".to_string(), "p2".to_string()])));
        assert_eq!(found.first().and_then(|r| r.said_en.clone()).as_deref(), Some("North Korea and Russia signed a treaty."));
    }

    #[test]
    fn mentioned_in_order_of_first_mention() {
        let g = Gazetteer::new();
        let units = [EvidenceText { id: "p1".into(), text: "Russia thanked China. Japan and Russia met.", speaker_actor: None }];
        assert_eq!(extract(&g, &units).mentioned, ["russia", "china", "japan"]);
    }
}
