//! Validation of `briefing/1` documents: a table of invalid documents with their exact
//! problems, valid documents, round trips, limits, and inputs that must never panic.
#![cfg(feature = "json")]

use briefing_core::model::{Lang, Report};
use briefing_core::validate::{
    validate_deserializer, validate_json, validate_report, validate_value, ProblemKind,
    ValidReport, MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_PROBLEMS,
};
use briefing_core::value::Value;
use serde_json::{json, Value as Json};

const SMALL: &str = include_str!("fixtures/valid/small.json");
const REQUIRED_ONLY: &str = include_str!("fixtures/valid/required-only.json");
const SEED: &str = include_str!("../../www/reports/kbs-nk-russia-treaty.json");

/// One change to the small valid document.
enum Edit {
    /// Sets the value at a JSON pointer (the parent must exist).
    Set(&'static str, Json),
    /// Removes the value at a JSON pointer.
    Remove(&'static str),
    /// Appends to the array at a JSON pointer.
    Push(&'static str, Json),
    /// Replaces the first occurrence of a piece of the document's text.
    Text(&'static str, &'static str),
    /// A whole document instead.
    Raw(&'static str),
}

fn small() -> Json {
    serde_json::from_str(SMALL).unwrap()
}

fn split(pointer: &str) -> (&str, &str) {
    pointer.rsplit_once('/').unwrap()
}

fn apply(edit: &Edit) -> String {
    let mut doc = small();
    match edit {
        Edit::Set(pointer, value) => {
            let (parent, key) = split(pointer);
            match doc.pointer_mut(parent).unwrap() {
                Json::Object(map) => {
                    map.insert(key.to_string(), value.clone());
                }
                Json::Array(items) => items[key.parse::<usize>().unwrap()] = value.clone(),
                other => panic!("cannot set in {other}"),
            }
        }
        Edit::Remove(pointer) => {
            let (parent, key) = split(pointer);
            doc.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(key).unwrap();
        }
        Edit::Push(pointer, value) => {
            doc.pointer_mut(pointer).unwrap().as_array_mut().unwrap().push(value.clone());
        }
        Edit::Text(from, to) => {
            assert!(SMALL.contains(from), "{from} is not in the document");
            return SMALL.replacen(from, to, 1);
        }
        Edit::Raw(text) => return text.to_string(),
    }
    serde_json::to_string_pretty(&doc).unwrap()
}

fn problems(text: &str) -> Vec<String> {
    match validate_json(text) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn invalid_documents_report_exact_problems() {
    use Edit::*;
    let long_headline = "h".repeat(301);
    let long_text = "말".repeat(10_001);
    let many_points: Vec<Json> = (0..51).map(|i| json!({ "en": format!("point {i}") })).collect();
    let many_aliases: Vec<Json> = (0..51).map(|i| json!(format!("alias {i}"))).collect();
    let long_headline: &'static str = Box::leak(long_headline.into_boxed_str());
    let long_text: &'static str = Box::leak(long_text.into_boxed_str());

    let cases: Vec<(&str, Edit, &[&str])> = vec![
        ("unknown format", Set("/format", json!("briefing/2")),
            &[r#"format: unknown format version "briefing/2", expected "briefing/1""#]),
        ("format missing", Remove("/format"), &["format: missing required field"]),
        ("format not a string", Set("/format", json!(1)), &["format: expected a string, found a number"]),
        ("not an object", Raw("[]"), &["$: expected an object, found an array"]),
        ("not JSON", Raw(r#"{"format":"#), &["$: invalid JSON: EOF while parsing a value at line 1 column 10"]),
        ("trailing characters", Raw("{} x"), &["$: invalid JSON: trailing characters at line 1 column 4"]),
        ("id of wrong type", Set("/id", json!(5)), &["id: expected a string, found a number"]),
        ("required field missing", Remove("/source/url"), &["source.url: missing required field"]),
        ("list of wrong type", Set("/body", json!({})), &["body: expected an array, found an object"]),
        ("null for an optional field", Set("/speakers/0/title", Json::Null),
            &["speakers[0].title: expected an object, found null"]),
        ("unknown field", Set("/body/0/colour", json!("red")),
            &["body[0].colour: unknown field, expected one of: id, role, text"]),
        ("unknown field with an odd name", Set("/source/date published", json!("2024-10-16")),
            &[r#"source["date published"]: unknown field, expected one of: publisher, url, datePublished, byline"#]),
        ("duplicate key", Text(r#""id": "test-story","#, r#""id": "test-story", "id": "again","#),
            &["id: duplicate key"]),
        ("unknown enum value", Set("/body/0/role", json!("boss")),
            &[r#"body[0].role: unknown value "boss", expected one of: anchor, report, signoff"#]),
        ("unknown generator kind", Set("/generator/kind", json!("robot")),
            &[r#"generator.kind: unknown value "robot", expected one of: person, ingester"#]),
        ("blank text", Set("/headline/en", json!("  \n ")), &["headline.en: text is empty"]),
        ("text with no language", Set("/lead", json!({})), &["lead: text has neither en nor ko"]),
        ("blank alias", Set("/actors/0/aliases/0", json!("")), &["actors[0].aliases[0]: text is empty"]),
        ("invalid id", Set("/relations/0/id", json!("R1")),
            &[r#"relations[0].id: invalid id "R1": use a-z, 0-9 and hyphens, starting with a letter or digit, at most 64 characters"#]),
        ("invalid relation kind", Set("/relations/0/kind", json!("Treaty")),
            &[r#"relations[0].kind: invalid relation kind "Treaty": use a-z, 0-9 and hyphens, starting with a letter, at most 64 characters"#]),
        ("duplicate id within a kind",
            Push("/body", json!({ "id": "p1", "role": "report", "text": { "en": "Again." } })),
            &[r#"body[2].id: duplicate id "p1", first used at body[0].id"#]),
        ("duplicate id across kinds", Set("/relations/0/id", json!("q1")),
            &[r#"relations[0].id: duplicate id "q1", first used at quotes[0].id"#]),
        ("unknown speaker", Set("/quotes/0/speaker", json!("lee")), &[r#"quotes[0].speaker: unknown speaker "lee""#]),
        ("speaker is a paragraph", Set("/quotes/0/speaker", json!("p1")),
            &[r#"quotes[0].speaker: "p1" is a paragraph, not a speaker"#]),
        ("unknown paragraph", Set("/quotes/0/paragraph", json!("p9")), &[r#"quotes[0].paragraph: unknown paragraph "p9""#]),
        ("unknown actor", Set("/relations/0/target", json!("usa")), &[r#"relations[0].target: unknown actor "usa""#]),
        ("unknown evidence", Set("/relations/0/evidence/0", json!("p7")),
            &[r#"relations[0].evidence[0]: unknown paragraph or quote "p7""#]),
        ("evidence naming an actor", Set("/relations/0/evidence/1", json!("russia")),
            &[r#"relations[0].evidence[1]: "russia" is an actor, not a paragraph or quote"#]),
        ("evidence listed twice", Set("/relations/0/evidence/1", json!("p2")),
            &[r#"relations[0].evidence[1]: evidence "p2" is listed twice"#]),
        ("no evidence", Set("/relations/0/evidence", json!([])),
            &["relations[0].evidence: at least one evidence id is required"]),
        ("relation to itself", Set("/relations/0/target", json!("north-korea")),
            &[r#"relations[0].target: relation from actor "north-korea" to itself"#]),
        ("javascript URL", Set("/source/url", json!("javascript:alert(1)")),
            &[r#"source.url: not an http(s) URL: scheme "javascript" is never allowed"#]),
        ("disguised javascript URL", Set("/source/url", json!("JaVa&#x09;Script\n:alert(1)")),
            &[r#"source.url: not an http(s) URL: scheme "javascript" is never allowed"#]),
        ("data URL", Set("/source/url", json!("data:text/html,hi")),
            &[r#"source.url: not an http(s) URL: scheme "data" is never allowed"#]),
        ("URL with leading space", Set("/source/url", json!(" https://news.kbs.co.kr/")),
            &["source.url: not an http(s) URL: whitespace before or after it"]),
        ("protocol-relative URL", Set("/source/url", json!("//news.kbs.co.kr/")),
            &["source.url: not an http(s) URL: protocol-relative, it starts with //"]),
        ("ftp URL", Set("/source/url", json!("ftp://news.kbs.co.kr/")),
            &[r#"source.url: not an http(s) URL: scheme "ftp" is not http or https"#]),
        ("URL without host", Set("/source/url", json!("https:///news")), &["source.url: not an http(s) URL: no host"]),
        ("impossible date", Set("/source/datePublished", json!("2024-02-30")),
            &[r#"source.datePublished: invalid date "2024-02-30": expected a real date as YYYY-MM-DD or an RFC 3339 date-time"#]),
        ("leap day of a common year", Set("/source/datePublished", json!("2023-02-29")),
            &[r#"source.datePublished: invalid date "2023-02-29": expected a real date as YYYY-MM-DD or an RFC 3339 date-time"#]),
        ("listed language missing", Set("/languages", json!(["en", "ko"])),
            &[r#"headline: no "ko" text, but languages lists "ko""#,
              r#"lead: no "ko" text, but languages lists "ko""#,
              r#"body[1].text: no "ko" text, but languages lists "ko""#]),
        ("language listed twice", Set("/languages", json!(["en", "en"])), &[r#"languages[1]: "en" is listed twice"#]),
        ("unknown language", Set("/languages", json!(["fr"])),
            &[r#"languages[0]: unknown value "fr", expected one of: en, ko"#]),
        ("no languages", Set("/languages", json!([])), &["languages: at least one language is required"]),
        ("empty body", Set("/body", json!([])),
            &["body: at least one paragraph is required",
              r#"quotes[0].paragraph: unknown paragraph "p2""#,
              r#"relations[0].evidence[0]: unknown paragraph or quote "p2""#]),
        ("headline over its limit", Set("/headline/en", json!(long_headline)),
            &["headline.en: text is 301 characters, over the limit of 300"]),
        ("text over its limit", Set("/body/1/text/ko", json!(long_text)),
            &["body[1].text.ko: text is 10001 characters, over the limit of 10000"]),
        ("too many key points", Set("/key_points", Json::Array(many_points)),
            &["key_points: 51 key points is over the limit of 50"]),
        ("too many aliases", Set("/actors/0/aliases", Json::Array(many_aliases)),
            &["actors[0].aliases: 51 aliases is over the limit of 50"]),
        ("item that is not an object keeps later indices", Set("/body/0", json!("p1")),
            &["body[0]: expected an object, found a string"]),
        ("a list that cannot be read hides no references into it", Set("/quotes/0", json!("q1")),
            &["quotes[0]: expected an object, found a string"]),
        ("all problems collected, in document order",
            Text(r#""target": "russia","#, r#""target": "usa", "weight": 1,"#),
            &[r#"relations[0].weight: unknown field, expected one of: id, source, target, direction, kind, stance, certainty, summary, evidence"#,
              r#"relations[0].target: unknown actor "usa""#]),
        ("a broken field is reported once", Remove("/relations/0/source"),
            &["relations[0].source: missing required field"]),
    ];
    assert!(cases.len() >= 25);
    let mut failures = Vec::new();
    for (name, edit, expected) in &cases {
        let found = problems(&apply(edit));
        if found != *expected {
            failures.push(format!("{name}:\n  expected {expected:#?}\n  found {found:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_documents_are_accepted() {
    for (name, text) in [("small", SMALL), ("required only", REQUIRED_ONLY), ("seed", SEED)] {
        if let Err(problems) = validate_json(text) {
            panic!("{name} is refused:\n{problems}");
        }
    }
}

#[test]
fn lookups_answer_by_id() {
    let valid = validate_json(SMALL).unwrap();
    let quote = valid.quote("q1").unwrap();
    assert_eq!(valid.speaker_of(quote).map(|s| s.id.as_str()), Some("kim"));
    assert_eq!(valid.paragraph("p2").and_then(|p| p.text.get(Lang::En)), Some("Pyongyang ratified the treaty."));
    assert_eq!(valid.actor("russia").map(|a| a.id.as_str()), Some("russia"));
    assert!(valid.actor("q1").is_none(), "an id of another kind is not an actor");
    assert_eq!(valid.relation("r1").map(|r| r.evidence.len()), Some(2));
    assert_eq!(valid.quotes_by("kim").count(), 1);
    assert_eq!(valid.quotes_after("p2").count(), 1);
    assert_eq!(valid.relations_of("russia").count(), 1);
    assert_eq!(valid.kind_of("p1"), Some(briefing_core::validate::IdKind::Paragraph));
    assert_eq!(valid.report().headline.resolve(Lang::Ko), Some((Lang::En, "North Korea ratifies its treaty with Russia")));
}

#[test]
fn serialized_reports_validate_to_the_same_report() {
    for text in [SMALL, REQUIRED_ONLY, SEED] {
        let valid = validate_json(text).unwrap();
        let again = serde_json::to_string(valid.report()).unwrap();
        assert_eq!(validate_json(&again).unwrap(), valid);
        // serde's derived decoder reads the same documents the same way.
        assert_eq!(&serde_json::from_str::<Report>(text).unwrap(), valid.report());
        assert_eq!(validate_report(valid.clone().into_report()).unwrap(), valid);
    }
}

#[test]
fn any_deserializer_takes_the_same_road() {
    let from_tree = validate_deserializer(small()).unwrap();
    assert_eq!(from_tree, validate_json(SMALL).unwrap());

    let mut doc = small();
    doc["relations"][0]["target"] = json!("usa");
    let problems = validate_deserializer(doc).unwrap_err();
    assert_eq!(problems.to_string(), r#"relations[0].target: unknown actor "usa""#);

    let value: Value = serde_json::from_str(SMALL).unwrap();
    assert_eq!(validate_value(value).unwrap(), from_tree);
}

#[test]
fn reports_built_in_rust_get_the_same_checks() {
    let mut report = validate_json(SMALL).unwrap().into_report();
    report.source.url = "vbscript:msgbox".into();
    report.relations[0].source = "china".into();
    let problems = validate_report(report).unwrap_err();
    assert_eq!(
        problems.to_string(),
        "source.url: not an http(s) URL: scheme \"vbscript\" is never allowed\n\
         relations[0].source: unknown actor \"china\""
    );
}

#[test]
fn deep_nesting_is_refused_at_the_limit() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let problems = validate_json(&deep).unwrap_err().into_vec();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, format!("${}", "[0]".repeat(MAX_DEPTH)));
    assert_eq!(problems[0].kind, ProblemKind::TooDeep { limit: MAX_DEPTH });
    assert!(problems[0].to_string().ends_with(": nesting is deeper than the limit of 16 levels"));

    // Unclosed, as a truncated or hostile upload would be.
    let open_only = "{\"a\":".repeat(10_000);
    let problem = validate_json(&open_only).unwrap_err().to_string();
    assert!(problem.ends_with("nesting is deeper than the limit of 16 levels"), "{problem}");
    assert!(problem.starts_with("a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a:"), "{problem}");
}

#[test]
fn oversize_documents_are_refused_before_parsing() {
    let padding = "a".repeat(60 * 1024 * 1024);
    let huge = format!(r#"{{"format": "briefing/1", "id": "{padding}"}}"#);
    let problems = validate_json(&huge).unwrap_err().to_string();
    assert_eq!(
        problems,
        format!("$: document is {} bytes, over the limit of {MAX_DOCUMENT_BYTES} bytes", huge.len())
    );
    assert_eq!(MAX_DOCUMENT_BYTES, 4_194_304);
}

#[test]
fn too_many_paragraphs_are_refused() {
    let mut doc = small();
    let body: Vec<Json> = (0..2001)
        .map(|i| json!({ "id": format!("p{i}"), "role": "report", "text": { "en": "x" } }))
        .collect();
    doc["body"] = Json::Array(body);
    doc["quotes"] = json!([]);
    doc["relations"][0]["evidence"] = json!(["p1"]);
    let text = serde_json::to_string(&doc).unwrap();
    assert_eq!(problems(&text), ["body: 2001 paragraphs is over the limit of 2000"]);
}

#[test]
fn problems_stop_at_their_limit() {
    let mut doc = small();
    let body: Vec<Json> =
        (0..1500).map(|_| json!({ "id": "X", "role": "report", "text": { "en": "x" } })).collect();
    doc["body"] = Json::Array(body);
    let found = problems(&serde_json::to_string(&doc).unwrap());
    assert_eq!(found.len(), MAX_PROBLEMS + 1);
    assert_eq!(found.last().unwrap(), "$: more than 1000 problems, the rest are not listed");
}

#[test]
fn messages_quote_values_safely() {
    let doc = apply(&Edit::Set("/relations/0/target", json!("u\"s\u{1b}[31ma\u{202e}")));
    assert_eq!(
        problems(&doc),
        [r#"relations[0].target: unknown actor "u\"s\u{001b}[31ma\u{202e}""#]
    );
    let long = "x".repeat(1000);
    let doc = apply(&Edit::Set("/relations/0/target", json!(long)));
    assert_eq!(problems(&doc), [format!("relations[0].target: unknown actor \"{}…\"", "x".repeat(64))]);
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_input_never_panics() {
    let mut random = Random(0x5eed_1234_abcd_ef01);
    let alphabet = br#"{}[]:,"\ 0123456789.-+eEtrufalsn"#;
    for _ in 0..3000 {
        let len = random.below(200);
        let bytes: Vec<u8> = (0..len)
            .map(|_| match random.below(3) {
                0 => random.next() as u8,
                _ => alphabet[random.below(alphabet.len())],
            })
            .collect();
        let _ = validate_json(&String::from_utf8_lossy(&bytes));
    }
    // Mutations of a valid document reach deeper into the checks than noise does.
    let original = SMALL.as_bytes();
    for _ in 0..3000 {
        let mut bytes = original.to_vec();
        for _ in 0..1 + random.below(4) {
            let at = random.below(bytes.len());
            bytes[at] = match random.below(2) {
                0 => alphabet[random.below(alphabet.len())],
                _ => random.next() as u8,
            };
        }
        let _ = validate_json(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn every_truncation_is_refused_without_panicking() {
    let end = SMALL.trim_end().len();
    for (at, _) in SMALL.char_indices().filter(|(at, _)| *at < end) {
        let result: Result<ValidReport, _> = validate_json(&SMALL[..at]);
        let problems = result.expect_err("a truncated document is not valid");
        assert_eq!(problems.len(), 1, "{problems}");
        assert!(problems.to_string().starts_with("$: invalid JSON: "), "{problems}");
    }
}
