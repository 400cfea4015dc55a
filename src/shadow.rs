//! A briefing's open shadow root and its stylesheet. The sheet is a constructable stylesheet
//! adopted by the root, so it works under `style-src 'self'` (no `<style>` element, no inline
//! style) and one parsed sheet serves every briefing on the page.

use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

/// The briefing's styles.
pub const STYLES: &str = include_str!("style.css");

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLES).is_ok());
}

/// Opens (or reuses) `host`'s shadow root, adopts the stylesheet and returns a fresh element
/// inside it to render into. `None` when the element cannot have a shadow root.
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
    let mount_point = host.owner_document()?.create_element("div").ok()?;
    mount_point.set_class_name("briefing-root");
    root.replace_children_with_node_1(&mount_point);
    Some(mount_point)
}

/// Empties the shadow root: what `destroy` leaves is the host element as the page wrote it.
pub fn detach(host: &Element) {
    if let Some(root) = host.shadow_root() {
        root.replace_children_with_node_0();
        root.set_adopted_style_sheets(&js_sys::Array::new());
    }
}

/// Writes a plain error panel into `mount_point`, replacing whatever was there: for after a
/// panic, when no Yew app on the page can be trusted to render again. The markup is the
/// [`ErrorPanel`](crate::components::error_panel::ErrorPanel)'s, without details.
pub fn write_fault(mount_point: &Element, lang: briefing_core::model::Lang) {
    let text = crate::text::catalogue(lang);
    let Some(document) = mount_point.owner_document() else { return };
    let element = |tag: &str, class: &str, words: Option<&str>| {
        let element = document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        element.set_text_content(words);
        Some(element)
    };
    let (Some(root), Some(panel), Some(title), Some(message)) = (
        element("div", "briefing briefing--error", None),
        element("div", "briefing-error", None),
        element("p", "briefing-error__title", Some(text.error_title)),
        element("p", "briefing-error__message", Some(text.error_internal)),
    ) else {
        return;
    };
    let _ = root.set_attribute("lang", lang.code());
    let _ = root.set_attribute("data-testid", "briefing");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "error");
    let _ = panel.append_child(&title);
    let _ = panel.append_child(&message);
    let _ = root.append_child(&panel);
    mount_point.replace_children_with_node_1(&root);
}
