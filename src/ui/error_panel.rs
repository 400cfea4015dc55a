//! The error panel: a readable message for readers, the details for editors behind a
//! disclosure.

use briefing_core::model::Lang;
use web_sys::Element;

use crate::ui::dom::{set, Dom, Tree};
use crate::ui::text::catalogue;
use crate::ui::widget::Failure;

/// Says that the briefing cannot be shown and why; never shows a blank box.
#[inline(never)]
pub fn error_panel(dom: &Dom, failure: &Failure, lang: Lang) -> Element {
    let text = catalogue(lang);
    let panel = dom.el("div", "briefing-error");
    set(&panel, &[("role", "alert"), ("data-testid", "error")]);
    let title = dom.text_el("p", "briefing-error__title", text.error_title);
    let message = dom.text_el("p", "briefing-error__message", text.failure(failure.kind));
    panel.add2(&title, &message);
    if !failure.details.is_empty() {
        let details = dom.el("details", "briefing-error__details");
        let summary = dom.text_el("summary", "", text.error_details);
        let list = dom.el("ul", "");
        list.attr("lang", "en");
        for line in &failure.details {
            let item = dom.text_el("li", "", line);
            list.add(&item);
        }
        details.add2(&summary, &list);
        panel.add(&details);
    }
    panel
}
