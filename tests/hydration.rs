//! Hydration, in the browser: a fragment written by `briefing render` (the committed fixture,
//! kept current by `tests/prerender.rs`) becomes a live widget on the very nodes the server
//! wrote; a fragment the widget cannot vouch for is rendered afresh, and nothing else stops.

#![cfg(target_arch = "wasm32")]

mod common;

use briefing_core::model::Lang;
use briefing_widget::prerender::MARKUP;
use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const FRAGMENT: &str = include_str!("fixtures/prerendered-seed.en.html");

/// Puts `html` in a fresh element as a parser would (declarative shadow roots attached) and
/// returns the `<briefing-widget>` in it, not yet connected to the widget.
fn place(html: &str) -> Element {
    let container = fresh_host("div");
    let set_html = js_sys::Reflect::get(&container, &"setHTMLUnsafe".into()).expect("setHTMLUnsafe");
    set_html
        .dyn_into::<js_sys::Function>()
        .expect("a function")
        .call1(&container, &html.into())
        .expect("parses");
    let host = find_in(&container, "briefing-widget").expect("the fragment's element");
    assert!(host.shadow_root().is_some(), "the parser attached the declarative shadow root");
    host
}

/// Every element in the host's shadow root, in tree order.
fn elements(host: &Element) -> Vec<Element> {
    find_all(host, "*")
}

fn headline(host: &Element) -> String {
    find(host, "[data-testid=headline]").map(|h| text(&h)).unwrap_or_default()
}

fn seed_headline(lang: Lang) -> String {
    seed_report().headline.resolve(lang).expect("the seed has both languages").1.to_string()
}

#[wasm_bindgen_test]
async fn the_widget_hydrates_the_nodes_the_server_wrote() {
    let host = place(FRAGMENT);
    let before = elements(&host);
    assert!(before.len() > 200, "the whole briefing is in the page before the widget runs");
    assert_eq!(headline(&host), seed_headline(Lang::En));
    assert!(find(&host, "[data-testid=quote-full] blockquote").is_some(), "full quotes are in the page");

    briefing_widget::embed::connect_element(&host);
    wait_for_element(&host, "article[data-live]").await;
    let after = elements(&host);
    assert_eq!(after.len(), before.len(), "no node added or removed");
    for (index, (was, is)) in before.iter().zip(&after).enumerate() {
        assert!(js_sys::Object::is(was, is), "element {index} ({}) is the one the server wrote", was.local_name());
    }
    assert!(find(&host, ".briefing-root[data-prerendered]").is_some(), "hydrated in place, not rendered afresh");

    // Live: the toggle switches the language, a disclosure still opens natively and the state follows.
    click(&wait_for_element(&host, "[data-testid=lang-toggle]").await);
    let korean = seed_headline(Lang::Ko);
    wait_for("the Korean headline", 5_000, || (headline(&host) == korean).then_some(())).await;
    let article = find(&host, "article").expect("the briefing");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ko"));
    assert!(!briefing_widget::embed::stopped());
}

/// The fixture with `from` replaced by `to` (which must be there).
fn edited(from: &str, to: &str) -> String {
    assert!(FRAGMENT.contains(from), "the fixture holds {from:?}");
    FRAGMENT.replacen(from, to, 1)
}

#[wasm_bindgen_test]
async fn a_fragment_the_widget_cannot_vouch_for_is_rendered_afresh() {
    let english = seed_headline(Lang::En);
    let cases: Vec<(&str, String, String)> = vec![
        ("markup edited by hand", edited("<li>Four months", "<li><b>Edited:</b> Four months"), english.clone()),
        ("an element removed", edited("<p class=\"briefing-quote__excerpt\">", "<span class=\"briefing-quote__excerpt\">"), english.clone()),
        (
            "an old snippet",
            edited(&format!("data-prerendered=\"m{MARKUP} "), &format!("data-prerendered=\"m{} ", MARKUP - 1)),
            english.clone(),
        ),
        ("no stamp", edited("data-prerendered=", "data-other="), english.clone()),
        (
            "the report edited after rendering",
            edited("\"en\": \"North Korea and Russia draw closer", "\"en\": \"Edited: North Korea and Russia draw closer"),
            format!("Edited: {english}"),
        ),
    ];
    for (what, html, expected) in cases {
        let host = place(&html);
        briefing_widget::embed::connect_element(&host);
        wait_for_element(&host, "article[data-live]").await;
        assert!(find(&host, "[data-prerendered]").is_none(), "{what}: rendered afresh");
        assert_eq!(headline(&host), expected, "{what}");
        assert!(!briefing_widget::embed::stopped(), "{what}: nothing stopped");
    }

    // An inline report that no longer validates: its problems, as for any widget.
    let host = place(&edited("\"format\": \"briefing/1\"", "\"format\": \"briefing/9\""));
    briefing_widget::embed::connect_element(&host);
    let error = wait_for_element(&host, "[data-testid=error]").await;
    assert!(text(&error).contains("format"), "the problem is named: {}", text(&error));
    assert!(!briefing_widget::embed::stopped());
}
