//! Each widget's open shadow root and its stylesheet. The sheet is a constructable
//! stylesheet adopted by the root, so it works under `style-src 'self'` (no `<style>`
//! element, no inline style) and one parsed sheet serves every widget on the page.

use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

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
