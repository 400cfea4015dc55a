//! The seed transcript: its speakers, quotes, reporter and relations.
#![cfg(feature = "ingest")]

use briefing_core::ingest::{ingest, IngestInput};
use briefing_core::model::{Certainty, Direction, GeneratorKind, Report, Role, Stance};
use briefing_core::validate::validate_report;

const SEED: &str = include_str!("fixtures/transcripts/seed.en.txt");

fn seed() -> Report {
    let input = IngestInput { en: Some(SEED), date_published: Some("2024-10-16"), ..IngestInput::default() };
    match ingest(&input) {
        Ok(out) => out.report,
        Err(e) => panic!("seed does not ingest: {e}"),
    }
}

#[test]
fn seed_validates_and_names_its_generator() {
    let report = seed();
    assert!(validate_report(report.clone()).is_ok());
    let generator = report.generator.clone();
    assert_eq!(generator.as_ref().map(|g| g.kind), Some(GeneratorKind::Ingester));
    assert_eq!(generator.as_ref().and_then(|g| g.name.as_deref()), Some("briefing ingest"));
    assert_eq!(generator.as_ref().and_then(|g| g.version.as_deref()), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(report.source.byline.and_then(|b| b.en).as_deref(), Some("Kim Kyung-jin"));
    assert_eq!(report.source.date_published.as_deref(), Some("2024-10-16"));
}

/// A speaker as (id, name, title, organisation), in English.
type SpeakerRow<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

#[test]
fn seed_speakers() {
    let report = seed();
    let got: Vec<SpeakerRow<'_>> = report
        .speakers
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.name.en.as_deref(),
                s.title.as_ref().and_then(|t| t.en.as_deref()),
                s.organisation.as_ref().and_then(|o| o.en.as_deref()),
            )
        })
        .collect();
    let want = [
        ("cho-han-beom", Some("Cho Han-beom"), Some("Senior Researcher"), Some("Korea Institute for National Unification")),
        ("lee-jae-woong", Some("Lee Jae-woong"), Some("Spokesperson"), Some("Ministry of Foreign Affairs")),
        (
            "doo-jin-ho",
            Some("Doo Jin-ho"),
            Some("Director, International Strategy Research Division"),
            Some("Korea Institute for Defense Analyses"),
        ),
    ];
    assert_eq!(got, want);
}

#[test]
fn seed_quotes_verbatim() {
    let report = seed();
    let got: Vec<(&str, &str, &str, Option<&str>)> = report
        .quotes
        .iter()
        .map(|q| (q.id.as_str(), q.speaker.as_str(), q.paragraph.as_str(), q.text.en.as_deref()))
        .collect();
    let want = [
        ("q1", "cho-han-beom", "p4", Some("There is an urgent need for more stable and larger quantities of ammunition support and military supplies from the DPRK. This may be the background for hastening the ratification of the treaty.")),
        ("q2", "lee-jae-woong", "p7", Some("We express deep regret to Russia. We also urge an explanation as to why Russia did not take any action during several drone provocations against the South, which have been confirmed to be carried out by the DPRK in the past.")),
        ("q3", "doo-jin-ho", "p8", Some("The DPRK has expectations from Russia. To drive military cooperation and military technology cooperation, the DPRK needs to contribute something more to Russia...")),
    ];
    assert_eq!(got, want);
}

#[test]
fn seed_body_lead_and_headline() {
    let report = seed();
    let roles: Vec<Role> = report.body.iter().map(|p| p.role).collect();
    let mut want = vec![Role::Anchor, Role::Anchor];
    want.extend([Role::Report; 7]);
    want.push(Role::Signoff);
    assert_eq!(roles, want);
    assert_eq!(
        report.headline.en.as_deref(),
        Some("As the strategic cooperation between North Korea and Russia strengthens…")
    );
    let lead = report.lead.en.unwrap_or_default();
    assert!(lead.starts_with("As the strategic cooperation") && !lead.contains("reports."), "{lead}");
    assert!(report.body.iter().all(|p| p.text.en.as_deref() != Some("Kim Kyung-jin reports.")));
}

/// A relation as (source, target, directed, stance, certainty).
type RelationRow = (&'static str, &'static str, bool, Stance, Certainty);

/// The relations of `www/reports/kbs-nk-russia-treaty.json`, the seed's hand-made report,
/// as ingestion compares them: pair (in order when directed), stance and certainty.
const SEED_RELATIONS: [RelationRow; 16] = [
    ("north-korea", "russia", false, Stance::Cooperative, Certainty::Reported),
    ("north-korea", "russia", false, Stance::Cooperative, Certainty::Reported),
    ("north-korea", "russia", false, Stance::Cooperative, Certainty::Expected),
    ("north-korea", "russia", true, Stance::Cooperative, Certainty::Possible),
    ("russia", "north-korea", true, Stance::Cooperative, Certainty::Reported),
    ("north-korea", "russia", true, Stance::Cooperative, Certainty::Analysis),
    ("north-korea", "russia", true, Stance::Cooperative, Certainty::Analysis),
    ("russia", "north-korea", true, Stance::Cooperative, Certainty::Reported),
    ("south-korea", "russia", true, Stance::Hostile, Certainty::Reported),
    ("russia", "ukraine", false, Stance::Hostile, Certainty::Reported),
    ("north-korea", "south-korea", true, Stance::Hostile, Certainty::Reported),
    ("north-korea", "south-korea", true, Stance::Hostile, Certainty::Reported),
    ("north-korea", "china", false, Stance::Neutral, Certainty::Reported),
    ("united-states", "north-korea", true, Stance::Neutral, Certainty::Reported),
    ("north-korea", "ukraine", true, Stance::Hostile, Certainty::Denied),
    ("north-korea", "russia", false, Stance::Cooperative, Certainty::Possible),
];

#[test]
fn seed_relations() {
    let report = seed();
    // Each ingested relation matches at most one relation of the hand-made report, as the
    // evaluation scores them.
    let mut unmatched: Vec<RelationRow> = SEED_RELATIONS.to_vec();
    let mut extra = Vec::new();
    for r in &report.relations {
        let directed = r.direction == Direction::Directed;
        let matches = |&(source, target, want_directed, stance, certainty): &RelationRow| {
            let pair = (r.source == source && r.target == target)
                || (!want_directed && r.source == target && r.target == source);
            pair && (directed || !want_directed) && r.stance == stance && r.certainty == certainty
        };
        match unmatched.iter().position(matches) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => extra.push(r),
        }
    }
    let right = SEED_RELATIONS.len() - unmatched.len();
    assert!(right >= 9, "{right} of {} found; missing {unmatched:#?}", SEED_RELATIONS.len());
    // Nothing the story does not state.
    assert!(extra.is_empty(), "not in the seed report: {extra:#?}");
    let ids: Vec<&str> = report.body.iter().map(|p| p.id.as_str()).chain(report.quotes.iter().map(|q| q.id.as_str())).collect();
    for r in &report.relations {
        assert!(r.evidence.iter().all(|e| ids.contains(&e.as_str())), "{r:?}");
    }
    // The regret is stated in the spokesperson's quote, and only there.
    let criticism = report.relations.iter().find(|r| r.kind == "criticism");
    assert_eq!(criticism.map(|r| r.evidence.clone()), Some(vec!["q2".to_string()]));
    assert_eq!(criticism.and_then(|r| r.summary.en.as_deref()), Some("We express deep regret to Russia."));
}
