//! The key points of the story; nothing when the report has none.

use web_sys::Element;

use crate::ui::dom::{Builder, Built};
use crate::ui::passage::Text;

/// A short list of what matters most.
pub fn key_points(b: &mut Builder) -> Built<Option<Element>> {
    let count = b.report().key_points.len();
    if count == 0 {
        return Ok(None);
    }
    let (section, heading) = b.section("briefing-key-points", "points", |t| t.key_points)?;
    let list = b.dom.el("ul", "briefing-points")?;
    list.set_attribute("data-testid", "key-points")?;
    for index in 0..count {
        if let Some(point) = b.passage(Text::KeyPoint(index), "li", "")? {
            list.append_child(&point)?;
        }
    }
    section.append_with_node_2(&heading, &list)?;
    Ok(Some(section))
}
