//! The key points of the story; nothing when the report has none.

use web_sys::Element;

use crate::ui::dom::{Builder, Tree};
use crate::ui::passage::Text;

/// A short list of what matters most.
#[inline(never)]
pub fn key_points(b: &mut Builder) -> Option<Element> {
    let count = b.report().key_points.len();
    if count == 0 {
        return None;
    }
    let (section, heading) = b.section("briefing-key-points", "points", |t| t.key_points);
    let list = b.dom.el("ul", "briefing-points");
    list.attr("data-testid", "key-points");
    for index in 0..count {
        if let Some(point) = b.passage(Text::KeyPoint(index), "li", "") {
            list.add(&point);
        }
    }
    section.add2(&heading, &list);
    Some(section)
}
