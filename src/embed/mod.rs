//! Mounting widgets into a host page: `<briefing-widget>` elements, `[data-briefing]`
//! elements and the JavaScript `mount` API. Each widget lives in its own open shadow root,
//! loads its own report and fails on its own.

mod hydrate;
mod js_value;
mod lazy;
mod registry;
pub mod source;

use std::time::Duration;

use briefing_core::model::Lang;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::text::parse_tag;
pub use registry::{connect, disconnect};
use source::{ReportSource, DEFAULT_TIMEOUT};

/// The selector of elements the widget mounts into on its own.
pub const SELECTOR: &str = "briefing-widget, [data-briefing]";

/// Mounts every widget already in the page, and installs the panic hook that turns every
/// widget into its error state instead of leaving blank boxes.
pub fn start() {
    registry::install_panic_hook();
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        scan(&document.into());
    }
}

/// Mounts every `<briefing-widget>` and `[data-briefing]` element under `root` that is not
/// mounted yet.
#[wasm_bindgen]
pub fn scan(root: &web_sys::Node) {
    let found = if let Some(element) = root.dyn_ref::<Element>() {
        element.query_selector_all(SELECTOR).ok()
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.query_selector_all(SELECTOR).ok()
    } else {
        None
    };
    if let Some(element) = root.dyn_ref::<Element>() {
        if element.matches(SELECTOR).unwrap_or(false) {
            connect(element);
        }
    }
    let Some(list) = found else { return };
    for index in 0..list.length() {
        if let Some(element) = list
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            connect(&element);
        }
    }
}

/// A mounted widget, as the JavaScript API hands it out.
#[wasm_bindgen]
pub struct BriefingHandle {
    instance: u32,
}

#[wasm_bindgen]
impl BriefingHandle {
    /// Shows the briefing in `lang` (`"en"` or `"ko"`).
    ///
    /// # Errors
    /// A language the widget does not have, or a destroyed widget.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) -> Result<(), JsError> {
        let lang = parse_tag(lang).ok_or_else(|| {
            let known: Vec<String> = Lang::ALL.iter().map(|known| format!("\"{}\"", known.code())).collect();
            JsError::new(&format!("unknown language \"{lang}\": use {}", known.join(" or ")))
        })?;
        if registry::set_lang(self.instance, lang) {
            Ok(())
        } else {
            Err(JsError::new("this briefing was destroyed"))
        }
    }

    /// Unmounts the widget, frees it and removes what it added to the element.
    pub fn destroy(&self) {
        registry::destroy(self.instance);
    }
}

/// Mounts a widget into `element`. `report` is a URL string or a report object;
/// `options` may hold `lang` (`"en"`/`"ko"`), `timeout` (milliseconds, for a URL) and
/// `lazy` (default `true`: a widget far below the fold loads when it nears the viewport).
///
/// # Errors
/// `element` is not an element. Report problems show inside the widget, not here.
#[wasm_bindgen]
pub fn mount(
    element: JsValue,
    report: JsValue,
    options: JsValue,
) -> Result<BriefingHandle, JsError> {
    let element: Element = element
        .dyn_into()
        .map_err(|_| JsError::new("mount: the first argument must be an element"))?;
    let source = match report.as_string() {
        Some(url) => ReportSource::Url(url),
        None if report.is_object() => ReportSource::Value(report),
        None => ReportSource::Missing,
    };
    let option = |name: &str| {
        js_sys::Reflect::get(&options, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined())
    };
    let lang = option("lang")
        .and_then(|v| v.as_string())
        .and_then(|tag| parse_tag(&tag));
    let timeout = option("timeout")
        .and_then(|v| v.as_f64())
        .map(millis)
        .unwrap_or(DEFAULT_TIMEOUT);
    let lazy = option("lazy").and_then(|v| v.as_bool()).unwrap_or(true);
    let instance = registry::mount(&element, source, lang, timeout, lazy);
    Ok(BriefingHandle { instance })
}

/// Mounts (or replaces) a briefing of a report's JSON text in `host`, loading at once: the
/// demo page's transcript preview, validated like any other report.
#[cfg(feature = "demo")]
pub(crate) fn mount_preview(host: &Element, report_json: String) {
    registry::mount(
        host,
        ReportSource::Inline(report_json),
        None,
        DEFAULT_TIMEOUT,
        false,
    );
}

/// Panics on purpose, so that tests can watch every widget turn to its error state while the
/// host page goes on. Only in builds with the `test-panic` feature.
#[cfg(feature = "test-panic")]
#[wasm_bindgen(js_name = forcePanic)]
#[allow(clippy::panic)]
pub fn force_panic() {
    panic!("forced panic (test-panic feature)");
}

/// Has a panic stopped the module? The loader asks before every call into it.
#[wasm_bindgen]
pub fn stopped() -> bool {
    registry::stopped()
}

/// Mounts the widget an element describes, unless it is mounted already (the custom
/// element's `connectedCallback`).
#[wasm_bindgen(js_name = connect)]
pub fn connect_element(element: &Element) {
    connect(element);
}

/// Unmounts the widget of an element that left the page (`disconnectedCallback`).
#[wasm_bindgen(js_name = disconnect)]
pub fn disconnect_element(element: &Element) {
    disconnect(element);
}

/// Called by the custom element when `src`, `data-src`, `lang`, `data-lang` or `timeout`
/// changes: reloads or switches language.
#[wasm_bindgen(js_name = attributeChanged)]
pub fn attribute_changed(element: &Element, name: &str) {
    match name {
        "lang" | "data-lang" => {
            let lang = initial_lang(element);
            registry::set_lang_of(element, lang);
        }
        "src" | "data-src" | "timeout" | "data-timeout" => registry::reload(element),
        _ => {}
    }
}

/// The report an element names: a JSON script child first, then `src` / `data-src`.
pub fn source_of(element: &Element) -> ReportSource {
    let script = element
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    if let Some(text) = script {
        return ReportSource::Inline(text);
    }
    element
        .get_attribute("src")
        .or_else(|| element.get_attribute("data-src"))
        .filter(|url| !url.trim().is_empty())
        .map_or(ReportSource::Missing, ReportSource::Url)
}

/// The element's `timeout` / `data-timeout` attribute in milliseconds, else the default.
pub fn timeout_of(element: &Element) -> Duration {
    element
        .get_attribute("timeout")
        .or_else(|| element.get_attribute("data-timeout"))
        .and_then(|ms| decimal(&ms))
        .map_or(DEFAULT_TIMEOUT, millis)
}

/// `text` as a decimal number (`1500`, `2.5e3`); `None` for anything else.
fn decimal(text: &str) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|number| !number.is_nan())
}

fn millis(ms: f64) -> Duration {
    if ms.is_finite() && ms > 0.0 {
        Duration::from_millis(ms.min(600_000.0) as u64)
    } else {
        DEFAULT_TIMEOUT
    }
}

/// The first language the widget has among: the element's `lang`, its `data-lang`, the
/// page's `lang`, the browser's languages; English when none is English or Korean.
pub fn initial_lang(element: &Element) -> Lang {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"));
    for tag in [
        element.get_attribute("lang"),
        element.get_attribute("data-lang"),
        page,
    ]
    .into_iter()
    .flatten()
    {
        if let Some(lang) = parse_tag(&tag) {
            return lang;
        }
    }
    let languages = window
        .map(|w| w.navigator().languages())
        .unwrap_or_default();
    for tag in languages.iter() {
        if let Some(lang) = tag.as_string().as_deref().and_then(parse_tag) {
            return lang;
        }
    }
    Lang::En
}
