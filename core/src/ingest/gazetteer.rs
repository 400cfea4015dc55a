//! The gazetteer: the actors a story may name, with their aliases in both languages, and
//! the scanner that finds them in text.
//!
//! Matching is on word boundaries. English aliases match case-sensitively (so "the North"
//! is not "the north of the city"), except that a sentence-initial "The" also matches
//! "the". Korean aliases match only when not glued to a preceding syllable, and when what
//! follows is not a syllable or is a particle ("북한이", "북은", "러시아와"): "북" in "북부"
//! or "경상북도" is not North Korea.

use super::text::{bytes_at, char_at, char_before, is_hangul, IdMap, PairIndex};

/// What kind of actor an entry is (mirrors the report's actor kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A state.
    State,
    /// An organisation.
    Organisation,
    /// A person.
    Person,
    /// A group.
    Group,
}

/// One actor the gazetteer knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerEntry {
    /// The report id ("north-korea").
    pub id: String,
    /// English name.
    pub name_en: String,
    /// Korean name.
    pub name_ko: String,
    /// Its kind.
    pub kind: EntryKind,
    /// Aliases in either language; the names themselves always match.
    pub aliases: Vec<String>,
    /// For a government body, the state it belongs to (its id); relations let the body
    /// stand for that state toward a foreign actor.
    pub parent: Option<String>,
}

/// An alias that names several actors at once ("inter-Korean", "한미").
#[derive(Debug, Clone, PartialEq, Eq)]
struct Compound {
    alias: String,
    ids: Vec<String>,
}

/// A mention of an actor (or a compound of actors) in a text. Its ids are borrowed from
/// the gazetteer: a long story has tens of thousands of mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention<'g> {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// The actors named: one, or two or more for a compound.
    pub ids: &'g [String],
}

/// The actors a story may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    /// Entry indices by id (the first entry of an id): relation reading looks actors up
    /// by id for every clause.
    by_id: IdMap<String, usize>,
    compounds: Vec<Compound>,
    /// Every alias spelling to look for, compounds first, then aliases longest first so
    /// "North Korea" wins over a shorter alias.
    patterns: Vec<Pattern>,
    /// Pattern indices by the two bytes they start with: one pass over a text tries at
    /// each position only the few aliases that can start there, instead of one substring
    /// search per alias (which dominated ingestion time on long stories).
    starting: PairIndex,
}

/// One spelling of an alias to look for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    /// The text matched ("the North", or its sentence-initial variant "The North").
    text: String,
    /// Whether the alias is Korean (particle rules) rather than English (word boundaries).
    korean: bool,
    /// A one-syllable Korean alias ("북"), which "한" may not follow.
    single: bool,
    /// Whether the first and last characters are alphanumeric (need a word boundary).
    first_alnum: bool,
    last_alnum: bool,
    /// A capital ("Seoul", "평양"), which stands for its government only where it acts.
    place: bool,
    /// A news outlet ("CNN"), an actor only where it acts.
    outlet: bool,
    /// The Korean name of a state (or of the UN): a place where "에서", a venue or a word of
    /// geography follows it ("스위스 제네바에서", "일본 남쪽 해상"; see [`korean_place`]).
    country_ko: bool,
    /// The actors it names.
    ids: Vec<String>,
}

fn entry(id: &str, en: &str, ko: &str, kind: EntryKind, aliases: &[&str]) -> GazetteerEntry {
    GazetteerEntry {
        id: id.into(),
        name_en: en.into(),
        name_ko: ko.into(),
        kind,
        aliases: aliases.iter().map(|a| (*a).to_string()).collect(),
        parent: None,
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        use EntryKind::{Organisation, State};
        let entries = vec![
            entry("north-korea", "North Korea", "북한", State, &[
                "DPRK", "the DPRK", "the North", "N. Korea", "N.Korea", "Pyongyang", "the regime",
                "North Korean", "North Koreans", "the North's", "북", "북측", "평양", "북한 당국", "북한군",
                // "대북 제재": toward it.
                "대북",
                // Its leader, who acts for it.
                "Kim Jong-un", "Kim Jong Un", "김정은",
            ]),
            entry("south-korea", "South Korea", "한국", State, &[
                "Seoul", "the South", "South Korean", "the Republic of Korea", "남한", "서울", "한국군", "국군",
                // A Korean broadcaster's "Korea" is the South.
                "Korea", "Korean",
                // A Korean broadcaster's "our" is the country's, in both languages.
                "our government", "our country", "our nation", "our side", "our delegation", "our negotiators",
                "our negotiation team", "our trade negotiator", "our chief trade negotiator", "our trade minister",
                "our foreign minister", "our military", "our officials", "our authorities",
                "우리 정부", "우리 군", "우리나라", "우리 측", "우리 대표단", "우리 협상단", "우리 당국",
            ]),
            entry("russia", "Russia", "러시아", State, &[
                "Moscow", "the Kremlin", "Kremlin", "Russian", "Russians", "모스크바", "크렘린", "러시아군",
                "Putin", "Vladimir Putin", "푸틴", "대러",
            ]),
            entry("united-states", "the United States", "미국", State, &[
                "United States", "the U.S.", "U.S.", "the US", "USA", "Washington", "American",
                "Americans", "워싱턴", "미 정부", "미군", "美", "대미",
                "Trump", "Donald Trump", "트럼프", "Biden", "Joe Biden", "바이든",
            ]),
            entry("china", "China", "중국", State, &[
                "Beijing", "Chinese", "PRC", "the PRC", "베이징", "중국군", "中", "Xi Jinping", "President Xi", "시진핑",
            ]),
            entry("ukraine", "Ukraine", "우크라이나", State, &[
                "Kyiv", "Kiev", "Ukrainian", "Ukrainians", "키이우", "우크라이나군", "Zelensky", "Zelenskyy", "젤렌스키",
            ]),
            entry("japan", "Japan", "일본", State, &["Tokyo", "Japanese", "도쿄", "Ishiba", "이시바", "Kishida", "기시다"]),
            entry("united-nations", "the United Nations", "유엔", Organisation, &[
                "United Nations", "the UN", "UN", "U.N.", "UN Security Council", "Security Council",
                "안보리", "국제연합",
            ]),
            entry("the-west", "the West", "서방", EntryKind::Group, &[
                "Western countries", "Western nations", "Western allies", "서방 국가", "서방국가", "서방 국가들",
            ]),
        ];
        let mut entries = entries;
        entries.extend(COUNTRIES.iter().map(|(id, en, ko, aliases)| {
            let capitals = FOREIGN_CAPITALS.iter().filter(|(of, _)| of == id).flat_map(|(_, names)| names.iter());
            let aliases: Vec<&str> = aliases.iter().chain(capitals).copied().collect();
            entry(id, en, ko, State, &aliases)
        }));
        let compounds = [
            ("inter-Korean", &["north-korea", "south-korea"][..]),
            ("two Koreas", &["north-korea", "south-korea"][..]),
            ("남북", &["north-korea", "south-korea"][..]),
            ("북러", &["north-korea", "russia"][..]),
            ("북·러", &["north-korea", "russia"][..]),
            ("미중", &["united-states", "china"][..]),
            ("미·중", &["united-states", "china"][..]),
            ("미-중", &["united-states", "china"][..]),
            ("美中", &["united-states", "china"][..]),
            ("美·中", &["united-states", "china"][..]),
            ("중미 양국", &["china", "united-states"][..]),
            ("미·러", &["united-states", "russia"][..]),
            ("중러", &["china", "russia"][..]),
            ("중·러", &["china", "russia"][..]),
            ("한러", &["south-korea", "russia"][..]),
            ("한·러", &["south-korea", "russia"][..]),
            ("한·중", &["south-korea", "china"][..]),
            ("한·일", &["south-korea", "japan"][..]),
            ("미일", &["united-states", "japan"][..]),
            ("미·일", &["united-states", "japan"][..]),
            ("러·우", &["russia", "ukraine"][..]),
            ("북중", &["north-korea", "china"][..]),
            ("북·중", &["north-korea", "china"][..]),
            ("북미", &["north-korea", "united-states"][..]),
            ("북·미", &["north-korea", "united-states"][..]),
            ("한미", &["south-korea", "united-states"][..]),
            ("한·미", &["south-korea", "united-states"][..]),
            ("한중", &["south-korea", "china"][..]),
            ("한일", &["south-korea", "japan"][..]),
            ("중일", &["china", "japan"][..]),
            ("중·일", &["china", "japan"][..]),
            ("일중", &["japan", "china"][..]),
            ("일·중", &["japan", "china"][..]),
            ("미러", &["united-states", "russia"][..]),
            ("북일", &["north-korea", "japan"][..]),
            ("북·일", &["north-korea", "japan"][..]),
            ("러일", &["russia", "japan"][..]),
            ("한미 양국", &["south-korea", "united-states"][..]),
            ("한미일", &["south-korea", "united-states", "japan"][..]),
            ("한·미·일", &["south-korea", "united-states", "japan"][..]),
        ]
        .iter()
        .map(|(alias, ids)| Compound {
            alias: (*alias).to_string(),
            ids: ids.iter().map(|i| (*i).to_string()).collect(),
        })
        .collect();
        let mut g = Gazetteer { entries, by_id: IdMap::default(), compounds, patterns: Vec::new(), starting: PairIndex::default() };
        g.reindex();
        g
    }
}

impl Gazetteer {
    /// The built-in gazetteer (North and South Korea, Russia, the United States, China,
    /// Ukraine, Japan, the UN).
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an actor, or, when its id is known, adds its aliases to the known one.
    pub fn add(&mut self, extra: GazetteerEntry) {
        self.merge(extra);
        self.reindex();
    }

    /// [`Gazetteer::add`] of each actor in turn, indexed once at the end: for a caller that
    /// looks nothing up in between. Each index is rebuilt whole (its table of byte pairs
    /// alone has 64 Ki entries), and a story adds several actors at once.
    pub(crate) fn add_all(&mut self, extras: Vec<GazetteerEntry>) {
        if extras.is_empty() {
            return;
        }
        for extra in extras {
            self.merge(extra);
        }
        self.reindex();
    }

    /// The entries with `extra` added or merged into the known one, before reindexing.
    fn merge(&mut self, extra: GazetteerEntry) {
        match self.entries.iter_mut().find(|e| e.id == extra.id) {
            Some(known) => {
                for alias in extra.aliases {
                    if !known.aliases.contains(&alias) {
                        known.aliases.push(alias);
                    }
                }
                for name in [extra.name_en, extra.name_ko] {
                    if !name.is_empty() && name != known.name_en && name != known.name_ko && !known.aliases.contains(&name) {
                        known.aliases.push(name);
                    }
                }
            }
            None => self.entries.push(extra),
        }
    }

    /// Every entry.
    pub(crate) fn entries(&self) -> &[GazetteerEntry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&GazetteerEntry> {
        self.by_id.get(id).and_then(|&i| self.entries.get(i))
    }

    /// The id of the actor with exactly this name or alias (ignoring case and a leading
    /// "the").
    pub fn id_of_name(&self, name: &str) -> Option<&str> {
        let bare = |s: &str| s.trim().trim_start_matches("the ").trim_start_matches("The ").to_lowercase();
        let want = bare(name);
        self.entries
            .iter()
            .find(|e| [&e.name_en, &e.name_ko].into_iter().chain(e.aliases.iter()).any(|n| !n.is_empty() && bare(n) == want))
            .map(|e| e.id.as_str())
    }

    /// The state an actor stands for toward `other`: a government body's state when
    /// `other` is (or belongs to) another state; otherwise the actor itself.
    pub fn stand_for<'s>(&'s self, id: &'s str, other: &str) -> &'s str {
        let state_of = |id: &str| -> Option<&str> {
            let e = self.get(id)?;
            if e.kind == EntryKind::State {
                Some(e.id.as_str())
            } else {
                e.parent.as_deref()
            }
        };
        match (self.get(id).and_then(|e| e.parent.as_deref()), state_of(other)) {
            (Some(parent), Some(theirs)) if parent != theirs => parent,
            _ => id,
        }
    }

    fn reindex(&mut self) {
        self.by_id.clear();
        for (i, e) in self.entries.iter().enumerate() {
            self.by_id.entry(e.id.clone()).or_insert(i);
        }
        let mut index = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            for alias in [&e.name_en, &e.name_ko].into_iter().chain(e.aliases.iter()) {
                if !alias.is_empty() {
                    index.push((alias.clone(), i));
                }
            }
        }
        index.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        index.dedup();
        let compounds = self.compounds.iter().map(|c| (c.alias.as_str(), c.ids.clone()));
        let aliases = index
            .iter()
            .filter_map(|(alias, i)| self.entries.get(*i).map(|e| (alias.as_str(), vec![e.id.clone()])));
        // The Korean names of the states and of the UN ("유엔 총회장에서"), which can read as
        // places.
        let states_ko: Vec<&str> = self
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::State || e.id == "united-nations")
            .map(|e| e.name_ko.as_str())
            .collect();
        let mut patterns = Vec::new();
        for (alias, ids) in compounds.chain(aliases) {
            let korean = alias.chars().any(is_hangul);
            let single = alias.chars().count() == 1;
            let mut variants = vec![alias.to_string()];
            if let Some(rest) = alias.strip_prefix("the ") {
                variants.push(format!("The {rest}"));
            }
            if let Some(rest) = alias.strip_prefix("our ") {
                variants.push(format!("Our {rest}"));
            }
            for text in variants {
                patterns.push(Pattern {
                    first_alnum: text.chars().next().is_some_and(char::is_alphanumeric),
                    last_alnum: text.chars().next_back().is_some_and(char::is_alphanumeric),
                    place: CAPITALS.contains(&alias) || FOREIGN_CAPITALS.iter().any(|(_, names)| names.contains(&alias)),
                    outlet: super::actors::is_outlet(&text),
                    country_ko: korean && states_ko.contains(&alias),
                    text,
                    korean,
                    single,
                    ids: ids.clone(),
                });
            }
        }
        self.starting = PairIndex::new(patterns.iter().map(|p| p.text.as_str()));
        self.patterns = patterns;
    }

    /// All actor mentions in `text`, in order, longest alias first at each position and
    /// without overlaps.
    pub fn mentions(&self, text: &str) -> Vec<Mention<'_>> {
        let mut found: Vec<Mention<'_>> = Vec::new();
        // (pattern index, start, end): the pattern index keeps ties in the order of the
        // pattern list, compounds first.
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        self.starting.each_position(text.as_bytes(), |start, candidates| {
            // Patterns are UTF-8 text, so a match can only start on a character boundary.
            if !text.is_char_boundary(start) {
                return;
            }
            for &p in candidates {
                let Some(pattern) = self.patterns.get(p) else { continue };
                let end = start + pattern.text.len();
                if bytes_at(text.as_bytes(), start, pattern.text.as_bytes())
                    && on_boundaries(text, start, pattern)
                    && (!pattern.place || acts(text, start, end, pattern.korean))
                    && (!pattern.outlet || super::actors::outlet_acts(text, start, end))
                    && (!pattern.country_ko || !korean_place(text, end))
                {
                    hits.push((p, start, start + pattern.text.len()));
                }
            }
        });
        // Longest first, then leftmost, then in pattern order (compounds first); drop
        // anything overlapping a kept mention.
        hits.sort_unstable_by(|a, b| (b.2 - b.1).cmp(&(a.2 - a.1)).then(a.1.cmp(&b.1)).then(a.0.cmp(&b.0)));
        for (p, start, end) in hits {
            if found.iter().all(|m| end <= m.start || start >= m.end) {
                let ids = self.patterns.get(p).map_or(&[][..], |pattern| pattern.ids.as_slice());
                found.push(Mention { start, end, ids });
            }
        }
        found.sort_by_key(|m| m.start);
        found
    }

    /// The first actor an organisation or title names ("Ministry of Foreign Affairs" →
    /// South Korea), for reading "we" in a quote.
    pub fn actor_of(&self, text: &str) -> Option<String> {
        self.mentions(text).into_iter().find(|m| m.ids.len() == 1).and_then(|m| m.ids.first().cloned())
    }
}

/// Other states stories name, in both languages, with their adjectives (a fact list; names
/// that are also common words or people's names, such as Chad or Jordan, are left out).
const COUNTRIES: [(&str, &str, &str, &[&str]); 52] = [
    ("germany", "Germany", "독일", &["German"]),
    ("france", "France", "프랑스", &["French"]),
    ("united-kingdom", "the United Kingdom", "영국", &["United Kingdom", "the UK", "U.K.", "Britain", "British"]),
    ("italy", "Italy", "이탈리아", &["Italian"]),
    ("spain", "Spain", "스페인", &["Spanish"]),
    ("poland", "Poland", "폴란드", &["Polish"]),
    ("lithuania", "Lithuania", "리투아니아", &["Lithuanian"]),
    ("latvia", "Latvia", "라트비아", &["Latvian"]),
    ("estonia", "Estonia", "에스토니아", &["Estonian"]),
    ("finland", "Finland", "핀란드", &["Finnish"]),
    ("sweden", "Sweden", "스웨덴", &["Swedish"]),
    ("norway", "Norway", "노르웨이", &["Norwegian"]),
    ("denmark", "Denmark", "덴마크", &["Danish"]),
    ("netherlands", "the Netherlands", "네덜란드", &["Netherlands", "Dutch"]),
    ("belgium", "Belgium", "벨기에", &["Belgian"]),
    ("austria", "Austria", "오스트리아", &["Austrian"]),
    ("switzerland", "Switzerland", "스위스", &["Swiss"]),
    ("hungary", "Hungary", "헝가리", &["Hungarian"]),
    ("czech-republic", "the Czech Republic", "체코", &["Czech Republic", "Czech"]),
    ("romania", "Romania", "루마니아", &["Romanian"]),
    ("greece", "Greece", "그리스", &["Greek"]),
    ("belarus", "Belarus", "벨라루스", &["Belarusian"]),
    ("moldova", "Moldova", "몰도바", &["Moldovan"]),
    ("serbia", "Serbia", "세르비아", &["Serbian"]),
    ("turkey", "Türkiye", "튀르키예", &["Turkey", "Turkish", "터키"]),
    ("israel", "Israel", "이스라엘", &["Israeli"]),
    ("iran", "Iran", "이란", &["Iranian"]),
    ("iraq", "Iraq", "이라크", &["Iraqi"]),
    ("syria", "Syria", "시리아", &["Syrian"]),
    ("lebanon", "Lebanon", "레바논", &["Lebanese"]),
    ("egypt", "Egypt", "이집트", &["Egyptian"]),
    ("saudi-arabia", "Saudi Arabia", "사우디아라비아", &["Saudi", "사우디"]),
    ("qatar", "Qatar", "카타르", &["Qatari"]),
    ("united-arab-emirates", "the United Arab Emirates", "아랍에미리트", &["United Arab Emirates", "UAE"]),
    ("afghanistan", "Afghanistan", "아프가니스탄", &["Afghan"]),
    ("pakistan", "Pakistan", "파키스탄", &["Pakistani"]),
    ("india", "India", "인도", &["Indian"]),
    ("taiwan", "Taiwan", "대만", &["Taiwanese"]),
    ("mongolia", "Mongolia", "몽골", &["Mongolian"]),
    ("vietnam", "Vietnam", "베트남", &["Vietnamese"]),
    ("thailand", "Thailand", "태국", &["Thai"]),
    ("philippines", "the Philippines", "필리핀", &["Philippines", "Philippine", "Filipino"]),
    ("indonesia", "Indonesia", "인도네시아", &["Indonesian"]),
    ("malaysia", "Malaysia", "말레이시아", &["Malaysian"]),
    ("singapore", "Singapore", "싱가포르", &["Singaporean"]),
    ("australia", "Australia", "호주", &["Australian"]),
    ("new-zealand", "New Zealand", "뉴질랜드", &[]),
    ("canada", "Canada", "캐나다", &["Canadian"]),
    ("mexico", "Mexico", "멕시코", &["Mexican"]),
    ("brazil", "Brazil", "브라질", &["Brazilian"]),
    ("cuba", "Cuba", "쿠바", &["Cuban"]),
    ("venezuela", "Venezuela", "베네수엘라", &["Venezuelan"]),
];

/// Whether the Korean country name ending at `end` is where something happens: "에서" after
/// it, or after the next word ("스위스 제네바에서").
fn korean_place(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    // The next two words: "일본 오키나와 남쪽에서" is a place as "일본 남쪽에서" is.
    let mut next = rest.strip_prefix(' ').map(|r| r.split(' ').take(2)).into_iter().flatten();
    rest.starts_with("에서")
        || next.any(|w| w.ends_with("에서") || KO_GEOGRAPHY.iter().any(|g| w.starts_with(g)))
        || KO_GEOGRAPHY.iter().any(|g| rest.starts_with(g))
}

/// Words of geography after a country's name ("일본 남쪽 해상", "중국 동해안으로"), and of
/// events named by their place: the country is a place there, not a party.
const KO_GEOGRAPHY: [&str; 26] = [
    "남쪽", "북쪽", "동쪽", "서쪽", "남부", "북부", "동부", "서부", "동해안", "서해안", "남해안", "해상", "연안",
    "내륙", "상공", "부근", "인근", "남동쪽",
    // Events named by where they are ("캐나다 G7 정상회의", "우크라이나 사태").
    "사태", "정상회의", "G7", "G20", "올림픽", "월드컵", "엑스포", "총회",
];

/// Whether `name` is a state's name or one of its aliases ("미국", "U.S.", "Russian"), as a
/// speaker label writes it before a title.
pub(crate) fn is_state_name(name: &str) -> bool {
    static STATES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let states = STATES.get_or_init(|| {
        let g = Gazetteer::new();
        g.entries
            .iter()
            .filter(|e| e.kind == EntryKind::State)
            .flat_map(|e| [e.name_en.clone(), e.name_ko.clone()].into_iter().chain(e.aliases.iter().cloned()))
            .chain(["미", "중", "일", "러", "북", "한"].map(String::from))
            .collect()
    });
    // Labels are sometimes written in capitals ("JAPANESE MINISTER OF FOREIGN AFFAIRS").
    states.iter().any(|s| s == name || s.is_ascii() && s.eq_ignore_ascii_case(name))
}

/// Capitals: a capital's name stands for its government only where the sentence makes it
/// act ("Moscow welcomed the move"), not where it is a place ("gathered in Seoul").
const CAPITALS: [&str; 15] = [
    "Seoul", "Pyongyang", "Moscow", "Washington", "Beijing", "Tokyo", "Kyiv", "Kiev", "서울", "평양", "모스크바",
    "워싱턴", "베이징", "도쿄", "키이우",
];

/// The other states' capitals, which stand for their governments as Seoul or Moscow do
/// (and, as they do, only where the sentence makes them act).
const FOREIGN_CAPITALS: [(&str, &[&str]); 36] = [
    ("germany", &["Berlin", "베를린"]), ("france", &["Paris"]), ("united-kingdom", &["London", "런던"]),
    ("italy", &["Rome", "로마"]), ("spain", &["Madrid", "마드리드"]), ("poland", &["Warsaw", "바르샤바"]),
    ("turkey", &["Ankara", "앙카라"]), ("iran", &["Tehran", "테헤란"]), ("egypt", &["Cairo", "카이로"]),
    ("india", &["New Delhi", "뉴델리"]), ("taiwan", &["Taipei", "타이베이"]), ("mongolia", &["Ulaanbaatar", "울란바토르"]),
    ("vietnam", &["Hanoi", "하노이"]), ("thailand", &["Bangkok", "방콕"]), ("philippines", &["Manila", "마닐라"]),
    ("indonesia", &["Jakarta", "자카르타"]), ("malaysia", &["Kuala Lumpur", "쿠알라룸푸르"]), ("australia", &["Canberra", "캔버라"]),
    ("canada", &["Ottawa", "오타와"]), ("mexico", &["Mexico City", "멕시코시티"]), ("brazil", &["Brasilia", "브라질리아"]),
    ("cuba", &["Havana", "아바나"]), ("venezuela", &["Caracas", "카라카스"]), ("syria", &["Damascus", "다마스쿠스"]),
    ("saudi-arabia", &["Riyadh", "리야드"]), ("qatar", &["Doha", "도하"]), ("pakistan", &["Islamabad", "이슬라마바드"]),
    ("afghanistan", &["Kabul", "카불"]), ("iraq", &["Baghdad", "바그다드"]), ("lebanon", &["Beirut", "베이루트"]),
    ("hungary", &["Budapest", "부다페스트"]), ("greece", &["Athens", "아테네"]), ("belarus", &["Minsk", "민스크"]),
    ("sweden", &["Stockholm", "스톡홀름"]), ("norway", &["Oslo", "오슬로"]), ("finland", &["Helsinki", "헬싱키"]),
];

/// Words before a place name that make it a place.
const LOCATIVES: [&str; 21] = [
    "in", "at", "from", "into", "near", "visit", "visited", "visiting", "toward", "towards", "around",
    "across", "outside", "inside", "via", "through", "arrived", "reached", "left", "flew", "of",
];

/// Whether a capital's name at `start..end` acts rather than being a place.
fn acts(text: &str, start: usize, end: usize, korean: bool) -> bool {
    if korean {
        let after = text.get(end..).unwrap_or("");
        return !["에서", "에 ", "에,", "으로", "로 ", "까지", "를 방문", "을 방문", "시", "의 한"].iter().any(|p| after.starts_with(p))
            && after != "에";
    }
    let before = text.get(..start).unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("").to_lowercase();
    !LOCATIVES.contains(&prev.as_str())
}

/// Particles (and the first syllables of longer ones) that may follow a Korean actor name.
const PARTICLES: [char; 22] = [
    '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '으', '측', '께', '한', '까', '보',
    '처', '하', '산',
];

/// Whether a match of `pattern` at `start` stands on word boundaries: an English alias is
/// not part of a longer word; a Korean one is not glued to a syllable before it, and what
/// follows it is not a syllable or is a particle.
fn on_boundaries(hay: &str, start: usize, pattern: &Pattern) -> bool {
    let end = start + pattern.text.len();
    let before = char_before(hay, start);
    let after = char_at(hay, end);
    if pattern.korean {
        !before.is_some_and(is_hangul)
            && match after {
                Some(c) if is_hangul(c) => {
                    // "북" alone must be followed by a particle; "북한" is its own alias.
                    PARTICLES.contains(&c) && !(pattern.single && c == '한')
                }
                _ => true,
            }
    } else {
        // "the North" before a capitalised word is the start of a longer name ("the North
        // Atlantic Treaty Organization").
        let bare_the = pattern.text.strip_prefix("the ").or_else(|| pattern.text.strip_prefix("The "));
        if bare_the.is_some_and(|rest| !rest.contains(' '))
            && hay.get(end..).is_some_and(|rest| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_uppercase())))
        {
            return false;
        }
        // A Latin alias may touch Hangul: "KBS가", "NATO는".
        (!pattern.first_alnum || !before.is_some_and(|c| c.is_alphanumeric() && !is_hangul(c)))
            && (!pattern.last_alnum || !after.is_some_and(|c| c.is_alphanumeric() && !is_hangul(c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<String> {
        Gazetteer::new().mentions(text).iter().flat_map(|m| m.ids.iter().cloned()).collect()
    }

    #[test]
    fn aliases_on_word_boundaries() {
        let cases: [(&str, &[&str]); 16] = [
            ("Lithuania raised the issue with the West", &["lithuania", "the-west"]),
            ("리투아니아는 서방과", &["lithuania", "the-west"]),
            ("스위스 제네바에서 미국과", &["united-states"]),
            ("스위스는 중립국", &["switzerland"]),
            ("the North-Russia treaty", &["north-korea", "russia"]),
            ("in the Northern provinces", &[]),
            ("The North said", &["north-korea"]),
            ("the north of the city", &[]),
            ("Pyongyang and Moscow", &["north-korea", "russia"]),
            ("inter-Korean relations", &["north-korea", "south-korea"]),
            ("북한이 러시아와", &["north-korea", "russia"]),
            ("북이 밝혔다", &["north-korea"]),
            ("북부 지방과 경상북도", &[]),
            ("우리 정부는 유엔에", &["south-korea", "united-nations"]),
            ("the U.S. presidential election", &["united-states"]),
            ("USB drives and UNESCO", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(ids(text), want, "{text}");
        }
    }
}
