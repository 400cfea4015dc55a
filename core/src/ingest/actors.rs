//! Open-set actors: the organisations a story names, found by their form rather than from a
//! list, in English and Korean.
//!
//! - English: a run of capitalised words (with `of`, `for`, `and`, `the`, `on` inside) that
//!   holds an organisation's head word (`Ministry`, `Party`, `Commission`, `Court`, …), such
//!   as `Ministry of the Interior and Safety` or `U.S. Department of Commerce`; and acronyms
//!   (`NATO`, `CNN`), which become aliases of a long form whose initials they are (`KMA`).
//! - Korean: a word whose stem ends in an organisation's ending (`~부`, `~청`, `~원`, `~당`,
//!   `~위원회`, `~사령부`, …) or is `국회`, with a state's name before it kept as part of the
//!   name (`일본 방위성`, `미 국방부`).
//! - A speaker's organisation is an actor, and when the label is given in both languages it
//!   pairs the English and Korean names of one actor.
//!
//! A news outlet is an actor only where it acts ("CNN reported"), not where it signs off.
//! A government body whose name gives no state belongs to South Korea (the stories are
//! KBS's); one whose name does (`Japan Ministry of Defense`) belongs to that state. Relation
//! extraction lets such a body stand for its state toward a foreign actor.

use super::gazetteer::{EntryKind, Gazetteer, GazetteerEntry};
use super::text::{char_at, char_before, has_hangul, is_hangul, sentences, slug, Words};

/// English head words of organisation names.
const EN_HEADS: [&str; 46] = [
    "Ministry", "Department", "Agency", "Party", "Administration", "Institute", "Council", "Commission",
    "Court", "Bank", "Organization", "Organisation", "Assembly", "Office", "Service", "Committee",
    "Corporation", "Electronics", "Motors", "Group", "University", "Police", "Army", "Navy", "Forces",
    "Command", "Union", "Federation", "Association", "Foundation", "Board", "Authority", "Headquarters",
    "Parliament", "Congress", "Senate", "Cabinet", "Prosecutors", "Company", "Industries", "Pentagon",
    "Bureau", "Centre", "Center", "Tribunal", "Guard",
];

/// Heads of government bodies: a body without a state in its name is South Korea's.
const EN_GOVERNMENT_HEADS: [&str; 15] = [
    "Ministry", "Department", "Agency", "Administration", "Service", "Command", "Forces", "Army", "Navy",
    "Police", "Prosecutors", "Cabinet", "Commission", "Bureau", "Guard",
];

/// Titles that follow an organisation's name and begin a person's ("Party Leader Lee").
const TITLES_AFTER_HEADS: [&str; 22] = [
    "Speaker", "Chairman", "Chairwoman", "Chair", "Minister", "Secretary", "Spokesperson", "Spokesman",
    "Director", "President", "Leader", "Head", "Chief", "Commissioner", "Governor", "Representative",
    "Ambassador", "Commander", "Professor", "Researcher", "Official", "Lawmaker",
];

/// Words that may join the capitalised words of one name.
const EN_CONNECTORS: [&str; 6] = ["of", "for", "and", "the", "on", "&"];

/// Capitalised words of time, which end a name ("the National Assembly on Tuesday").
const TIME_WORDS: [&str; 19] = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "June", "July", "August", "September", "October", "November", "December", "May",
];

/// Acronyms that are not actors.
const NOT_ACTORS: [&str; 77] = [
    "TV", "AI", "CEO", "GDP", "USB", "PM", "AM", "OK", "ID", "IT", "LED", "CCTV", "SNS", "MOU", "ICBM",
    "SLBM", "IRBM", "KOSPI", "KOSDAQ", "HQ", "VIP", "PCR", "MRI", "LNG", "COVID", "DNA", "GPS", "CPI",
    "KST", "UTC", "EV", "SUV", "CT", "PC", "ATM", "APT", "Q&A", "FAQ", "NLL", "DMZ", "VOICE", "MODIFIED",
    "UAV", "AP", "II", "III", "IV", "LIVE", "ISD", "ISDS", "FTA", "THAAD", "GSOMIA", "NPT", "EEZ", "IPO", "ETF",
    "ESG", "VAT", "OTT", "KTX", "SRT", "NFT", "IRA", "HBM", "DRAM", "NAND", "OLED", "LCD", "RCEP", "CPTPP", "TPP",
    "KORUS", "MERS", "SARS", "AIDS", "GMO",
];

/// News outlets: actors only where they act.
const OUTLETS: [&str; 27] = [
    "KBS", "MBC", "SBS", "CNN", "BBC", "NHK", "Yonhap", "Reuters", "AFP", "Bloomberg", "JTBC", "YTN",
    "KCNA", "연합뉴스", "CCTV", "Global Times", "환구시보", "Xinhua", "신화통신", "People's Daily", "인민일보",
    "TASS", "타스", "Rodong Sinmun", "노동신문", "조선중앙통신", "New York Times",
];

/// State media and the state each speaks for: what they say is that government's line.
const STATE_MEDIA: [(&str, &str); 14] = [
    ("CCTV", "china"), ("Global Times", "china"), ("환구시보", "china"), ("Xinhua", "china"), ("신화통신", "china"),
    ("People's Daily", "china"), ("인민일보", "china"), ("KCNA", "north-korea"), ("조선중앙통신", "north-korea"),
    ("Rodong Sinmun", "north-korea"), ("노동신문", "north-korea"), ("TASS", "russia"), ("타스", "russia"),
    ("New China News Agency", "china"),
];

/// Verbs after an outlet's name that make it act in the story.
const OUTLET_ACTS: [&str; 29] = [
    "reported", "reports", "said", "found", "confirmed", "revealed", "obtained", "learned", "interviewed",
    "quoted", "aired", "commented", "analyzed", "analysed", "wrote", "noted", "claimed", "cited", "기자", "질문", "보도", "확인",
    "취재", "입수", "전했", "논평", "사설", "분석", "지적",
];

/// Korean organisation endings, longest first; the stem must be longer than the ending.
const KO_ENDINGS: [&str; 22] = [
    "위원회", "사령부", "대통령실", "재판소", "연구원", "연구소", "공사", "공단", "은행", "전자", "그룹",
    "협회", "법원", "검찰", "경찰", "본부", "부", "청", "원", "당", "처", "군",
];

/// Korean stems with an organisation's ending that are not organisations.
const KO_NOT_ACTORS: [&str; 72] = [
    "일부", "내부", "전부", "외부", "간부", "정부", "북부", "남부", "중부", "서부", "동부", "지도부", "수뇌부",
    "집행부", "하부", "상부", "요청", "시청", "구청", "도청", "신청", "청청", "연구원", "공무원", "국회의원", "의원",
    "대학원", "조사원", "상담원", "승무원", "연구위원", "위원", "선원", "회사원", "직원", "교원", "당원", "전원",
    "지원", "요원", "인원", "병원", "회원", "수원", "강원", "차원", "동원", "공원", "정원", "복원", "해당",
    "상당", "정당", "식당", "야당", "여당", "강당", "성당", "민원", "근원", "자원", "예산처", "장군", "대군",
    // People, not bodies: a correspondent, a member; and a state's executive, which is the state.
    "특파원", "통신원", "대원", "단원", "사원", "구성원", "행정부", "시한부",
];

/// Korean particles and endings stripped from a word to get its stem, longest first.
const KO_PARTICLES: [&str; 24] = [
    "에서는", "에서도", "으로는", "에게는", "에서", "으로", "에게", "까지", "부터", "처럼", "보다", "이나", "과의",
    "와의", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과",
];

/// A built-in organisation: English and Korean names, aliases, and the state it belongs to.
struct Known {
    id: &'static str,
    en: &'static str,
    ko: &'static str,
    aliases: &'static [&'static str],
    parent: Option<&'static str>,
}

/// Bodies that stories name in many forms or in both languages; everything else is found
/// by its form.
const KNOWN: [Known; 33] = [
    Known { id: "white-house", en: "the White House", ko: "백악관", aliases: &["White House"], parent: Some("united-states") },
    Known { id: "nato", en: "NATO", ko: "나토", aliases: &["North Atlantic Treaty Organization", "북대서양조약기구"], parent: None },
    Known { id: "european-union", en: "the European Union", ko: "유럽연합", aliases: &["European Union", "EU"], parent: None },
    Known { id: "iaea", en: "IAEA", ko: "국제원자력기구", aliases: &["International Atomic Energy Agency"], parent: None },
    Known { id: "ministry-of-foreign-affairs", en: "Ministry of Foreign Affairs", ko: "외교부", aliases: &["Foreign Ministry", "the foreign ministry"], parent: Some("south-korea") },
    Known { id: "ministry-of-unification", en: "Ministry of Unification", ko: "통일부", aliases: &["Unification Ministry"], parent: Some("south-korea") },
    Known { id: "ministry-of-national-defense", en: "Ministry of National Defense", ko: "국방부", aliases: &["Defense Ministry"], parent: Some("south-korea") },
    Known { id: "joint-chiefs-of-staff", en: "Joint Chiefs of Staff", ko: "합동참모본부", aliases: &["JCS", "합참"], parent: Some("south-korea") },
    Known { id: "presidential-office", en: "the presidential office", ko: "대통령실", aliases: &["presidential office", "Presidential Office"], parent: Some("south-korea") },
    Known { id: "national-assembly", en: "National Assembly", ko: "국회", aliases: &["the National Assembly", "parliament"], parent: Some("south-korea") },
    Known { id: "democratic-party", en: "Democratic Party", ko: "더불어민주당", aliases: &["Democratic Party of Korea", "DP", "민주당"], parent: None },
    Known { id: "people-power-party", en: "People Power Party", ko: "국민의힘", aliases: &["PPP"], parent: None },
    Known { id: "korea-meteorological-administration", en: "Korea Meteorological Administration", ko: "기상청", aliases: &["KMA"], parent: Some("south-korea") },
    Known { id: "ministry-of-the-interior-and-safety", en: "Ministry of the Interior and Safety", ko: "행정안전부", aliases: &["Interior Ministry", "행안부"], parent: Some("south-korea") },
    Known { id: "bank-of-korea", en: "Bank of Korea", ko: "한국은행", aliases: &["BOK", "한은"], parent: None },
    Known { id: "constitutional-court", en: "Constitutional Court", ko: "헌법재판소", aliases: &["헌재"], parent: Some("south-korea") },
    Known { id: "us-department-of-defense", en: "U.S. Department of Defense", ko: "미 국방부", aliases: &["Pentagon", "the Pentagon", "US Department of Defense", "미국 국방부", "펜타곤"], parent: Some("united-states") },
    Known { id: "japan-ministry-of-defense", en: "Japan Ministry of Defense", ko: "일본 방위성", aliases: &["Japanese Ministry of Defense", "Japan's Defense Ministry", "방위성"], parent: Some("japan") },
    Known { id: "korea-institute-for-national-unification", en: "Korea Institute for National Unification", ko: "통일연구원", aliases: &["KINU"], parent: None },
    Known { id: "korea-institute-for-defense-analyses", en: "Korea Institute for Defense Analyses", ko: "한국국방연구원", aliases: &["KIDA"], parent: None },
    Known { id: "ministry-of-justice", en: "Ministry of Justice", ko: "법무부", aliases: &["Justice Ministry"], parent: Some("south-korea") },
    Known { id: "chinese-foreign-ministry", en: "Chinese Foreign Ministry", ko: "중국 외교부", aliases: &["Chinese foreign ministry", "China's foreign ministry", "China's Foreign Ministry", "중국외교부"], parent: Some("china") },
    Known { id: "japanese-foreign-ministry", en: "Japanese Foreign Ministry", ko: "일본 외무성", aliases: &["Japanese foreign ministry", "Japan's foreign ministry", "Japan's Foreign Ministry"], parent: Some("japan") },
    Known { id: "north-korean-foreign-ministry", en: "North Korean Foreign Ministry", ko: "북한 외무성", aliases: &["North Korean foreign ministry", "North Korea's foreign ministry", "North Korea's Foreign Ministry", "북 외무성"], parent: Some("north-korea") },
    Known { id: "russian-foreign-ministry", en: "Russian Foreign Ministry", ko: "러시아 외무부", aliases: &["Russian foreign ministry", "Russia's foreign ministry", "Russia's Foreign Ministry"], parent: Some("russia") },
    Known { id: "us-state-department", en: "U.S. State Department", ko: "미 국무부", aliases: &["State Department", "the State Department", "US State Department", "미국 국무부", "국무부"], parent: Some("united-states") },
    Known { id: "federal-reserve", en: "the Federal Reserve", ko: "연준", aliases: &["Federal Reserve", "the Fed", "연방준비제도"], parent: Some("united-states") },
    Known { id: "prosecution", en: "the prosecution", ko: "검찰", aliases: &["prosecution", "prosecutors", "Prosecutors' Office", "검찰청"], parent: Some("south-korea") },
    Known { id: "police", en: "the police", ko: "경찰", aliases: &["police", "경찰청"], parent: Some("south-korea") },
    // "특검" alone begins "특검법" (a bill), so its Korean forms carry their particles.
    Known { id: "special-counsel", en: "the special counsel", ko: "특검팀", aliases: &["the special counsel team", "Special Counsel", "특별검사", "특검은", "특검이", "특검의", "특검 측"], parent: None },
    Known { id: "supreme-court", en: "the Supreme Court", ko: "대법원", aliases: &["Supreme Court"], parent: Some("south-korea") },
    Known { id: "national-intelligence-service", en: "National Intelligence Service", ko: "국가정보원", aliases: &["NIS", "국정원"], parent: Some("south-korea") },
    Known { id: "fair-trade-commission", en: "Fair Trade Commission", ko: "공정거래위원회", aliases: &["FTC", "공정위"], parent: Some("south-korea") },
];

/// One organisation found in a story.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    en: String,
    ko: String,
    aliases: Vec<String>,
    government: bool,
}

/// Adds to `gazetteer` the organisations the story names: speaker organisations (`orgs`, as
/// English/Korean pairs from one speaker), built-in bodies that the texts mention, and names
/// found by their form in `texts`.
///
/// `titles` are the speakers' titles: a built-in body one names ("member of the People
/// Power Party") is an actor of the story, though the title stays whole.
///
/// Returns the story's sentences, each once, in order, for [`super::officials::discover`].
pub(crate) fn discover<'t>(gazetteer: &mut Gazetteer, texts: &[&'t str], titles: &[&str], orgs: &[(Option<String>, Option<String>)]) -> Vec<&'t str> {
    let mut found: Vec<Found> = Vec::new();
    for (en, ko) in orgs {
        let (en, ko) = (en.clone().unwrap_or_default(), ko.clone().unwrap_or_default());
        if en.is_empty() && ko.is_empty() {
            continue;
        }
        let government = is_government(&en) || is_government_ko(&ko);
        push(&mut found, Found { en, ko, aliases: Vec::new(), government });
    }
    // A sentence the story repeats (a page that carries its text twice) is read once.
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut sentences_read: Vec<&'t str> = Vec::new();
    for text in texts {
        for sentence in sentences(text) {
            if !seen.insert(sentence) {
                continue;
            }
            sentences_read.push(sentence);
            if has_hangul(sentence) {
                for name in korean_names(sentence, gazetteer) {
                    let government = is_government_ko(&name);
                    push(&mut found, Found { en: String::new(), ko: name, aliases: Vec::new(), government });
                }
            }
            for name in english_names(sentence) {
                // "Ri Son-gwon, chairman of the Committee for …": a body named only in a
                // person's title does not act there.
                if in_a_title(sentence, &name) {
                    continue;
                }
                let government = is_government(&name);
                push(&mut found, Found { en: name, ko: String::new(), aliases: Vec::new(), government });
            }
        }
    }
    let read: Vec<&str> = texts.iter().chain(titles).copied().collect();
    let named_in_texts = named_in(&read);
    // Nothing is looked up by name while they are gathered, so they are indexed at once.
    let mut named_known: Vec<GazetteerEntry> = Vec::new();
    for (k, known) in KNOWN.iter().enumerate() {
        let names = std::iter::once(known.en).chain(std::iter::once(known.ko)).chain(known.aliases.iter().copied());
        let named = named_in_texts.known.get(k).copied().unwrap_or(false)
            || found.iter().any(|f| names.clone().any(|n| same_name(n, &f.en) || same_name(n, &f.ko)));
        if !named || gazetteer.get(known.id).is_some() {
            continue;
        }
        let mut aliases: Vec<String> = known.aliases.iter().map(|a| (*a).to_string()).collect();
        // Forms found for it join it as aliases rather than as actors of their own.
        found.retain(|f| {
            let mine = names.clone().any(|n| same_name(n, &f.en) || same_name(n, &f.ko));
            if mine {
                for n in [&f.en, &f.ko] {
                    if !n.is_empty() && !same_name(n, known.en) && !same_name(n, known.ko) && !aliases.iter().any(|a| same_name(a, n)) {
                        aliases.push(n.clone());
                    }
                }
            }
            !mine
        });
        named_known.push(GazetteerEntry {
            id: known.id.to_string(),
            name_en: known.en.to_string(),
            name_ko: known.ko.to_string(),
            kind: EntryKind::Organisation,
            aliases,
            parent: known.parent.map(str::to_string),
        });
    }
    gazetteer.add_all(named_known);
    for outlet in named_in_texts.outlets {
        let (en, ko) = if has_hangul(outlet) { (String::new(), outlet.to_string()) } else { (outlet.to_string(), String::new()) };
        push(&mut found, Found { en, ko, aliases: Vec::new(), government: false });
    }
    join_acronyms(&mut found);
    for f in found {
        // A name the gazetteer already knows (a state, an actor from the actors file) is that actor.
        if [&f.en, &f.ko].iter().any(|n| !n.is_empty() && gazetteer.id_of_name(n).is_some()) {
            continue;
        }
        // "미국 정부", "중국당국", "Trump Administration": a state's own government is the state.
        if let Some((state, alias)) = [&f.en, &f.ko].into_iter().find_map(|n| state_government(gazetteer, n).map(|id| (id, n.clone()))) {
            if let Some(entry) = gazetteer.get(&state).cloned() {
                gazetteer.add(GazetteerEntry { aliases: vec![alias], ..entry });
            }
            continue;
        }
        let base = if f.en.is_empty() { slug(&f.ko, 56) } else { slug(&f.en, 56) };
        if base.is_empty() {
            continue;
        }
        let mut id = base.clone();
        let mut n = 2;
        while gazetteer.get(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        let medium = STATE_MEDIA.iter().find(|(name, _)| *name == f.en || *name == f.ko).map(|(_, state)| (*state).to_string());
        let parent = if f.government { Some(state_in(gazetteer, &f).unwrap_or_else(|| "south-korea".to_string())) } else { state_in(gazetteer, &f).or(medium) };
        gazetteer.add(GazetteerEntry {
            id,
            name_en: f.en,
            name_ko: f.ko,
            kind: EntryKind::Organisation,
            aliases: f.aliases,
            parent,
        });
    }
    sentences_read
}

/// The state whose government a name is: a state's name or leader, then only a word for
/// its government ("미국 정부", "중국당국", "Bush Administration", "Japanese Government").
fn state_government(gazetteer: &Gazetteer, name: &str) -> Option<String> {
    let head = ["정부", "당국", "행정부", " Government", " Administration", " Authorities"]
        .iter()
        .find_map(|w| name.strip_suffix(w))?
        .trim();
    let id = gazetteer.id_of_name(head)?;
    gazetteer.get(id).filter(|e| e.kind == EntryKind::State).map(|e| e.id.clone())
}

/// Whether `name` appears in `sentence` only as what a title is of ("chairman of the
/// Committee for …", "a member of the Democratic Party").
fn in_a_title(sentence: &str, name: &str) -> bool {
    const TITLES_OF: [&str; 12] =
        ["chairman", "chairwoman", "chair", "head", "director", "member", "members", "leader", "president", "chief", "spokesperson", "spokesman"];
    let mut any = false;
    for (at, _) in sentence.match_indices(name) {
        let before = sentence.get(..at).unwrap_or("").trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let titled = before.strip_suffix(" of").is_some_and(|b| TITLES_OF.iter().any(|t| b.ends_with(t)));
        if !titled {
            return false;
        }
        any = true;
    }
    any
}

/// The state an organisation's name names ("Japan Ministry of Defense" → Japan).
fn state_in(gazetteer: &Gazetteer, f: &Found) -> Option<String> {
    [&f.en, &f.ko]
        .into_iter()
        .flat_map(|n| gazetteer.mentions(n))
        .filter_map(|m| m.ids.first().cloned())
        .find(|id| gazetteer.get(id).is_some_and(|e| e.kind == EntryKind::State))
}

fn same_name(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && strip_the(a).eq_ignore_ascii_case(strip_the(b))
}

fn strip_the(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s)
}

/// What one reading of the story finds for [`discover`]: the built-in bodies it names and
/// the outlets that act in it.
struct Named {
    /// For each of [`KNOWN`], whether one of its names occurs on word boundaries.
    known: Vec<bool>,
    /// The outlets that act, in the order of [`OUTLETS`].
    outlets: Vec<&'static str>,
}

/// One pass over the texts looks for every built-in name and every outlet at once: a long
/// story is read once rather than once per name.
fn named_in(texts: &[&str]) -> Named {
    let mut names: Vec<(usize, &str)> = Vec::new();
    for (k, known) in KNOWN.iter().enumerate() {
        for name in [known.en, known.ko].into_iter().chain(known.aliases.iter().copied()) {
            names.push((k, name));
        }
    }
    let words = Words::new(names.iter().map(|(_, n)| *n).chain(OUTLETS.iter().copied()));
    let mut known = vec![false; KNOWN.len()];
    let mut acts = [false; OUTLETS.len()];
    for text in texts {
        words.each_occurrence(text, |w, at| match names.get(w) {
            Some(&(k, name)) => {
                if on_name_boundaries(text, at, name) {
                    if let Some(slot) = known.get_mut(k) {
                        *slot = true;
                    }
                }
            }
            None => {
                let o = w.saturating_sub(names.len());
                if let (Some(slot), Some(name)) = (acts.get_mut(o), OUTLETS.get(o)) {
                    if !*slot && outlet_acts(text, at, at + name.len()) {
                        *slot = true;
                    }
                }
            }
        });
    }
    let outlets = OUTLETS.iter().zip(acts).filter_map(|(o, acts)| acts.then_some(*o)).collect();
    Named { known, outlets }
}

/// Whether an occurrence of `name` at `at` in `text` stands on word boundaries.
fn on_name_boundaries(text: &str, at: usize, name: &str) -> bool {
    let before = char_before(text, at);
    let after = char_at(text, at + name.len());
    if has_hangul(name) {
        !before.is_some_and(is_hangul)
    } else {
        !before.is_some_and(|c| c.is_alphanumeric() && !is_hangul(c)) && !after.is_some_and(|c| c.is_alphanumeric() && !is_hangul(c))
    }
}

/// Adds `new` unless an organisation of the same name is there; a shorter form of a known
/// name ("Democratic Party" of "Democratic Party of Korea") joins it as an alias.
fn push(found: &mut Vec<Found>, new: Found) {
    for f in found.iter_mut() {
        let same_en = same_name(&f.en, &new.en);
        let same_ko = same_name(&f.ko, &new.ko);
        if same_en || same_ko {
            if f.en.is_empty() {
                f.en = new.en;
            }
            if f.ko.is_empty() {
                f.ko = new.ko;
            }
            return;
        }
        let shorter_form = |long: &str, short: &str| {
            !short.is_empty() && long.len() > short.len() && long.starts_with(short) && long.get(short.len()..).is_some_and(|r| r.starts_with(" of "))
        };
        if shorter_form(&f.en, &new.en) {
            if !f.aliases.contains(&new.en) {
                f.aliases.push(new.en);
            }
            return;
        }
        if shorter_form(&new.en, &f.en) {
            let short = std::mem::replace(&mut f.en, new.en);
            f.aliases.push(short);
            return;
        }
    }
    found.push(new);
}

/// Acronyms that are the initials of a long form in the story join it as aliases.
fn join_acronyms(found: &mut Vec<Found>) {
    let mut i = 0;
    while i < found.len() {
        let acronym = found.get(i).map(|f| f.en.clone()).unwrap_or_default();
        let is_acronym = acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase());
        let long = is_acronym
            .then(|| found.iter().position(|f| f.en != acronym && initials(&f.en) == acronym))
            .flatten();
        match long {
            Some(at) => {
                if let Some(f) = found.get_mut(at) {
                    f.aliases.push(acronym);
                }
                found.remove(i);
            }
            None => i += 1,
        }
    }
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !EN_CONNECTORS.contains(w))
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

fn is_government(name: &str) -> bool {
    name.split_whitespace().any(|w| EN_GOVERNMENT_HEADS.contains(&w))
}

fn is_government_ko(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("");
    !last.is_empty()
        && (["부", "청", "처", "사령부", "대통령실", "위원회", "군", "성"].iter().any(|e| last.ends_with(e)) || last == "국회")
        && !last.ends_with("당")
}

/// A word is capitalised (or an initialism such as `U.S.`).
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Organisation names in an English sentence, by their form.
fn english_names(sentence: &str) -> Vec<String> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(&first) = words.get(i) else { break };
        let first_clean = clean_word(first);
        if !capitalised(first_clean) {
            i += 1;
            continue;
        }
        // The run of capitalised words and connectors from i.
        let mut run: Vec<&str> = vec![first_clean];
        let mut j = i + 1;
        let mut ended = ends_name(first);
        while !ended {
            let Some(&w) = words.get(j) else { break };
            let c = clean_word(w);
            if (capitalised(c) && !TIME_WORDS.contains(&c)) || EN_CONNECTORS.contains(&c) {
                run.push(c);
                ended = ends_name(w);
                j += 1;
            } else {
                break;
            }
        }
        i = j.max(i + 1);
        for name in split_run(&run) {
            out.push(name);
        }
    }
    out
}

/// A word with the punctuation around it removed (`"NATO,"` → `NATO`, `Ministry's` →
/// `Ministry`); the final period of an initialism (`U.S.`) stays.
fn clean_word(w: &str) -> &str {
    let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
    let w = w.trim_end_matches([',', ';', ':', ')', '"', '\u{201D}', '?', '!', '\'']);
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w);
    match w.strip_suffix('.') {
        Some(head) if !head.contains('.') => head,
        _ => w,
    }
}

/// Whether a name stops after this word: at a comma, a closing punctuation mark, a
/// possessive.
fn ends_name(w: &str) -> bool {
    w.ends_with([',', ';', ':', ')', '"', '\u{201D}', '?', '!'])
        || w.ends_with("'s")
        || w.ends_with("\u{2019}s")
        || w.strip_suffix('.').is_some_and(|head| !head.contains('.'))
}

/// The organisation names in one run of capitalised words: split at `and` when both sides
/// are names, trimmed of connectors at the ends and of a sentence-initial `The`.
fn split_run(run: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for (k, w) in run.iter().enumerate() {
        if *w == "and" || *w == "&" {
            let rest = run.get(k + 1..).unwrap_or(&[]);
            let before_has_head = parts.last().is_some_and(|p| p.iter().any(|x| EN_HEADS.contains(x)));
            let rest_has_head = rest.iter().take_while(|x| **x != "and").any(|x| EN_HEADS.contains(x));
            if before_has_head && rest_has_head {
                parts.push(Vec::new());
                continue;
            }
        }
        if let Some(last) = parts.last_mut() {
            last.push(w);
        }
    }
    for mut part in parts {
        while part.first().is_some_and(|w| EN_CONNECTORS.contains(w) || ["The", "A", "An", "Our", "Its", "Their"].contains(w)) {
            part.remove(0);
        }
        while part.last().is_some_and(|w| EN_CONNECTORS.contains(w)) {
            part.pop();
        }
        // "National Assembly Speaker Park Hee-tae": a title after the head begins a person.
        if let Some(head) = part.iter().position(|w| EN_HEADS.contains(w)) {
            if let Some(cut) = part.iter().skip(head + 1).position(|w| TITLES_AFTER_HEADS.contains(w)) {
                part.truncate(head + 1 + cut);
            }
        }
        // A head and what depends on it: "Ministry of Defense", "Daon Electronics". Names
        // running on past the head's dependents ("… Party Tuesday") stop at a connector gap.
        let has_head = part.iter().any(|w| EN_HEADS.contains(w));
        if has_head {
            if part.len() >= 2 || part.first().is_some_and(|w| *w == "Pentagon") {
                out.push(part.join(" "));
            }
            continue;
        }
        // Acronyms: NATO, CNN.
        for w in &part {
            let letters = w.chars().filter(char::is_ascii_uppercase).count();
            let acronym = (2..=6).contains(&letters) && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            if acronym && !NOT_ACTORS.contains(w) && !OUTLETS.contains(w) {
                out.push((*w).to_string());
            }
        }
    }
    out
}

/// Organisation names in a Korean sentence, by their endings.
fn korean_names(sentence: &str, gazetteer: &Gazetteer) -> Vec<String> {
    let words: Vec<&str> = sentence
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '·' | '"' | '\u{201C}' | '\u{201D}' | '\'' | '(' | ')' | '[' | ']'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (k, word) in words.iter().enumerate() {
        let word = word.trim_end_matches(['.', '?', '!']);
        let stem = KO_PARTICLES.iter().find_map(|p| word.strip_suffix(p).filter(|s| s.chars().count() >= 2)).unwrap_or(word);
        if !stem.chars().all(is_hangul) || KO_NOT_ACTORS.contains(&stem) {
            continue;
        }
        let syllables = stem.chars().count();
        let ending = KO_ENDINGS.iter().find(|e| stem.ends_with(*e) && syllables > e.chars().count());
        let named = stem == "국회" || ending.is_some_and(|e| syllables >= 3 || e.chars().count() >= 2);
        // "방위성", "외무성" are bodies only after a state's name.
        let prev = k.checked_sub(1).and_then(|p| words.get(p)).copied().unwrap_or("");
        // One-syllable state names before a body ("미 국방부", "북 외무성").
        let short_state = ["미", "중", "일", "러", "북", "영", "독"].contains(&prev);
        let state_before = short_state || (!prev.is_empty() && gazetteer.mentions(prev).iter().any(|m| m.start == 0 && m.end == prev.len()));
        let ministry_after_state = state_before && stem.ends_with('성') && syllables == 3;
        // "북한군", "러시아군": a state's army is the state, which the gazetteer names.
        let army_of_state = stem.ends_with('군') && gazetteer.mentions(stem.trim_end_matches('군')).iter().any(|m| m.start == 0);
        if (!named && !ministry_after_state) || army_of_state || (stem.ends_with('군') && syllables < 3) {
            continue;
        }
        if state_before {
            out.push(format!("{prev} {stem}"));
        } else {
            out.push(stem.to_string());
        }
    }
    out
}

/// Whether `name` is a news outlet's.
/// Whether a name holds an outlet's name ("China CCTV News").
pub(crate) fn names_outlet(name: &str) -> bool {
    OUTLETS.iter().any(|o| name.split(|c: char| !c.is_alphanumeric()).any(|w| w == *o) || has_hangul(o) && name.contains(o))
}

pub(crate) fn is_outlet(name: &str) -> bool {
    OUTLETS.contains(&name)
}

/// Whether an outlet's name at `at..end` of `text` acts: a reporting verb right after it.
pub(crate) fn outlet_acts(text: &str, at: usize, end: usize) -> bool {
    if !is_outlet(text.get(at..end).unwrap_or("")) {
        return true;
    }
    // This runs for every outlet name in the story, so the text around it is sliced, not
    // copied: the 24 chars after the name and the 40 before it.
    let rest = text.get(end..).unwrap_or("");
    let after = rest.get(..rest.char_indices().nth(24).map_or(rest.len(), |(i, _)| i)).unwrap_or(rest);
    let head = text.get(..at).unwrap_or("");
    let before = head.get(head.char_indices().rev().nth(39).map_or(0, |(i, _)| i)..).unwrap_or(head);
    // "told CNN", "according to U.S. news channel CNN": the outlet is the one reporting.
    let source = before.trim_end().ends_with("told") || before.contains("according to");
    // "환구시보는 …": a Korean outlet with a subject particle is the subject of its sentence.
    let subject = has_hangul(text.get(at..end).unwrap_or("")) && ["은 ", "는 ", "이 ", "가 "].iter().any(|p| after.starts_with(p));
    source || subject || OUTLET_ACTS.iter().any(|v| after.contains(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_forms() {
        let cases: [(&str, &[&str]); 8] = [
            ("The Democratic Party and the People Power Party clashed.", &["Democratic Party", "People Power Party"]),
            ("The Ministry of the Interior and Safety is working with the KMA.", &["Ministry of the Interior and Safety", "KMA"]),
            ("CNN reported that the U.S. Department of Commerce is reviewing it.", &["U.S. Department of Commerce"]),
            ("NATO said on Monday that units moved.", &["NATO"]),
            ("It will appeal at the Seoul High Court.", &["Seoul High Court"]),
            ("The Fair Trade Commission fined Daon Electronics.", &["Fair Trade Commission", "Daon Electronics"]),
            ("Officials gathered in Seoul on Tuesday.", &[]),
            ("GDP grew and the CEO said so.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(english_names(text), want, "{text}");
        }
    }

    #[test]
    fn korean_forms() {
        let g = Gazetteer::new();
        let cases: [(&str, &[&str]); 9] = [
            ("더불어민주당이 해양수산부를 비판하며 특검법을 국회에 냈습니다.", &["더불어민주당", "해양수산부", "국회"]),
            ("행정안전부는 기상청과 협력합니다.", &["행정안전부", "기상청"]),
            ("일본 방위성은 밝혔습니다.", &["일본 방위성"]),
            ("미 국방부는 나토와 정보를 공유합니다.", &["미 국방부"]),
            ("정부 일부에서 지원을 요청했습니다.", &[]),
            ("북한군 부대가 배치됐습니다.", &[]),
            ("5만 원을 냈고 연구원과 공무원이 왔습니다.", &[]),
            ("선양 특파원이 대원들과 전했습니다.", &[]),
            ("미국 행정부가 계획을 보류했습니다.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(korean_names(text, &g), want, "{text}");
        }
    }

    #[test]
    fn outlets_act_only_when_they_report() {
        let cases = [("CNN reported that it fell.", true), ("KBS News, Kim Ha-na.", false), ("KBS가 확인한 결과", true)];
        for (text, want) in cases {
            let name = OUTLETS.iter().find(|o| text.starts_with(*o)).copied().unwrap_or("");
            assert_eq!(outlet_acts(text, 0, name.len()), want, "{text}");
        }
    }
}
