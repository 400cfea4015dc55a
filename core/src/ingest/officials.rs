//! Officials the narration names with their state or body ("U.S. Treasury Secretary Scott
//! Bessent", "새누리당 황우여 대표", "후진타오 중국 주석") act for it: their names, and the
//! short forms a story refers back to them by ("Secretary Bessent", "황 대표"), become
//! aliases of that actor, so that what they do is read as their actor's relation.
//!
//! A bare government title in a Korean broadcaster's English narration ("Unification
//! Minister Cho Myoung-gyon", "Trade Minister Cheong In-kyo") is South Korea's: KBS names a
//! foreign minister's country ("Japanese Prime Minister Ishiba") and leaves its own unnamed.

use super::gazetteer::{Gazetteer, GazetteerEntry, Mention};
use super::speaker::looks_like_name;
use super::text::has_hangul;

/// English title words that close a title before a name ("Foreign Minister", "Secretary").
const EN_TITLES: [&str; 16] = [
    "Minister", "Secretary", "President", "Spokesperson", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman",
    "Leader", "Representative", "Ambassador", "Envoy", "Director", "Chief", "Premier", "Adviser",
];

/// English titles of a government's own officials: with no state before them, and a
/// Korean name after them, the broadcaster's own government's ("President Moon Jae-in").
const EN_GOVERNMENT_TITLES: [&str; 6] = ["Minister", "Secretary", "Ambassador", "Envoy", "Adviser", "President"];

/// Common Korean surnames as they are romanised: a name that starts with one is written
/// surname first.
const KOREAN_SURNAMES: [&str; 60] = [
    "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Lim", "Han",
    "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Ryu", "Hong", "Jeon", "Chun", "Ko", "Moon", "Yang",
    "Son", "Bae", "Baek", "Heo", "Nam", "Sim", "Shim", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo",
    "Min", "Na", "Jin", "Ji", "Um", "Chae", "Won", "Ban", "Yeo", "Cheong", "Wi", "Yeom", "Byun", "Do",
];

/// Common Chinese surnames in pinyin (Chinese names are written surname first too).
const CHINESE_SURNAMES: [&str; 20] =
    ["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "Guo", "Ma", "Xi", "Qin"];

/// Korean title words after a name ("황우여 대표", "클린턴 국무장관").
const KO_TITLES: [&str; 24] = [
    "대통령", "총리", "주석", "장관", "부장관", "차관", "차관보", "대변인", "대표", "원내대표", "위원장", "의원",
    "대사", "총재", "청장", "국장", "실장", "수석", "비서관", "본부장", "특사", "총장", "서기장", "외무상",
];

/// Adds the officials named in a story's sentences (each once) to their actors' aliases.
pub(crate) fn discover(gazetteer: &mut Gazetteer, sentences: &[&str]) {
    let mut found: Vec<(String, Vec<String>)> = Vec::new();
    // Each sentence is scanned for names once.
    for &sentence in sentences {
        let mentions = gazetteer.mentions(sentence);
        if has_hangul(sentence) {
            korean(gazetteer, sentence, &mentions, &mut found);
        } else {
            english(gazetteer, sentence, &mentions, &mut found);
        }
        party_roles(gazetteer, sentence, &mentions, &mut found);
    }
    // A one-word alias that two actors' officials share ("Kim") names neither; nor does one
    // another actor's alias already begins with ("Kim" of "Kim Jong-un").
    let single = |a: &str| !a.contains(' ') && a.is_ascii();
    let shared: Vec<String> = found
        .iter()
        .flat_map(|(id, aliases)| aliases.iter().filter(|a| single(a)).map(move |a| (id, a)))
        .filter(|(id, a)| {
            let begins = |b: &String| b.split(' ').next() == Some(a.as_str());
            found.iter().any(|(other, aliases)| other != *id && aliases.iter().any(begins))
                || gazetteer.entries().iter().any(|e| e.id != **id && e.aliases.iter().any(begins))
        })
        .map(|(_, a)| a.clone())
        .collect();
    let mut extras = Vec::new();
    for (id, aliases) in found {
        let aliases: Vec<String> =
            aliases.into_iter().filter(|a| gazetteer.id_of_name(a).is_none() && !shared.contains(a)).collect();
        if aliases.is_empty() {
            continue;
        }
        if let Some(known) = gazetteer.get(&id).cloned() {
            extras.push(GazetteerEntry { aliases, ..known });
        }
    }
    // Indexed once for all of them.
    gazetteer.add_all(extras);
}

/// "the ruling People Power Party", "main opposition Democratic Party", "여당인 국민의힘",
/// "제1야당 더불어민주당": a story that says which party rules and which opposes refers to them
/// after that as "the ruling party", "the main opposition", "여당", "야당".
fn party_roles(gazetteer: &Gazetteer, sentence: &str, mentions: &[Mention<'_>], found: &mut Vec<(String, Vec<String>)>) {
    const ROLES: [(&[&str], &[&str]); 2] = [
        (
            &["ruling ", "여당인 ", "여당 ", "집권 여당인 ", "집권당인 "],
            &["the ruling party", "The ruling party", "ruling party", "the ruling camp", "여당", "집권 여당"],
        ),
        (
            &["main opposition ", "opposition ", "제1야당인 ", "제1야당 ", "야당인 "],
            &["the main opposition", "The main opposition", "the opposition", "The opposition", "opposition party", "제1야당", "야당"],
        ),
    ];
    for m in mentions {
        let [id] = m.ids else { continue };
        // Only a party has a role in government.
        if !gazetteer.get(id).is_some_and(|e| e.name_en.contains("Party") || e.name_ko.ends_with('당')) {
            continue;
        }
        let before = sentence.get(..m.start).unwrap_or("");
        let before = before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")).unwrap_or(before);
        for (marks, aliases) in ROLES {
            if marks.iter().any(|w| before.ends_with(w)) {
                note(found, id, aliases.iter().map(|a| (*a).to_string()).collect());
            }
        }
    }
}

fn note(found: &mut Vec<(String, Vec<String>)>, id: &str, aliases: Vec<String>) {
    match found.iter_mut().find(|(known, _)| known == id) {
        Some((_, known)) => {
            for alias in aliases {
                if !known.contains(&alias) {
                    known.push(alias);
                }
            }
        }
        None => found.push((id.to_string(), aliases)),
    }
}

/// A sentence's words, split at single spaces, with where each starts.
fn words_at(sentence: &str) -> Vec<(usize, &str)> {
    sentence
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect()
}

/// A capitalised word, hyphens allowed ("Son-gwon", "In-kyo").
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "U.S. Treasury Secretary Scott Bessent", "Unification Minister Cho Myoung-gyon".
fn english(gazetteer: &Gazetteer, sentence: &str, mentions: &[Mention<'_>], found: &mut Vec<(String, Vec<String>)>) {
    let words = words_at(sentence);
    for (i, &(_, word)) in words.iter().enumerate() {
        if !EN_TITLES.contains(&word) {
            continue;
        }
        // The name: one to three capitalised words after the title, up to punctuation.
        let mut name: Vec<&str> = Vec::new();
        for &(_, w) in words.iter().skip(i + 1).take(3) {
            let bare = w.trim_end_matches([',', '.', ';', ':', '\'', '"']).trim_end_matches("'s");
            if !capitalised(bare) || EN_TITLES.contains(&bare) {
                break;
            }
            name.push(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        let full = name.join(" ");
        if name.len() < 2 || !looks_like_name(&full) || !gazetteer.mentions(&full).is_empty() {
            continue;
        }
        // The title's own words back to the last lowercase word, and an actor named there.
        let mut first = i;
        while first > 0 && words.get(first - 1).is_some_and(|&(_, w)| capitalised(w.trim_end_matches("'s")) || w.ends_with('.')) {
            first -= 1;
        }
        let title_start = words.get(first).map_or(0, |&(at, _)| at);
        let title_end = words.get(i).map_or(0, |&(at, w)| at + w.len());
        // "Cho Myoung-gyon", "Seo Hoon" (a Korean name: the surname first), "Li Keqiang" (a
        // Chinese one: so too) or "Scott Bessent".
        let first_word = name.first().copied().unwrap_or("");
        let korean = name.len() == 2 && (name.get(1).is_some_and(|w| w.contains('-')) || KOREAN_SURNAMES.contains(&first_word));
        let korean_order = korean || name.len() == 2 && CHINESE_SURNAMES.contains(&first_word);
        let actor = mentions
            .iter()
            .filter(|m| m.start >= title_start && m.end <= title_end && m.ids.len() == 1)
            .filter_map(|m| m.ids.first())
            .next_back()
            .cloned()
            .or_else(|| (korean && EN_GOVERNMENT_TITLES.contains(&word)).then(|| "south-korea".to_string()))
            .filter(|_| !mentions.iter().any(|m| m.start >= title_start && m.end <= title_end && m.ids.len() > 1));
        let Some(actor) = actor else { continue };
        let surname = if korean_order { name.first() } else { name.last() };
        let mut aliases = vec![full.clone()];
        if let Some(surname) = surname {
            aliases.push(format!("{word} {surname}"));
            // The surname alone ("Moon told …", "Bessent said"), kept only where no one else
            // in the story has it (see `discover`).
            aliases.push((*surname).to_string());
        }
        note(found, &actor, aliases);
    }
}

/// "새누리당 황우여 대표", "후진타오 중국 주석".
fn korean(gazetteer: &Gazetteer, sentence: &str, mentions: &[Mention<'_>], found: &mut Vec<(String, Vec<String>)>) {
    let words = words_at(sentence);
    let actor_at = |k: usize| -> Option<&String> {
        let &(at, w) = words.get(k)?;
        mentions.iter().find(|m| m.start == at && m.end == at + w.len() && m.ids.len() == 1).and_then(|m| m.ids.first())
    };
    for (k, &(_, word)) in words.iter().enumerate() {
        let Some(title) = KO_TITLES.iter().find(|t| word.starts_with(**t) && title_ending(word, t)) else { continue };
        // "<actor> <name> <title>" or "<name> <actor> <title>".
        let south = "south-korea".to_string();
        let (actor, name, middle) = match (k.checked_sub(2).and_then(actor_at), k.checked_sub(1).and_then(|j| words.get(j)), k.checked_sub(1).and_then(actor_at), k.checked_sub(2).and_then(|j| words.get(j))) {
            (Some(actor), Some(&(_, name)), _, _) => (actor, name, None),
            (_, _, Some(actor), Some(&(_, name))) => (actor, name, k.checked_sub(1).and_then(|j| words.get(j)).map(|&(_, w)| w)),
            // "이재명 대통령": a Korean name and a government title with no state named are
            // South Korea's, as in English.
            (_, Some(&(_, name)), None, _) if KO_GOVERNMENT_TITLES.contains(title) && korean_full_name(name) => (&south, name, None),
            _ => continue,
        };
        // A name holds no actor's name ("한빛당과 새물결당 대표": the first word is a party's).
        if !looks_like_name(name) || name.chars().count() > 4 || !gazetteer.mentions(name).is_empty() {
            continue;
        }
        let mut aliases = vec![name.to_string(), format!("{name} {title}")];
        // "후진타오 중국 주석" whole, so that "…주석의 미국 방문" is read as the possessor's.
        if let Some(state) = middle {
            aliases.push(format!("{name} {state} {title}"));
        }
        // "황 대표": a Korean name's first syllable is the surname.
        if name.chars().count() == 3 {
            if let Some(surname) = name.chars().next() {
                aliases.push(format!("{surname} {title}"));
            }
        }
        note(found, actor, aliases);
    }
}

/// Korean government titles that, after a Korean name and no state, are South Korea's.
const KO_GOVERNMENT_TITLES: [&str; 6] = ["대통령", "총리", "장관", "부장관", "차관", "특사"];

/// Whether a word is a Korean full name: three syllables, the first a common surname
/// ("이재명", "윤석열"); a foreign name in Hangul ("마크롱") is rarely so.
fn korean_full_name(name: &str) -> bool {
    const SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도석선설길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";
    name.chars().count() == 3 && name.chars().all(super::text::is_hangul) && name.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

/// Whether `word` is `title` with at most a particle after it ("대표는", "장관이").
fn title_ending(word: &str, title: &str) -> bool {
    let rest = word.get(title.len()..).unwrap_or("");
    rest.is_empty() || ["은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "에게", "께서", "으로", "과의", "와의"].contains(&rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gazetteer after the actors and officials of `texts` are found, as ingestion finds them.
    fn gazetteer_of(texts: &[&str]) -> Gazetteer {
        let mut g = Gazetteer::new();
        let sentences = super::super::actors::discover(&mut g, texts, &[], &[]);
        discover(&mut g, &sentences);
        g
    }

    fn aliases_of(texts: &[&str], id: &str) -> Vec<String> {
        gazetteer_of(texts).get(id).map(|e| e.aliases.clone()).unwrap_or_default()
    }

    #[test]
    fn english_officials_join_their_state() {
        let us = aliases_of(&["He met U.S. Treasury Secretary Scott Bessent in Washington."], "united-states");
        assert!(us.contains(&"Scott Bessent".to_string()) && us.contains(&"Bessent".to_string()), "{us:?}");
        let sk = aliases_of(&["Unification Minister Cho Myoung-gyon led the delegation."], "south-korea");
        assert!(sk.contains(&"Cho Myoung-gyon".to_string()) && sk.contains(&"Minister Cho".to_string()), "{sk:?}");
        // A surname alone stands for the one official of the story who has it ...
        assert!(sk.contains(&"Cho".to_string()));
        // ... but not for two, nor for one whose surname another actor's alias begins with.
        let two = ["Unification Minister Park Ha-na met Chinese Ambassador Park Min-ho."];
        assert!(!aliases_of(&two, "south-korea").contains(&"Park".to_string()));
        let kim = aliases_of(&["Foreign Minister Kim Ha-na spoke of Kim Jong-un."], "south-korea");
        assert!(kim.contains(&"Kim Ha-na".to_string()) && !kim.contains(&"Kim".to_string()), "{kim:?}");
        // A title of no government names no state.
        let none = aliases_of(&["Director Lee Min-ho of the film spoke."], "south-korea");
        assert!(!none.iter().any(|a| a.contains("Lee")), "{none:?}");
    }

    #[test]
    fn a_story_that_says_who_rules_names_the_parties_by_their_roles() {
        let texts = ["The ruling People Power Party denounced the main opposition Democratic Party.", "여당인 국민의힘은 반발했습니다."];
        let g = gazetteer_of(&texts);
        let aliases = |id: &str| g.get(id).map(|e| e.aliases.clone()).unwrap_or_default();
        assert!(aliases("people-power-party").contains(&"the ruling party".to_string()), "{:?}", aliases("people-power-party"));
        assert!(aliases("people-power-party").contains(&"여당".to_string()));
        assert!(aliases("democratic-party").contains(&"the main opposition".to_string()), "{:?}", aliases("democratic-party"));
    }

    #[test]
    fn korean_officials_join_their_body() {
        let texts = ["새누리당 황우여 대표와 민주당 김한길 대표가 회담을 열었습니다.", "후진타오 중국 주석의 미국 방문이 고비입니다."];
        let g = gazetteer_of(&texts);
        let party = g.id_of_name("새누리당").and_then(|id| g.get(id)).map(|e| e.aliases.clone()).unwrap_or_default();
        assert!(party.contains(&"황우여".to_string()) && party.contains(&"황 대표".to_string()), "{party:?}");
        let china = g.get("china").map(|e| e.aliases.clone()).unwrap_or_default();
        assert!(china.contains(&"후진타오".to_string()), "{china:?}");
    }
}
