//! Reading a speaker label: the `Name/Title, Organisation` part of a speaker block.
//!
//! KBS labels put a name first, then parts separated by slashes (spaced or not) or, in older
//! English transcripts, a comma or parentheses. A part can be a title, an organisation, a title
//! with its organisation after a comma, a programme or interview source, a date, or, for a
//! member of the public, where they live. Each part is classified by its words, because the
//! order is not fixed.

use super::text::{has_hangul, squeeze};

/// Who a speaker block says is speaking.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpeakerLabel {
    /// The name as written ("Cho Han-beom", "조한범"), or a description when the block gives
    /// only a role ("Hotel manager").
    pub name: String,
    /// Titles, joined with ", " ("Director, International Strategy Research Division").
    pub title: Option<String>,
    /// The organisation.
    pub organisation: Option<String>,
    /// Where a member of the public lives.
    pub place: Option<String>,
    /// The programme, interview or event the quote is from.
    pub source: Option<String>,
    /// The date given in the label ("June 19").
    pub date: Option<String>,
    /// Whether the speaker is a person; a broadcaster or footage is not.
    pub is_person: bool,
    /// Parts not recognised (kept as titles).
    pub unclassified: Vec<String>,
}

/// What one part of a label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartKind {
    Date,
    Source,
    Place,
    Organisation,
    Title,
    Unknown,
}

/// Parses a label such as `Cho Han-beom/Senior Researcher, Korea Institute for National
/// Unification` or `조한범/통일연구원 선임연구위원` or `Lee Hwa-ja (Buan-gun County resident)`.
pub(crate) fn parse_label(raw: &str) -> SpeakerLabel {
    let raw = squeeze(raw.trim_start_matches(super::parse::LINE_MARKS).trim_start());
    // "Name (Title/Org)" — the parenthesised form of older transcripts.
    let (head, paren) = match (raw.find('('), raw.rfind(')')) {
        (Some(open), Some(close)) if open < close => (
            raw.get(..open).unwrap_or("").trim().to_string(),
            raw.get(open + 1..close).map(str::trim).map(str::to_string),
        ),
        // An unbalanced "(" still opens the details ("Kim Soo-kyung (Spokesperson:").
        (Some(open), _) => (
            raw.get(..open).unwrap_or("").trim().to_string(),
            raw.get(open + 1..).map(|p| {
                p.trim_end_matches(|c: char| c.is_ascii_digit() || c == ')')
                    .trim()
                    .to_string()
            }),
        ),
        _ => (raw.clone(), None),
    };
    let mut parts: Vec<String> = head
        .split('/')
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    if let Some(paren) = paren {
        parts.extend(
            paren
                .split('/')
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        );
    }
    let mut label = SpeakerLabel {
        is_person: true,
        ..SpeakerLabel::default()
    };
    let mut iter = parts.into_iter();
    let first = iter.next().unwrap_or_default();
    // "Name, Title" in the first part.
    let mut rest: Vec<String> = Vec::new();
    if let Some((name, after)) = korean_name_and_role(&first) {
        label.name = name;
        rest.push(after);
    } else if let Some((name, after)) = first.split_once(", ") {
        if looks_like_name(name) && !is_organisation(&first) {
            label.name = name.trim().to_string();
            rest.push(after.trim().to_string());
        } else {
            label.name = first.clone();
        }
    } else {
        label.name = first.clone();
    }
    rest.extend(iter);
    // "[5일 : …]": a date where the name goes is no name; the quote is the previous speaker's.
    if is_date(&label.name) {
        label.date = Some(std::mem::take(&mut label.name));
    }
    if label.name.is_empty() || !looks_like_name(&label.name) {
        // Only a role was given ("(Hotel Manager)") or the first part is not a name.
        if let Some(role) = if label.name.is_empty() {
            rest.first().cloned()
        } else {
            None
        } {
            label.name = capitalize_first(&role);
            rest.remove(0);
        }
    }
    if is_non_person(&label.name) {
        label.is_person = false;
    }
    let mut titles: Vec<String> = Vec::new();
    for part in rest {
        match classify(&part) {
            PartKind::Date => label.date = Some(part),
            PartKind::Source => label.source = Some(part),
            PartKind::Place => label.place = Some(part),
            // "Congressman, Grand National Party": a title, then whom it is held in.
            PartKind::Organisation if part.split_once(", ").is_some_and(|(t, o)| is_title(t) && !is_organisation(t) && is_organisation(o)) => {
                let (title, org) = part.split_once(", ").map(|(t, o)| (t.trim().to_string(), o.trim().to_string())).unwrap_or_default();
                titles.push(title);
                if label.organisation.is_none() {
                    label.organisation = Some(org);
                }
            }
            PartKind::Organisation => {
                if label.organisation.is_none() {
                    label.organisation = Some(part);
                } else {
                    titles.push(part);
                }
            }
            PartKind::Title => {
                let (title, org) = split_title_organisation(&part);
                titles.push(title);
                if let Some(org) = org {
                    if label.organisation.is_none() {
                        label.organisation = Some(org);
                    }
                }
            }
            PartKind::Unknown => {
                label.unclassified.push(part.clone());
                titles.push(part);
            }
        }
    }
    if !titles.is_empty() {
        label.title = Some(titles.join(", "));
    }
    label
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Whether text reads like a personal name: two to four capitalised words (hyphens allowed),
/// or two to five Hangul syllables.
pub(crate) fn looks_like_name(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() {
        return false;
    }
    if has_hangul(s) {
        let syllables = s.chars().filter(|c| super::text::is_hangul(*c)).count();
        return (2..=5).contains(&syllables) && !s.contains(' ') && !has_role_word_ko(s);
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
        && !is_title(s)
        && !is_organisation(s)
}

fn has_role_word_ko(s: &str) -> bool {
    KO_TITLE_ENDINGS.iter().any(|w| s.ends_with(w)) && s.chars().count() > 3
}

fn classify(part: &str) -> PartKind {
    if is_date(part) {
        PartKind::Date
    } else if is_source(part) {
        PartKind::Source
    } else if is_place(part) {
        PartKind::Place
    } else if is_title(part) {
        PartKind::Title
    } else if is_organisation(part) {
        PartKind::Organisation
    } else {
        PartKind::Unknown
    }
}

const MONTHS: [&str; 24] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

fn is_date(part: &str) -> bool {
    let digits = part.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let words = part.split_whitespace().count();
    if MONTHS.iter().any(|m| part.starts_with(m)) && words <= 3 {
        return true;
    }
    // 지난 5월31일, 2024년 6월 19일, 6.19
    if (part.contains('월') && part.contains('일')) || part.ends_with('일') && digits > 0 {
        return words <= 4;
    }
    part.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ' '))
}

const SOURCE_WORDS: [&str; 22] = [
    "KBS",
    "Interview",
    "interview",
    "Live",
    "Diagnosis",
    "Program",
    "Programme",
    "Broadcast",
    "Press Conference",
    "press conference",
    "Podcast",
    "YouTube",
    "뉴스",
    "인터뷰",
    "방송",
    "출연",
    "라디오",
    "유튜브",
    "기자회견",
    "Radio",
    "Show",
    "Debate",
];

fn is_source(part: &str) -> bool {
    // "KBS Sunday Diagnosis Live", "KBS 뉴스특보", "지난 5월 인터뷰"; a title that mentions KBS
    // ("KBS 시민기자상 대상") is an award, so only whole-part programme names count.
    let is_award = part.contains('상') && has_hangul(part) && !part.contains("방송");
    SOURCE_WORDS.iter().any(|w| part.contains(w)) && !is_award && !is_title_word_end(part)
}

fn is_title_word_end(part: &str) -> bool {
    let last = part.split_whitespace().last().unwrap_or("");
    is_title_word(last) || KO_TITLE_ENDINGS.iter().any(|w| last.ends_with(w))
}

const CITIES: [&str; 30] = [
    "Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Ulsan", "Sejong", "Suwon", "Jeju",
    "Goyang", "Seongnam", "Yongin", "Changwon", "Pohang", "Gyeonggi", "Gangwon", "서울", "부산",
    "인천", "대구", "대전", "광주", "울산", "세종", "수원", "제주", "경기", "강원", "충북",
];
const PLACE_SUFFIXES_EN: [&str; 12] = [
    "-gu",
    "-si",
    "-dong",
    "-do",
    "-gun",
    "-eup",
    "-myeon",
    " City",
    " Province",
    " County",
    " District",
    " Ward",
];
const PLACE_SUFFIXES_KO: [&str; 9] = ["구", "시", "동", "군", "도", "읍", "면", "리", "로"];

fn is_place(part: &str) -> bool {
    let lower = part.to_lowercase();
    let resident = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "resident" || w == "residents");
    if resident || part.contains("주민") || part.contains("거주") {
        return true;
    }
    if is_title(part) || is_organisation(part) {
        return false;
    }
    // Every word (or comma piece) must be a place: "Mapo-gu, Seoul", "서울 마포구".
    let pieces: Vec<&str> = part
        .split([',', ' '])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    !pieces.is_empty()
        && pieces.iter().all(|p| {
            CITIES.iter().any(|c| p.starts_with(c))
                || PLACE_SUFFIXES_EN
                    .iter()
                    .any(|s| p.ends_with(s.trim_start()))
                || (has_hangul(p)
                    && p.chars().count() >= 2
                    && PLACE_SUFFIXES_KO.iter().any(|s| p.ends_with(s)))
        })
}

const EN_TITLE_WORDS: [&str; 63] = [
    "Researcher",
    "Professor",
    "Director",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Minister",
    "President",
    "Chairman",
    "Chairwoman",
    "Chair",
    "CEO",
    "Official",
    "Lawmaker",
    "Head",
    "Chief",
    "Analyst",
    "Adviser",
    "Advisor",
    "Ambassador",
    "Secretary",
    "Manager",
    "Leader",
    "Commander",
    "Representative",
    "Member",
    "Student",
    "Doctor",
    "Lawyer",
    "Fellow",
    "Correspondent",
    "Reporter",
    "Senator",
    "Governor",
    "Mayor",
    "Envoy",
    "Officer",
    "Owner",
    "Worker",
    "Employee",
    "Teacher",
    "Expert",
    "Scholar",
    "Defector",
    "Vice",
    "Deputy",
    "Rep.",
    "Sen.",
    "Gen.",
    "Prof.",
    "Dr.",
    "Supt.",
    "Attorney",
    "Prosecutor",
    "Coach",
    "Founder",
    "Congressman",
    "Congresswoman",
    "Assemblyman",
    "Assemblywoman",
    "Negotiator",
    "Premier",
    "Speaker",
];
const KO_TITLE_ENDINGS: &[&str] = &[
    "순경",
    "경위",
    "스님",
    "예보관",
    "보좌관",
    "수사관",
    "조사관",
    "행정관",
    "외교관",
    "비서관",
    "분석관",
    "특파원",
    "앵커",
    "고문",
    "총재",
    "사령관",
    "참모총장",
    "위원",
    "관람객",
    "방문객",
    "시민",
    "상인",
    "승객",
    "운전자",
    "피해자",
    "목격자",
    "제보자",
    "학부모",
    "연구위원",
    "연구원",
    "교수",
    "대변인",
    "장관",
    "대통령",
    "위원장",
    "대표",
    "의원",
    "소장",
    "원장",
    "국장",
    "과장",
    "팀장",
    "사무총장",
    "실장",
    "센터장",
    "부장",
    "차관",
    "총리",
    "기자",
    "변호사",
    "의사",
    "학생",
    "회장",
    "사장",
    "이사",
    "상무",
    "전무",
    "본부장",
    "청장",
    "처장",
    "지사",
    "시장",
    "군수",
    "구청장",
    "대사",
    "특사",
    "관계자",
    "전문가",
    "선수",
    "감독",
    "씨",
    "박사",
];

/// Whether `w` is one of [`EN_TITLE_WORDS`], in any ASCII case.
fn is_title_word(w: &str) -> bool {
    // The length test first: it rules out almost every word without a call.
    EN_TITLE_WORDS
        .iter()
        .any(|t| t.len() == w.len() && t.eq_ignore_ascii_case(w))
}

fn is_title(part: &str) -> bool {
    if has_hangul(part) {
        let last = part.split_whitespace().last().unwrap_or(part);
        return KO_TITLE_ENDINGS.iter().any(|w| last.ends_with(w));
    }
    let first_piece = part.split(", ").next().unwrap_or(part);
    // "-er" and "-ist" words guess at a title ("Forecaster", "Economist"); in a name that has
    // an organisation's head word ("People Power Party") they are part of that name.
    let org_like = first_piece
        .split_whitespace()
        .any(|w| ORG_WORDS.contains(&w.trim_end_matches(',')));
    first_piece
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .any(|w| {
            let w = w.trim_end_matches(',');
            is_title_word(w)
                || !org_like
                    && (w.ends_with("ist")
                        || w.ends_with("er")
                            && w.chars().next().is_some_and(char::is_uppercase)
                            && !ORG_WORDS.contains(&w))
        })
}

const ORG_WORDS: [&str; 45] = [
    "House",
    "Institute",
    "Ministry",
    "University",
    "Agency",
    "Office",
    "Party",
    "Association",
    "Council",
    "Committee",
    "Corporation",
    "Corp.",
    "Co.",
    "Inc.",
    "Group",
    "Center",
    "Centre",
    "Foundation",
    "Bank",
    "Police",
    "Service",
    "Command",
    "Assembly",
    "Government",
    "Department",
    "School",
    "Hospital",
    "Union",
    "Federation",
    "Court",
    "Prosecutors",
    "Administration",
    "Commission",
    "Board",
    "Forces",
    "Staff",
    "Organization",
    "Organisation",
    "Academy",
    "Society",
    "Company",
    "Electronics",
    "Motors",
    "Network",
    "Embassy",
];
const KO_ORG_ENDINGS: [&str; 27] = [
    "파출소",
    "경찰서",
    "소방서",
    "연구원",
    "연구소",
    "외교부",
    "통일부",
    "국방부",
    "부처",
    "위원회",
    "대학교",
    "대학",
    "공사",
    "협회",
    "센터",
    "재단",
    "그룹",
    "은행",
    "정부",
    "대통령실",
    "경찰청",
    "검찰청",
    "법원",
    "본부",
    "외교원",
    "전자",
    "당",
];

fn is_organisation(part: &str) -> bool {
    if has_hangul(part) {
        return KO_ORG_ENDINGS.iter().any(|w| part.ends_with(w))
            || part.ends_with('부') && part.chars().count() >= 3
            || part.ends_with('청') && part.chars().count() >= 3;
    }
    part.split_whitespace()
        .any(|w| ORG_WORDS.contains(&w.trim_end_matches(',')))
        || part.chars().filter(|c| c.is_ascii_uppercase()).count() >= 3
            && !part.contains(' ')
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Words that qualify a Korean title rather than name an organisation ("전 장관").
const KO_TITLE_MODIFIERS: [&str; 6] = ["전", "현", "前", "現", "신임", "초대"];

/// A Korean name and role written with a space and no slash (`김도윤 대통령`,
/// `김도윤 더불어민주당 대표`): the first word is the name when it reads as one and the last
/// word is a title.
fn korean_name_and_role(first: &str) -> Option<(String, String)> {
    if !has_hangul(first) || first.contains(',') {
        return None;
    }
    let (name, role) = first.split_once(' ')?;
    let last = role.split_whitespace().last()?;
    (looks_like_name(name) && is_title(last)).then(|| (name.to_string(), role.trim().to_string()))
}

/// Splits "Director, International Strategy Research Division, Korea Institute for Defense
/// Analyses" into the title (everything before the last comma) and the organisation (the last
/// comma piece) when that piece is an organisation; Korean "통일연구원 선임연구위원" splits at the
/// last space.
fn split_title_organisation(part: &str) -> (String, Option<String>) {
    if has_hangul(part) {
        // "한빛대학교 경제학과 교수": an organisation's form ends the organisation, and the
        // unit after it is part of the title.
        let words: Vec<&str> = part.split_whitespace().collect();
        let last_org = words.iter().take(words.len().saturating_sub(1)).rposition(|w| is_organisation(w));
        if let (Some(k), Some(last)) = (last_org, words.last()) {
            if is_title(last) && k + 1 < words.len() {
                let org = words.get(..=k).unwrap_or(&[]).join(" ");
                let title = words.get(k + 1..).unwrap_or(&[]).join(" ");
                return (title, Some(org));
            }
        }
        // "국민의힘 대표", "일본 방위성 국장": otherwise whatever comes before the title word
        // is who the speaker works for, whether or not its form is a known organisation form.
        // "미국 대통령": a state is not whom the speaker works for but part of the title, as
        // "U.S. President" is in English; a body before the title is the organisation.
        if let Some((org, title)) = part.rsplit_once(' ') {
            let modifier = KO_TITLE_MODIFIERS.contains(&org.trim()) || super::gazetteer::is_state_name(org.trim());
            if !modifier && !org.trim().is_empty() && is_title(title) {
                return (title.to_string(), Some(org.trim().to_string()));
            }
        }
        return (part.to_string(), None);
    }
    if let Some((title, org)) = part.rsplit_once(", ") {
        if is_organisation(org) && !is_title(org) {
            return (title.trim().to_string(), Some(org.trim().to_string()));
        }
    }
    // "U.S. State Department Spokesperson", "NATO Secretary General": the shortest
    // organisation in front, then a title that starts or ends with a title word.
    if !part.contains(',') {
        let words: Vec<&str> = part.split_whitespace().collect();
        for k in 1..words.len() {
            let (org, title) = (words.get(..k).unwrap_or(&[]).join(" "), words.get(k..).unwrap_or(&[]));
            let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
            let titled = title.first().is_some_and(|w| capital(w) && is_title_word(w)) || title.last().is_some_and(|w| is_title_word(w));
            if titled && is_organisation(&org) && !is_title(&org) && !super::gazetteer::is_state_name(&org) {
                return (title.join(" "), Some(org));
            }
        }
    }
    (part.to_string(), None)
}

const NON_PERSON_WORDS: [&str; 22] = [
    "TV",
    "Television",
    "footage",
    "Footage",
    "video",
    "Video",
    "KCNA",
    "Central News",
    "Broadcasting",
    "Radio",
    "Archive",
    "archive",
    "조선중앙",
    "자료화면",
    "영상",
    "방송",
    "통신",
    "화면",
    "News Agency",
    "CCTV",
    "Ministry",
    "Office",
];

fn is_non_person(name: &str) -> bool {
    NON_PERSON_WORDS.iter().any(|w| name.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(name: &str, title: Option<&str>, org: Option<&str>) -> SpeakerLabel {
        SpeakerLabel {
            name: name.into(),
            title: title.map(Into::into),
            organisation: org.map(Into::into),
            is_person: true,
            ..SpeakerLabel::default()
        }
    }

    #[test]
    fn labels() {
        let cases = [
            (
                "Cho Han-beom/Senior Researcher, Korea Institute for National Unification",
                l("Cho Han-beom", Some("Senior Researcher"), Some("Korea Institute for National Unification")),
            ),
            (
                "Doo Jin-ho/Director, International Strategy Research Division, Korea Institute for Defense Analyses",
                l("Doo Jin-ho", Some("Director, International Strategy Research Division"), Some("Korea Institute for Defense Analyses")),
            ),
            ("Lee Jae-woong / Spokesperson / Ministry of Foreign Affairs", l("Lee Jae-woong", Some("Spokesperson"), Some("Ministry of Foreign Affairs"))),
            ("Han Mi-rae, Professor", l("Han Mi-rae", Some("Professor"), None)),
            ("조한범/통일연구원 선임연구위원", l("조한범", Some("선임연구위원"), Some("통일연구원"))),
            ("박서연", l("박서연", None, None)),
            ("김도윤 대통령", l("김도윤", Some("대통령"), None)),
            ("김도윤 더불어민주당 대표", l("김도윤", Some("대표"), Some("더불어민주당"))),
            ("한결/더불어민주당 대표", l("한결", Some("대표"), Some("더불어민주당"))),
            ("배주원/국민의힘 대표", l("배주원", Some("대표"), Some("국민의힘"))),
            ("사토 렌/일본 방위성 국장", l("사토 렌", Some("국장"), Some("일본 방위성"))),
            ("오하늘/전 장관", l("오하늘", Some("전 장관"), None)),
            ("류성호/한빛대학교 경제학과 교수", l("류성호", Some("경제학과 교수"), Some("한빛대학교"))),
            ("Sato Ren/Director-General, Japan Ministry of Defense", l("Sato Ren", Some("Director-General"), Some("Japan Ministry of Defense"))),
            ("Ryu Seong-ho/Professor of Economics, Hanbit University", l("Ryu Seong-ho", Some("Professor of Economics"), Some("Hanbit University"))),
            ("Matthew Doe/U.S. State Department Spokesperson", l("Matthew Doe", Some("Spokesperson"), Some("U.S. State Department"))),
            ("Han Gyeol/Floor Leader, Democratic Party", l("Han Gyeol", Some("Floor Leader"), Some("Democratic Party"))),
            ("Mark Doe/NATO Secretary General", l("Mark Doe", Some("Secretary General"), Some("NATO"))),
            ("Carol Roe/White House Spokesperson", l("Carol Roe", Some("Spokesperson"), Some("White House"))),
            ("Joe Roe/U.S. President", l("Joe Roe", Some("U.S. President"), None)),
            ("도널드 킴/미국 대통령", l("도널드 킴", Some("미국 대통령"), None)),
            ("김하나/국민의힘 대표", l("김하나", Some("대표"), Some("국민의힘"))),
            ("김하나/중국 외교부 대변인", l("김하나", Some("대변인"), Some("중국 외교부"))),
            // The parenthesised form, a title then its body after a comma; a mark before the name.
            ("Yoon Ha-ram (Congressman, Hanbit Party)", l("Yoon Ha-ram", Some("Congressman"), Some("Hanbit Party"))),
            ("Oh Jae-sung (Researcher, Hanbit Trade Institute)", l("Oh Jae-sung", Some("Researcher"), Some("Hanbit Trade Institute"))),
            ("⊙강민호(새물결당 대표)", l("강민호", Some("대표"), Some("새물결당"))),
            ("Bae Ju-won/Spokesperson, People Power Party", l("Bae Ju-won", Some("Spokesperson"), Some("People Power Party"))),
        ];
        for (input, want) in cases {
            assert_eq!(parse_label(input), want, "{input}");
        }
    }

    #[test]
    fn parts_that_are_not_titles() {
        let a = parse_label("Yoon Ha-neul/Minister of Culture/KBS Morning Interview");
        assert_eq!(a.title.as_deref(), Some("Minister of Culture"));
        assert_eq!(a.source.as_deref(), Some("KBS Morning Interview"));
        let b = parse_label("Park Do-yun/Mapo-gu, Seoul");
        assert_eq!(
            (b.title, b.place.as_deref()),
            (None, Some("Mapo-gu, Seoul"))
        );
        let c = parse_label("Kang Min/Spokesperson/June 19");
        assert_eq!(c.date.as_deref(), Some("June 19"));
        let d = parse_label("김하늘/서울 마포구");
        assert_eq!((d.title, d.place.as_deref()), (None, Some("서울 마포구")));
        let e = parse_label("Korean Central TV");
        assert!(!e.is_person);
        let f = parse_label("(Hotel Manager)");
        assert_eq!(f.name, "Hotel Manager");
        let g = parse_label("Lee Su-bin (Buan-gun County resident)");
        assert_eq!(
            (g.name.as_str(), g.place.as_deref()),
            ("Lee Su-bin", Some("Buan-gun County resident"))
        );
    }
}
