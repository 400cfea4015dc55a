//! Finding a server-rendered briefing to hydrate (see [`crate::prerender`] and docs/ssr.md).

use briefing_core::model::Lang;
use briefing_core::validate::ValidReport;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use super::source::{from_json_text, ReportSource};
use crate::prerender::{digest, Shape, Stamp, MARKUP, STAMP_ATTRIBUTE};

/// A briefing `briefing render` wrote, that this widget can hydrate.
pub struct Prerendered {
    /// The root the briefing was rendered into, inside the host's shadow root.
    pub root: Element,
    /// The language it was rendered in.
    pub lang: Lang,
    /// Its report, validated.
    pub report: ValidReport,
}

/// The briefing in `host`'s declarative shadow root, when its stamp vouches for it: rendered
/// with this version's markup, from the inline report the element holds, into nodes of the
/// shape the browser parsed. `None` sends the widget down the ordinary path (render afresh,
/// which also shows an invalid report's problems).
pub fn prerendered(host: &Element, source: &ReportSource) -> Option<Prerendered> {
    let ReportSource::Inline(json) = source else { return None };
    let shadow = host.shadow_root()?;
    let root = shadow.query_selector(&format!(".briefing-root[{STAMP_ATTRIBUTE}]")).ok()??;
    if root.parent_node().as_ref() != Some(shadow.as_ref()) {
        return None;
    }
    let stamp = Stamp::parse(&root.get_attribute(STAMP_ATTRIBUTE)?)?;
    if stamp.markup != MARKUP || stamp.report != digest(json.as_bytes()) || stamp.shape != shape_of(&root) {
        return None;
    }
    let report = from_json_text(json, "inline report").ok()?;
    Some(Prerendered { root, lang: stamp.lang, report })
}

/// The [`Shape`] of the nodes under `root`: elements and comments in tree order.
fn shape_of(root: &Element) -> u64 {
    let mut shape = Shape::default();
    let root: &Node = root.as_ref();
    let mut node = root.first_child();
    while let Some(current) = node {
        let mut next = None;
        match current.node_type() {
            Node::ELEMENT_NODE => {
                if let Some(element) = current.dyn_ref::<Element>() {
                    shape.open(&element.local_name());
                }
                next = current.first_child();
                if next.is_none() {
                    shape.close();
                }
            }
            Node::COMMENT_NODE => shape.comment(&current.node_value().unwrap_or_default()),
            _ => {}
        }
        // No child to descend to: the next sibling, else climb, closing each element left.
        let mut at = current;
        while next.is_none() {
            if let Some(sibling) = at.next_sibling() {
                next = Some(sibling);
                break;
            }
            match at.parent_node() {
                Some(parent) if &parent != root => {
                    shape.close();
                    at = parent;
                }
                _ => break,
            }
        }
        node = next;
    }
    shape.finish()
}
