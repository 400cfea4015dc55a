//! A long quote list in a real browser: its first render holds the first cards, later tasks
//! add the rest, and whatever the reader does meanwhile (switch the language, expand all and
//! collapse again, open one quote, keep focus on a card) the list settles to every card in the
//! state the reader asked for.

#![cfg(target_arch = "wasm32")]

mod common;

use briefing_widget::progressive::CHUNK;
use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const EXTRA: usize = 600;

/// Mounts the seed with `EXTRA` more quotes and waits for its first render: returns the host
/// and how many cards the list will hold.
async fn mounted_long_list() -> (web_sys::Element, usize) {
    let host = fresh_host("div");
    let total = seed_report().quotes.len() + EXTRA;
    mount(&host, seed_with_quotes(EXTRA), &[("lang", "en")]);
    wait_for_element(&host, "[data-testid=quote]").await;
    (host, total)
}

/// A long list, settled, with expand all just clicked (and rendered): returns the host, the
/// number of cards and the expand all button.
async fn settled_long_list_expanding() -> (web_sys::Element, usize, web_sys::Element) {
    let (host, total) = mounted_long_list().await;
    wait_for_settled(&host, total).await;
    let expand = find(&host, "[data-testid=expand-all]").unwrap();
    click(&expand);
    wait_for_attribute(&expand, "aria-pressed", "true").await;
    (host, total, expand)
}

#[wasm_bindgen_test]
async fn a_long_list_comes_a_chunk_at_a_time_and_settles_to_every_card() {
    let (host, total) = mounted_long_list().await;
    let first = find_all(&host, "[data-testid=quote]").len();
    assert!(first >= CHUNK.min(total) && first < total, "the first render holds the first cards, not all: {first}");
    assert!(busy(&host), "a list with cards pending says so");
    wait_for_settled(&host, total).await;
    let excerpts = find_all(&host, ".briefing-quote__excerpt");
    assert_eq!(excerpts.len(), total, "every card has its excerpt");
    let ids: Vec<String> = find_all(&host, "[data-testid=quote]").iter().map(|card| card.id()).collect();
    let last = ids.last().cloned().unwrap_or_default();
    assert!(last.ends_with(&format!("extra-{}", EXTRA - 1)), "in report order: the last card is {last}");
}

#[wasm_bindgen_test]
async fn a_switch_while_cards_are_pending_reaches_every_card() {
    let (host, total) = mounted_long_list().await;
    assert!(busy(&host));
    click(&find(&host, "[data-testid=lang-toggle]").unwrap());
    let root = find(&host, "article[data-testid=briefing]").unwrap();
    wait_for_attribute(&root, "lang", "ko").await;
    wait_for_settled(&host, total).await;
    let report = seed_report();
    let korean = report.speakers.iter().find(|s| s.id == report.quotes[0].speaker).unwrap().name.ko.clone().unwrap();
    let names: Vec<String> = find_all(&host, ".briefing-quote__name").iter().map(text).collect();
    assert_eq!(names.len(), total);
    let english: Vec<&String> = names.iter().skip(report.quotes.len()).filter(|name| **name != korean).collect();
    assert!(english.is_empty(), "cards left in English: {}", english.len());
}

#[wasm_bindgen_test]
async fn expand_all_then_collapse_all_at_once_leaves_every_card_closed() {
    let (host, total, expand) = settled_long_list_expanding().await;
    assert!(busy(&host), "expand all reaches a long list a chunk at a time");
    click(&expand);
    wait_for_attribute(&expand, "aria-pressed", "false").await;
    wait_for_settled(&host, total).await;
    let open = find_all(&host, "details.briefing-quote__details[open]").len();
    assert_eq!(open, 0, "every card closed again");
    assert!(find(&host, "[data-testid=quote-full] blockquote").is_none(), "no full quote left rendered");

    click(&expand);
    wait_for_attribute(&expand, "aria-pressed", "true").await;
    wait_for_settled(&host, total).await;
    let toggles = find_all(&host, "[data-testid=quote-toggle]");
    assert!(toggles.iter().all(is_open), "expand all after that opens every card, with its full quote");
}

#[wasm_bindgen_test]
async fn a_quote_the_reader_closes_while_expand_all_is_pending_stays_closed() {
    let (host, total, expand) = settled_long_list_expanding().await;
    let toggles = find_all(&host, "[data-testid=quote-toggle]");
    let first = toggles.first().unwrap();
    wait_for_open(first, true).await;
    // Close the first card, which expand all opened in its first chunk.
    click(first);
    wait_for_open(first, false).await;
    wait_for_attribute(&expand, "aria-pressed", "false").await;
    wait_for_settled(&host, total).await;
    assert!(is_closed(first), "the card the reader closed stays closed");
    let open = find_all(&host, "details.briefing-quote__details[open]").len();
    assert_eq!(open, total - 1, "every other card open");
}

#[wasm_bindgen_test]
async fn focus_stays_on_its_card_while_the_list_fills_and_switches() {
    let (host, total) = mounted_long_list().await;
    let shadow = host.shadow_root().unwrap();
    let toggle = find_all(&host, "[data-testid=quote-toggle]").remove(1);
    toggle.dyn_ref::<HtmlElement>().unwrap().focus().unwrap();
    assert_eq!(shadow.active_element().as_ref(), Some(&toggle));
    wait_for_settled(&host, total).await;
    assert_eq!(shadow.active_element().as_ref(), Some(&toggle), "focus kept while cards were added");

    // A click through the DOM leaves focus where it was, as the host's setLang would.
    click(&find(&host, "[data-testid=lang-toggle]").unwrap());
    let root = find(&host, "article[data-testid=briefing]").unwrap();
    wait_for_attribute(&root, "lang", "ko").await;
    assert!(busy(&host), "the switch reaches a long list a chunk at a time");
    wait_for_settled(&host, total).await;
    assert_eq!(shadow.active_element().as_ref(), Some(&toggle), "focus kept while the cards switched");
    assert!(is_closed(&toggle));
}
