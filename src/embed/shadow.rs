//! Each widget's open shadow root and its stylesheet. The sheet is a constructable
//! stylesheet adopted by the root, so it works under `style-src 'self'` (no `<style>`
//! element, no inline style) and one parsed sheet serves every widget on the page.

use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

use crate::ui::dom::{Dom, Tree};

/// The widget's styles (`src/ui/style.css`, minified by the build script).
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

thread_local! {
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLES).is_ok());
}

/// Opens (or reuses) `host`'s shadow root, adopts the stylesheet and returns a fresh element
/// to render into. `None` when the element cannot have a shadow root.
#[inline(never)]
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
    let mount_point = Dom::of(host)?.el("div", "briefing-root");
    root.replace_content(&mount_point);
    Some(mount_point)
}

/// Empties the shadow root: what `destroy` leaves is the host element as the page wrote it.
#[inline(never)]
pub fn detach(host: &Element, mount_point: &Element) {
    mount_point.remove();
    if let Some(root) = host.shadow_root() {
        root.clear();
        root.set_adopted_style_sheets(&js_sys::Array::new());
    }
}

#[cfg(test)]
mod tests {
    use super::STYLES;

    /// Everything but whitespace and comments, in order.
    fn tokens(css: &str) -> String {
        let mut text = String::new();
        let mut rest = css;
        while let Some(start) = rest.find("/*") {
            text.push_str(&rest[..start]);
            rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
        }
        text.push_str(rest);
        text.chars().filter(|c| !c.is_whitespace()).collect::<String>().replace(";}", "}")
    }

    #[test]
    fn the_minified_stylesheet_differs_only_in_whitespace_and_comments() {
        let source = include_str!("../ui/style.css");
        assert!(STYLES.len() < source.len() * 9 / 10, "minified: {} of {} bytes", STYLES.len(), source.len());
        assert!(!STYLES.contains("/*") && !STYLES.contains('\n'));
        assert_eq!(tokens(STYLES), tokens(source));
        // Spaces that carry meaning stay: a descendant combinator before a pseudo-class, and
        // the spaces inside values.
        assert!(STYLES.contains("font-family:var(--_font)"));
        assert!(STYLES.contains("\"Segoe UI\""));
    }
}
