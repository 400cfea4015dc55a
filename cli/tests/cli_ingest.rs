//! `briefing ingest`: transcripts to reports on the command line, one story or a batch.

mod common;

use common::{briefing_in, briefing_in_with_stdin, fixtures, temp_dir, text};
use std::path::Path;
use std::process::Output;

use briefing_core::model::Report;
use briefing_core::validate::validate_json;

const SEED_URL: &str = "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8082375";

fn briefing(args: &[&str]) -> Output {
    briefing_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn briefing_with_stdin(args: &[&str], input: &[u8]) -> Output {
    briefing_in_with_stdin(Path::new(env!("CARGO_MANIFEST_DIR")), args, input)
}

fn transcript(name: &str) -> String {
    fixtures().join("transcripts").join(name).display().to_string()
}

fn report_of(json: &str) -> Report {
    match validate_json(json) {
        Ok(valid) => valid.into_report(),
        Err(problems) => panic!("the report does not validate: {problems}"),
    }
}

/// A speaker as (name, title, organisation), in English.
type SpeakerRow = (String, Option<String>, Option<String>);
/// A quote as (English text, speaker's English name).
type QuoteRow = (String, String);

/// Speakers and quotes as an editor checks them against the story.
fn speakers_and_quotes(report: &Report) -> (Vec<SpeakerRow>, Vec<QuoteRow>) {
    let en = |t: Option<&briefing_core::model::LocalizedText>| t.and_then(|t| t.en.clone());
    let speakers = report
        .speakers
        .iter()
        .map(|s| (s.name.en.clone().unwrap_or_default(), en(s.title.as_ref()), en(s.organisation.as_ref())))
        .collect();
    let name_of = |id: &str| {
        report.speakers.iter().find(|s| s.id == id).and_then(|s| s.name.en.clone()).unwrap_or_default()
    };
    let quotes = report.quotes.iter().map(|q| (q.text.en.clone().unwrap_or_default(), name_of(&q.speaker))).collect();
    (speakers, quotes)
}

#[test]
fn seed_through_a_file_validates_and_matches_the_hand_made_report() {
    let dir = temp_dir("seed");
    let out = dir.join("seed.json");
    let out_name = out.display().to_string();
    let seed = transcript("seed.en.txt");
    let output = briefing(&["ingest", "--en", &seed, "--date", "2024-10-16", "--url", SEED_URL, "-o", &out_name]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "", "with -o nothing goes to standard output");

    let validated = briefing(&["validate", &out_name]);
    assert_eq!(validated.status.code(), Some(0), "{}", text(&validated.stderr));
    assert_eq!(text(&validated.stdout), format!("{out_name}: ok\n"));

    let json = std::fs::read_to_string(&out).unwrap();
    assert!(json.starts_with("{\n  \"format\": \"briefing/1\","), "pretty JSON: {json:.60}");
    assert!(json.ends_with("}\n"), "a trailing newline");
    let ingested = report_of(&json);
    assert_eq!(ingested.source.url, SEED_URL);
    assert_eq!(ingested.source.date_published.as_deref(), Some("2024-10-16"));
    let hand_made = report_of(include_str!("../../www/reports/kbs-nk-russia-treaty.json"));
    let (speakers, quotes) = speakers_and_quotes(&ingested);
    let (want_speakers, want_quotes) = speakers_and_quotes(&hand_made);
    assert_eq!(speakers, want_speakers);
    assert_eq!(quotes, want_quotes);
    assert_eq!(quotes.len(), 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn seed_from_standard_input_through_validate() {
    let seed = std::fs::read(transcript("seed.en.txt")).unwrap();
    let output = briefing_with_stdin(&["ingest", "--en", "-", "--date", "2024-10-16", "--url", SEED_URL], &seed);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "", "no warnings with a URL and a date");
    let validated = briefing_with_stdin(&["validate", "-"], &output.stdout);
    assert_eq!(validated.status.code(), Some(0), "{}", text(&validated.stderr));
    assert_eq!(text(&validated.stdout), "-: ok\n");
}

#[test]
fn warnings_name_the_file_and_line() {
    let seed = transcript("seed.en.txt");
    let output = briefing(&["ingest", "--en", &seed, "--date", "2024-10-16"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        text(&output.stderr),
        format!("{seed}: no story URL given; the publisher's news site is used (pass --url)\n")
    );

    let cut = transcript("en-cut.en.txt");
    let output = briefing(&["ingest", "--en", &cut, "--date", "2024-10-16", "--url", SEED_URL]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = text(&output.stderr);
    assert!(stderr.lines().next().is_some_and(|l| l.starts_with(&format!("{cut}: line "))), "{stderr}");

    let (en, ko) = (transcript("pair.en.txt"), transcript("pair.ko.txt"));
    let output = briefing(&["ingest", "--en", &en, "--ko", &ko, "--date", "2024-10-16", "--url", SEED_URL]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = text(&output.stderr);
    assert!(stderr.contains(&format!("{ko}: line 11: paragraph has no English counterpart (near {en} line ")), "{stderr}");
    assert_eq!(report_of(&text(&output.stdout)).languages.len(), 2);
}

/// `briefing ingest --en seed.en.txt | briefing validate -`: the seed alone, with no date and
/// no URL, makes a valid report that says what it lacks.
#[test]
fn the_seed_alone_pipes_into_validate() {
    let seed = transcript("seed.en.txt");
    let output = briefing(&["ingest", "--en", &seed]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(stderr.contains(&format!("{seed}: no publication date found; the report has none (pass --date YYYY-MM-DD)")), "{stderr}");
    assert!(stderr.contains("pass --url"), "{stderr}");
    let report = report_of(&text(&output.stdout));
    assert_eq!(report.source.date_published, None, "no date is made up");

    let validated = briefing_with_stdin(&["validate", "-"], &output.stdout);
    assert_eq!(validated.status.code(), Some(0), "{}", text(&validated.stderr));
    assert_eq!(text(&validated.stdout), "-: ok\n");
}

#[test]
fn usage_errors_exit_2() {
    let seed = transcript("seed.en.txt");
    let cases: &[&[&str]] = &[
        &["ingest"],
        &["ingest", "--en"],
        &["ingest", "--en", &seed, "--en", &seed],
        &["ingest", "--en", &seed, "--colour", "red"],
        &["ingest", &seed],
        &["ingest", "--en", "-", "--ko", "-"],
        &["ingest", "--url", SEED_URL],
        &["ingest", "--batch", "."],
        &["ingest", "--batch", ".", "-o", "out", "--en", &seed],
        &["ingest", "--en", &seed, "--date", "16/10/2024"],
    ];
    for args in cases {
        let output = briefing(args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(text(&output.stdout), "", "{args:?}");
        assert!(stderr.lines().next().is_some_and(|l| !l.is_empty()), "{args:?}: {stderr}");
    }
    let help = briefing(&["ingest", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("ingest --batch DIR -o OUTDIR"));
}

#[test]
fn junk_exits_1_with_a_located_message() {
    let cases: &[(&str, &str)] = &[
        ("<html>\n<body>a page</body>\n</html>\n", "-: line 1: this is markup or JSON, not a transcript"),
        ("Shopping list.\n\nEggs, milk and bread.\n", "-: line 1: not a broadcast transcript"),
        ("[Anchor]\n\nA story.\u{0}\u{1}\n", "-: line 3: binary data"),
        ("", "-: the transcript is empty"),
    ];
    for (input, want) in cases {
        let output = briefing_with_stdin(&["ingest", "--en", "-", "--date", "2024-10-16"], input.as_bytes());
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{input:?}: {stderr}");
        assert_eq!(text(&output.stdout), "", "{input:?}");
        assert!(stderr.starts_with(want), "{input:?}: {stderr}");
    }
    let missing = briefing(&["ingest", "--en", "/nonexistent/story.en.txt", "--date", "2024-10-16"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).starts_with("/nonexistent/story.en.txt: cannot read the file: "));
}

#[test]
fn actors_file_is_validated_and_used() {
    let dir = temp_dir("actors");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"[{"id": "nato", "name": {"en": "NATO"}, "kind": "alliance"}, 3]"#).unwrap();
    let bad = bad.display().to_string();
    let seed = transcript("seed.en.txt");
    let output = briefing(&["ingest", "--en", &seed, "--date", "2024-10-16", "--actors", &bad]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!(
            "{bad}: $[0].kind: unknown value \"alliance\", expected one of: state, organisation, person, group\n\
             {bad}: $[1]: expected an object, found a number\n"
        )
    );

    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"[{"id": "unification-institute", "name": {"en": "Korea Institute for National Unification"},
             "kind": "organisation", "aliases": ["Korea Institute for National Unification"]}]"#,
    )
    .unwrap();
    let good = good.display().to_string();
    let output = briefing(&["ingest", "--en", &seed, "--date", "2024-10-16", "--url", SEED_URL, "--actors", &good]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let report = report_of(&text(&output.stdout));
    assert!(report.actors.iter().any(|a| a.id == "unification-institute"), "{:?}", report.actors);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn batch_writes_good_stories_and_counts_the_bad() {
    let dir = temp_dir("batch-in");
    let out = temp_dir("batch-out");
    let copy = |from: &str, to: &str| std::fs::copy(transcript(from), dir.join(to)).map(|_| ()).unwrap();
    copy("pair.en.txt", "fisheries.en.txt");
    copy("pair.ko.txt", "fisheries.ko.txt");
    // No language infix: detected from the text.
    copy("ko-modern.ko.txt", "dust.txt");
    std::fs::write(dir.join("broken.en.txt"), "<html>\n<body></body>\n</html>\n").unwrap();
    std::fs::write(dir.join("notes.md"), "not a transcript and not *.txt").unwrap();

    let (dir_name, out_name) = (dir.display().to_string(), out.display().to_string());
    let output = briefing(&["ingest", "--batch", &dir_name, "-o", &out_name, "--date", "2024-10-16"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(text(&output.stdout), "");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.last().copied(), Some("3 stories: 2 written, 1 failed"), "{stderr}");
    // Not a terminal: one progress line per story, in name order.
    let progress: Vec<&str> = lines.iter().copied().filter(|l| l.starts_with('[')).collect();
    assert_eq!(progress, ["[1/3] broken", "[2/3] dust", "[3/3] fisheries"], "{stderr}");
    let broken = dir.join("broken.en.txt").display().to_string();
    assert!(lines.contains(&format!("{broken}: line 1: this is markup or JSON, not a transcript; paste the story text").as_str()), "{stderr}");

    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["dust.json", "fisheries.json"]);
    let fisheries = report_of(&std::fs::read_to_string(out.join("fisheries.json")).unwrap());
    assert_eq!(fisheries.languages.len(), 2, "the .en and .ko files are one story");
    let dust = report_of(&std::fs::read_to_string(out.join("dust.json")).unwrap());
    assert_eq!(dust.languages, [briefing_core::model::Lang::Ko]);
    assert_eq!(dust.source.date_published.as_deref(), Some("2024-03-05"), "the transcript's own date wins over --date");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn batch_of_good_stories_exits_0() {
    let dir = temp_dir("batch-ok");
    let out = dir.join("reports");
    std::fs::copy(transcript("seed.en.txt"), dir.join("seed.en.txt")).unwrap();
    let (dir_name, out_name) = (dir.display().to_string(), out.display().to_string());
    let output = briefing(&["ingest", "--batch", &dir_name, "-o", &out_name, "--date", "2024-10-16"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.lines().last(), Some("1 story: 1 written, 0 failed"));
    assert!(out.join("seed.json").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}
