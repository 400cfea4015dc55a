//! `briefing render`: a report as the HTML fragment an article page holds, and the reports
//! and command lines it refuses.

mod common;

use std::path::Path;
use std::process::Output;

use common::{briefing_in, briefing_in_with_stdin, fixtures, temp_dir, text};

/// The seed report, as committed.
const SEED: &str = include_str!("../../www/reports/kbs-nk-russia-treaty.json");
const SEED_HEADLINE_EN: &str = "North Korea and Russia draw closer as Moscow moves to ratify their treaty";
const SEED_HEADLINE_KO: &str = "러시아, 북·러 조약 비준 착수…밀착 배경은?";

fn seed_file() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../www/reports/kbs-nk-russia-treaty.json").display().to_string()
}

fn briefing(args: &[&str]) -> Output {
    briefing_in(&fixtures(), args)
}

/// The text of the fragment's `<script type="application/json">`, read as JSON.
fn inline_report(fragment: &str) -> serde_json::Value {
    const OPEN: &str = "<script type=\"application/json\">";
    let start = fragment.find(OPEN).map(|at| at + OPEN.len()).expect("an inline JSON script");
    let end = fragment[start..].find("</script>").map(|len| start + len).expect("the script's end tag");
    serde_json::from_str(&fragment[start..end]).expect("the inline report is JSON")
}

/// What the fragment's declarative shadow root holds: the rendered briefing.
fn shadow_of(fragment: &str) -> &str {
    const OPEN: &str = "<template shadowrootmode=\"open\">";
    let start = fragment.find(OPEN).map(|at| at + OPEN.len()).expect("a declarative shadow root");
    let end = fragment[start..].find("</template>").map(|len| start + len).expect("the template's end tag");
    &fragment[start..end]
}

/// A render that succeeded: its standard output, with nothing on standard error.
fn rendered(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "");
    text(&output.stdout)
}

#[test]
fn the_seed_renders_as_a_fragment_with_its_report_inline() {
    let fragment = rendered(&briefing(&["render", &seed_file()]));
    assert!(fragment.starts_with("<briefing-widget"), "{fragment:.120}");
    assert!(fragment.contains("<briefing-widget lang=\"en\">"), "the report's first language");
    assert!(fragment.contains(SEED_HEADLINE_EN));
    assert!(shadow_of(&fragment).contains(SEED_HEADLINE_EN));
    assert!(!shadow_of(&fragment).contains(SEED_HEADLINE_KO), "the Korean headline is only in the inline JSON");
    let seed: serde_json::Value = serde_json::from_str(SEED).unwrap();
    assert_eq!(inline_report(&fragment), seed);
    // Without --base, the bundle sits beside the page.
    assert!(fragment.contains("href=\"./briefing.css\""), "{fragment:.400}");
    assert!(fragment.contains("<script type=\"module\" src=\"./embed.js\"></script>"));
}

#[test]
fn lang_ko_renders_in_korean() {
    let fragment = rendered(&briefing(&["render", &seed_file(), "--lang", "ko"]));
    assert!(fragment.contains("<briefing-widget lang=\"ko\">"), "{fragment:.120}");
    assert!(shadow_of(&fragment).contains(SEED_HEADLINE_KO));
    assert!(!shadow_of(&fragment).contains(SEED_HEADLINE_EN));
}

#[test]
fn base_names_the_bundle_folder() {
    let fragment = rendered(&briefing(&["render", &seed_file(), "--base", "https://cdn.example/briefing"]));
    assert!(fragment.contains("href=\"https://cdn.example/briefing/briefing.css\""));
    assert!(fragment.contains("src=\"https://cdn.example/briefing/embed.js\""));
}

#[test]
fn no_script_leaves_the_module_script_out() {
    let fragment = rendered(&briefing(&["render", &seed_file(), "--no-script"]));
    assert!(!fragment.contains("<script type=\"module\""), "{fragment}");
    assert!(fragment.contains("<script type=\"application/json\">"), "the report stays inline");
    assert!(fragment.trim_end().ends_with("</briefing-widget>"));
}

#[test]
fn output_file_is_written_in_new_folders() {
    let dir = temp_dir("out");
    let out = dir.join("new/folders/seed.html");
    let out_name = out.display().to_string();
    let output = briefing(&["render", &seed_file(), "-o", &out_name]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "", "with -o nothing goes to standard output");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, rendered(&briefing(&["render", &seed_file()])), "the same fragment as on standard output");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_reads_standard_input() {
    let fragment = rendered(&briefing_in_with_stdin(&fixtures(), &["render", "-"], SEED.as_bytes()));
    assert!(fragment.contains(SEED_HEADLINE_EN));
}

#[test]
fn report_text_is_shown_as_text() {
    let small = include_str!("../../core/tests/fixtures/valid/small.json");
    let hostile = "</script><script>alert(1)</script><b>bold</b> & \\\"quoted\\\"";
    let report = small.replacen("North Korea ratifies its treaty with Russia", hostile, 1);
    assert_ne!(report, small);
    let fragment = rendered(&briefing_in_with_stdin(&fixtures(), &["render", "-"], report.as_bytes()));
    assert!(!fragment.contains("<b>"), "{fragment}");
    assert!(!fragment.contains("<script>"), "{fragment}");
    assert_eq!(fragment.matches("</script>").count(), 2, "the inline JSON's and the module script's end tags only");
    assert!(shadow_of(&fragment).contains("&lt;b"), "{fragment}");
}

#[test]
fn an_invalid_report_names_its_problems_and_writes_nothing() {
    let dir = temp_dir("invalid");
    let out = dir.join("new/story.html");
    let out_name = out.display().to_string();
    for (file, problem) in [
        ("invalid/dangling-actor.json", r#"relations[0].target: unknown actor "usa""#),
        ("invalid/not-json.json", "$: invalid JSON: expected `,` or `}` at line 3 column 3"),
        ("no-such-file.json", "$: unreadable document: cannot read the file: "),
    ] {
        let output = briefing(&["render", file, "-o", &out_name]);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{file}: {stderr}");
        assert_eq!(text(&output.stdout), "", "{file}");
        assert!(stderr.starts_with(&format!("{file}: {problem}")), "{file}: {stderr}");
        assert!(stderr.lines().all(|line| line.starts_with(&format!("{file}: "))), "{stderr}");
        assert!(!dir.join("new").exists(), "{file}: nothing is written, not even the folder");
    }
    let output = briefing(&["render", "invalid/dangling-actor.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let seed = seed_file();
    let cases: &[(&[&str], &str)] = &[
        (&["render"], "render: give the REPORT.json"),
        (&["render", &seed, "--lang", "fr"], "render: unknown language `fr` for --lang: use en or ko"),
        (&["render", &seed, "--lang", "EN"], "render: unknown language `EN` for --lang"),
        (&["render", &seed, "--lang"], "render: --lang needs a value"),
        (&["render", &seed, "--lang", "en", "--lang", "ko"], "render: --lang given twice"),
        (&["render", &seed, &seed], "render: one REPORT at a time"),
        (&["render", &seed, "--colour", "red"], "render: unknown option `--colour`"),
        (&["render", &seed, "--base", "javascript:alert(1)//"], "render: --base: "),
        (&["render", &seed, "--no-script", "--no-script"], "render: --no-script given twice"),
    ];
    for (args, message) in cases {
        let output = briefing(args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(text(&output.stdout), "", "{args:?}");
        assert!(stderr.starts_with(&format!("briefing: {message}")), "{args:?}: {stderr}");
    }
}

#[test]
fn help_lists_render() {
    let help = briefing(&["render", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = text(&help.stdout);
    assert!(help.contains("render REPORT [--lang en|ko] [--base URL] [--no-script] [-o FILE]"), "{help}");
    assert!(help.contains("the URL of the folder holding embed.js and briefing.css"), "{help}");
}
