//! The evaluation fixtures of `cargo xtask ingest-eval` (core/tests/fixtures/ingest-eval):
//! every field at or above its threshold, and a facts file that asks for more than the
//! story gives brings the score under it.
#![cfg(all(feature = "ingest", feature = "json"))]

use std::path::PathBuf;

use briefing_core::ingest::eval::{parse_expected, score, Field, Scores, Thresholds};
use briefing_core::ingest::{ingest, IngestInput, Lang};

fn fixtures() -> Vec<(String, Lang, String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest-eval");
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let lang = if stem.ends_with(".ko") { Lang::Ko } else { Lang::En };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let facts = std::fs::read_to_string(path.with_file_name(format!("{stem}.expected.json"))).unwrap_or_default();
        out.push((stem, lang, text, facts));
    }
    out
}

fn scored(text: &str, lang: Lang, facts: &str) -> Scores {
    let input = IngestInput {
        en: (lang == Lang::En).then_some(text),
        ko: (lang == Lang::Ko).then_some(text),
        ..IngestInput::default()
    };
    let report = ingest(&input).map(|made| made.report);
    let facts = parse_expected(facts);
    match (report, facts) {
        (Ok(report), Ok(facts)) => score(&report, lang, &facts),
        (report, facts) => panic!("{:?} {:?}", report.err(), facts.err()),
    }
}

#[test]
fn every_fixture_meets_the_thresholds() {
    let all = fixtures();
    assert!(all.len() >= 8, "{} fixtures", all.len());
    assert!(all.iter().any(|f| f.1 == Lang::Ko) && all.iter().any(|f| f.1 == Lang::En));
    let mut total = Scores::default();
    for (name, lang, text, facts) in &all {
        let s = scored(text, *lang, facts);
        assert!(s.misses.is_empty(), "{name}: {:#?}", s.misses);
        total.add(&s);
    }
    assert_eq!(total.failures(&Thresholds::default()), Vec::<String>::new());
    assert!(total.get(Field::Relations).expected >= 25 && total.get(Field::Actors).expected >= 40);
    // The fixtures are held above the default thresholds: every rule they show must hold.
    let relations = total.get(Field::Relations);
    assert!(relations.recall() >= 0.95 && relations.precision() >= 0.95, "{relations:?}");
}

#[test]
fn facts_the_story_does_not_give_fail_the_thresholds() {
    let all = fixtures();
    let Some((_, lang, text, _)) = all.iter().find(|f| f.0 == "politics.en") else { panic!("no politics.en") };
    let facts = r#"{ "byline": "Someone Else",
        "actors": [{ "name": "Democratic Party" }, { "name": "Supreme Court" }],
        "relations": [{ "source": "Democratic Party", "target": "Supreme Court", "stance": "hostile", "certainty": "reported" }] }"#;
    let failures = scored(text, *lang, facts).failures(&Thresholds::default());
    for want in ["byline: recall", "actors: recall", "actors: precision", "relations: recall", "relations: precision"] {
        assert!(failures.iter().any(|f| f.starts_with(want)), "{want}: {failures:#?}");
    }
}
