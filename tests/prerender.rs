//! Server rendering, natively: the fragment `briefing render` writes, and the committed
//! fixture of it that the browser tests hydrate (`tests/hydration.rs`).
//!
//! The fixture doubles as the markup snapshot: when the components render something else, the
//! test fails until the fixture is written again (`BLESS=1 cargo test -p briefing-widget
//! --features ssr --test prerender`), and writing it again with the same shape but not a new
//! [`MARKUP`] fails too, so that old fragments in pages are rendered afresh, never hydrated
//! into a mismatch.
#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]

use briefing_core::model::Lang;
use briefing_core::validate::validate_json;
use briefing_widget::prerender::{shape_of_html, Stamp, MARKUP, STAMP_ATTRIBUTE};
use briefing_widget::ssr::{render, Fragment, RenderError};

const SEED: &str = include_str!("../www/reports/kbs-nk-russia-treaty.json");
const FIXTURE: &str = "tests/fixtures/prerendered-seed.en.html";

fn seed(lang: Option<Lang>, base: &str, module_script: bool) -> String {
    let report = validate_json(SEED).expect("the seed is valid");
    render(report, SEED, &Fragment { lang, base, module_script }).expect("renders")
}

fn stamp_of(fragment: &str) -> Stamp {
    let start = fragment.find(&format!("{STAMP_ATTRIBUTE}=\"")).expect("stamped") + STAMP_ATTRIBUTE.len() + 2;
    let end = start + fragment[start..].find('"').expect("closed");
    Stamp::parse(&fragment[start..end]).expect("a stamp")
}

/// The rendered briefing: what the stamped root holds.
fn briefing_html(fragment: &str) -> &str {
    let start = fragment.find(&format!("{STAMP_ATTRIBUTE}=\"")).expect("stamped");
    let start = start + fragment[start..].find('>').expect("tag ends") + 1;
    let end = fragment.find("</div></template>").expect("root ends");
    &fragment[start..end]
}

#[test]
fn the_fixture_is_what_the_components_render_now() {
    let rendered = seed(Some(Lang::En), "/embed/", false);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == rendered {
        return;
    }
    if std::env::var_os("BLESS").is_some() {
        if !committed.is_empty() {
            let (old, new) = (stamp_of(&committed), stamp_of(&rendered));
            assert!(
                old.shape == new.shape || new.markup > old.markup,
                "the markup's shape changed: raise briefing_widget::prerender::MARKUP (now {MARKUP}) first"
            );
        }
        std::fs::write(&path, &rendered).expect("writes the fixture");
        return;
    }
    panic!("{FIXTURE} is not what the components render now: write it again with BLESS=1 (see this file's doc)");
}

#[test]
fn a_fragment_holds_the_briefing_its_report_and_the_bundle() {
    let fragment = seed(None, "https://cdn.example/briefing", true);
    assert!(fragment.starts_with("<briefing-widget lang=\"en\"><template shadowrootmode=\"open\">"));
    assert!(fragment.contains("<link rel=\"stylesheet\" href=\"https://cdn.example/briefing/briefing.css\">"));
    assert!(fragment.ends_with("</briefing-widget>\n<script type=\"module\" src=\"https://cdn.example/briefing/embed.js\"></script>\n"));
    assert!(fragment.contains(">North Korea and Russia draw closer as Moscow moves to ratify their treaty</h2>"));
    let report = validate_json(SEED).expect("valid");
    for quote in &report.report().quotes {
        let full = quote.text.resolve(Lang::En).expect("English").1;
        assert!(fragment.contains(&format!(">{full}</blockquote>")), "every quote in full: {}", quote.id);
    }
    for paragraph in &report.report().body {
        let text = paragraph.text.resolve(Lang::En).expect("English").1.replace('&', "&amp;");
        assert!(fragment.contains(&text), "every paragraph of the story: {}", paragraph.id);
    }
    assert_eq!(fragment.matches("data-testid=\"relation\"").count(), report.report().relations.len(), "the relation list");
    assert_eq!(fragment.matches("<script").count(), 2, "the data block and the module, nothing else");
    let handler = fragment.match_indices(" on").any(|(at, _)| {
        let name: String = fragment[at + 3..].chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && fragment[at + 3 + name.len()..].starts_with("=\"")
    });
    assert!(!fragment.contains(" style=") && !fragment.contains("<style") && !handler, "no inline style or handler");
    assert!(!seed(None, "", false).contains("<script type=\"module\""));
}

#[test]
fn the_stamp_vouches_for_the_language_the_report_and_the_shape() {
    let english = seed(Some(Lang::En), "", false);
    let korean = seed(Some(Lang::Ko), "", false);
    assert!(korean.starts_with("<briefing-widget lang=\"ko\">"));
    assert!(korean.contains("<h2 data-testid=\"headline\""));
    let (en, ko) = (stamp_of(&english), stamp_of(&korean));
    assert_eq!((en.markup, en.lang, ko.lang), (MARKUP, Lang::En, Lang::Ko));
    assert_eq!(en.report, ko.report, "the same report");
    assert_eq!(Some(en.shape), shape_of_html(briefing_html(&english)));
    let inline = &english[english.find("<script type=\"application/json\">").unwrap() + 32..english.find("</script>").unwrap()];
    assert_eq!(en.report, briefing_widget::prerender::digest(inline.as_bytes()));
}

#[test]
fn a_base_that_is_not_a_web_url_is_refused() {
    let report = validate_json(SEED).expect("valid");
    let error = render(report, SEED, &Fragment { lang: None, base: "javascript:alert(1)//", module_script: true }).unwrap_err();
    assert_eq!(error, RenderError::Base("javascript:alert(1)//".into()));
    assert!(error.to_string().contains("relative URL or an http(s) URL"));
}
