//! What the browser tests share: a fresh host element per test, the seed report, and
//! waiting for a condition (never for a fixed time).

#![allow(dead_code)]

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

/// The seed report as JSON text.
pub const SEED: &str = include_str!("../../www/reports/kbs-nk-russia-treaty.json");

/// The seed report as a JavaScript object, as a host would pass it to `mount`.
pub fn seed_object() -> JsValue {
    js_sys::JSON::parse(SEED).expect("the seed is JSON")
}

/// A report object: the seed with `edit` applied to its JSON text.
pub fn edited_seed(edit: impl FnOnce(&str) -> String) -> JsValue {
    js_sys::JSON::parse(&edit(SEED)).expect("the edited seed is JSON")
}

/// A new element in the page body, for one test alone.
pub fn fresh_host(tag: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element(tag).unwrap();
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
