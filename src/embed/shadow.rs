//! Each widget's open shadow root and its stylesheet. The sheet is a constructable
//! stylesheet adopted by the root, so it works under `style-src 'self'` (no `<style>`
//! element, no inline style) and one parsed sheet serves every widget on the page.

use briefing_core::model::Lang;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

use crate::ui::text::catalogue;

/// The widget's styles.
pub const STYLES: &str = include_str!("../ui/style.css");

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLES).is_ok());
}

/// Opens (or reuses) `host`'s shadow root, adopts the stylesheet and returns a fresh element
/// to render into. `None` when the element cannot have a shadow root.
pub fn attach(host: &Element) -> Option<Element> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?,
    };
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
    let document = host.owner_document()?;
    let mount_point = document.create_element("div").ok()?;
    mount_point.set_class_name("briefing-root");
    root.replace_children_with_node_1(&mount_point);
    Some(mount_point)
}

/// Empties the shadow root: what `destroy` leaves is the host element as the page wrote it.
pub fn detach(host: &Element, mount_point: &Element) {
    mount_point.remove();
    if let Some(root) = host.shadow_root() {
        root.replace_children_with_node_0();
        root.set_adopted_style_sheets(&js_sys::Array::new());
    }
}

/// Writes the error state with plain DOM calls, for when the Yew app cannot render.
pub fn show_static_error(mount_point: &Element, lang: Lang) {
    let Some(document) = mount_point.owner_document() else { return };
    let text = catalogue(lang);
    let build = || -> Result<Element, JsValue> {
        let root = document.create_element("div")?;
        root.set_class_name("briefing briefing--error");
        root.set_attribute("lang", lang.code())?;
        root.set_attribute("data-testid", "briefing")?;
        let panel = document.create_element("div")?;
        panel.set_class_name("briefing-error");
        panel.set_attribute("role", "alert")?;
        panel.set_attribute("data-testid", "error")?;
        for (class, line) in [("briefing-error__title", text.error_title), ("briefing-error__message", text.error_internal)] {
            let p = document.create_element("p")?;
            p.set_class_name(class);
            p.set_text_content(Some(line));
            panel.append_child(&p)?;
        }
        root.append_child(&panel)?;
        Ok(root)
    };
    if let Ok(root) = build() {
        mount_point.replace_children_with_node_1(&root);
    }
}
