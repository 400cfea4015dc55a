//! The pipeline end to end in a real browser: the seed report, validated and rendered in a
//! shadow root.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_seed_renders_its_headline_lead_and_speakers() {
    let host = fresh_host("div");
    mount(&host, seed_object(), &[("lang", "en")]);

    let headline = wait_for_element(&host, "[data-testid=headline]").await;
    assert!(text(&headline).contains("Russia"), "headline: {}", text(&headline));
    let lead = wait_for_element(&host, "[data-testid=lead]").await;
    assert!(!text(&lead).is_empty());
    let speakers: Vec<String> = find_all(&host, ".briefing-quote__name").iter().map(text).collect();
    assert_eq!(speakers, ["Cho Han-beom", "Lee Jae-woong", "Doo Jin-ho"]);
    let root = wait_for_element(&host, "[data-testid=briefing]").await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
}
