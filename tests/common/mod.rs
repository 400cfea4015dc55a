//! What the browser tests share: a fresh host element per test, the seed report, and
//! waiting for a condition (never for a fixed time).

#![allow(dead_code)]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

/// The seed report as JSON text.
pub const SEED: &str = include_str!("../../www/reports/kbs-nk-russia-treaty.json");

/// The seed report as a JavaScript object, as a host would pass it to `mount`.
pub fn seed_object() -> JsValue {
    js_sys::JSON::parse(SEED).expect("the seed is JSON")
}

/// A property of a JavaScript object (for editing a report before mounting it).
pub fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &key.into()).expect("a property")
}

/// A new element at the top of the page body, for one test alone: the previous tests'
/// hosts are removed, so that this one is in view (widgets far below the fold load lazily).
pub fn fresh_host(tag: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let earlier = document.query_selector_all("[data-test-host]").unwrap();
    for index in 0..earlier.length() {
        if let Some(element) = earlier.item(index).and_then(|n| n.dyn_into::<Element>().ok()) {
            element.remove();
        }
    }
    let host = document.create_element(tag).unwrap();
    host.set_attribute("data-test-host", "").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// `mount(host, report, options)` through the public API.
pub fn mount(host: &Element, report: JsValue, options: &[(&str, &str)]) -> briefing_widget::embed::BriefingHandle {
    let object = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    briefing_widget::embed::mount(host.clone().into(), report, object.into()).expect("mount")
}

/// Waits until `probe` returns `Some`, checking after every turn of the event loop, for at
/// most `limit_ms`; panics with `what` when it never does.
pub async fn wait_for<T>(what: &str, limit_ms: u32, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = js_sys::Date::now();
    loop {
        if let Some(found) = probe() {
            return found;
        }
        if js_sys::Date::now() - start > f64::from(limit_ms) {
            panic!("timed out after {limit_ms} ms waiting for {what}");
        }
        TimeoutFuture::new(10).await;
    }
}

/// The first element inside `host`'s shadow root matching `selector`.
pub fn find(host: &Element, selector: &str) -> Option<Element> {
    host.shadow_root()?.query_selector(selector).ok().flatten()
}

/// Every element inside `host`'s shadow root matching `selector`.
pub fn find_all(host: &Element, selector: &str) -> Vec<Element> {
    let Some(root) = host.shadow_root() else { return Vec::new() };
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Waits for the element matching `selector` inside `host`'s shadow root.
pub async fn wait_for_element(host: &Element, selector: &str) -> Element {
    wait_for(selector, 5_000, || find(host, selector)).await
}

/// An element's text as a reader sees it (trimmed).
pub fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default().trim().to_string()
}

/// Clicks like a reader.
pub fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().expect("an HTML element").click();
}

/// The seed report, read with the model, for expected texts.
pub fn seed_report() -> briefing_core::model::Report {
    briefing_core::validate::validate_json(SEED).expect("the seed is valid").into_report()
}

/// Mounts the seed in `lang` into a fresh element and waits for the briefing.
pub async fn mounted_seed(lang: &str) -> Element {
    let host = fresh_host("div");
    mount(&host, seed_object(), &[("lang", lang)]);
    wait_for_element(&host, "article[data-testid=briefing]").await;
    host
}

/// Opens the relation list behind its disclosure and waits until it is shown.
pub async fn open_relation_list(host: &Element) {
    let toggle = wait_for_element(host, "[data-testid=relations-toggle]").await;
    click(&toggle);
    wait_for_open(&toggle, true).await;
    wait_for_element(host, "[data-testid=relation]").await;
}

/// Is the native disclosure (`<details>`) that holds `element` open, with its content
/// rendered (the briefing renders a disclosure's content once its state has caught up)?
pub fn is_open(element: &Element) -> bool {
    let Some(details) = element.closest("details").ok().flatten() else { return false };
    details.has_attribute("open") && details.last_element_child().is_some_and(|content| content.first_element_child().is_some())
}

/// Is the disclosure that holds `element` closed?
pub fn is_closed(element: &Element) -> bool {
    element.closest("details").ok().flatten().is_some_and(|details| !details.has_attribute("open"))
}

/// Waits until the disclosure that holds `element` is open (`true`, content rendered) or closed.
pub async fn wait_for_open(element: &Element, open: bool) {
    let what = if open { "the disclosure open" } else { "the disclosure closed" };
    wait_for(what, 5_000, || (if open { is_open(element) } else { is_closed(element) }).then_some(())).await;
}

/// Waits until `selector`'s attribute `name` has `value`.
pub async fn wait_for_attribute(element: &Element, name: &str, value: &str) {
    let what = format!("{name}={value:?}");
    wait_for(&what, 5_000, || (element.get_attribute(name).as_deref() == Some(value)).then_some(())).await;
}

/// A tall element before `host`, pushing it `screens` viewport heights below the fold.
pub fn fresh_spacer(host: &Element, screens: f64) -> Element {
    let window = web_sys::window().unwrap();
    let height = window.inner_height().unwrap().as_f64().unwrap() * screens;
    let document = window.document().unwrap();
    let spacer = document.create_element("div").unwrap();
    spacer.set_attribute("data-test-host", "").unwrap();
    spacer.set_attribute("style", &format!("height:{height}px")).unwrap();
    host.before_with_node_1(&spacer).unwrap();
    spacer
}

thread_local! {
    static FRAMES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// `Some` once `count` calls have been made: a way to let a few event-loop turns pass while
/// waiting on nothing in particular.
pub fn next_frames(count: u32) -> Option<()> {
    FRAMES.with(|frames| {
        let seen = frames.get() + 1;
        if seen >= count {
            frames.set(0);
            Some(())
        } else {
            frames.set(seen);
            None
        }
    })
}

/// The first element under `element` (light DOM) matching `selector`.
pub fn find_in(element: &Element, selector: &str) -> Option<Element> {
    element.query_selector(selector).ok().flatten()
}

/// The seed with `extra` more quotes (copies of its first, with ids of their own): a long list,
/// which the widget renders a chunk of cards at a time.
pub fn seed_with_quotes(extra: usize) -> JsValue {
    let report = seed_object();
    let quotes: js_sys::Array = get(&report, "quotes").into();
    let template = js_sys::JSON::stringify(&quotes.get(0)).unwrap().as_string().unwrap();
    for n in 0..extra {
        let quote = js_sys::JSON::parse(&template).unwrap();
        js_sys::Reflect::set(&quote, &"id".into(), &format!("extra-{n}").into()).unwrap();
        quotes.push(&quote);
    }
    report
}

/// Is a quote card of `host` still pending (the list is `aria-busy`)?
pub fn busy(host: &Element) -> bool {
    find(host, "[aria-busy=true]").is_some()
}

/// Waits until the quote list of `host` has settled: `total` cards, none pending.
pub async fn wait_for_settled(host: &Element, total: usize) {
    wait_for("every quote card, none pending", 20_000, || {
        (!busy(host) && find_all(host, "[data-testid=quote]").len() == total).then_some(())
    })
    .await;
}
