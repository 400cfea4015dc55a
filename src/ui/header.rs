//! The header: outlet, date, reporter, headline, lead, and the language toggle.

use briefing_core::model::{GeneratorKind, Lang};
use web_sys::Element;

use crate::ui::dom::{set, Builder, Tree};
use crate::ui::passage::Text;
use crate::ui::text::{catalogue, format_date};

/// The story's masthead. The toggle (`data-testid="lang-toggle"`) names the other language in
/// that language; the briefing handles its clicks.
#[inline(never)]
pub fn header(b: &mut Builder) -> Element {
    let header = b.dom.el("header", "briefing-header");
    let bar = b.dom.el("div", "briefing-header__bar");
    let meta = b.dom.el("p", "briefing-header__meta");
    if let Some(publisher) = b.passage(Text::Publisher, "span", "briefing-header__publisher") {
        meta.add(&publisher);
    }
    if let Some(date) = b.report().source.date_published.clone() {
        let time = b.bound_text("time", "briefing-header__date", {
            let date = date.clone();
            move |lang| format_date(&date, lang)
        });
        time.attr("datetime", &date);
        meta.add(&time);
    }
    if b.report().source.byline.is_some() {
        let byline = b.dom.el("span", "briefing-header__byline");
        byline.add(&b.label_text(|t| t.reported_by, " "));
        b.span_in(&byline, Text::Byline);
        meta.add(&byline);
    }
    let toggle = b.dom.el("button", "briefing-header__lang");
    set(&toggle, &[("type", "button"), ("data-testid", "lang-toggle")]);
    name_other_language(&toggle, b.lang);
    let bound = toggle.clone();
    b.on_lang(move |_, _, lang| name_other_language(&bound, lang));
    bar.add2(&meta, &toggle);
    header.add(&bar);

    let machine_made = b.report().generator.as_ref().is_some_and(|g| g.kind == GeneratorKind::Ingester);
    if machine_made {
        let label = b.label("p", "briefing-header__machine", |t| t.machine_extracted);
        label.attr("data-testid", "machine-extracted");
        header.add(&label);
    }
    for (text, tag, class, testid) in [
        (Text::Headline, "h2", "briefing-header__headline", "headline"),
        (Text::Lead, "p", "briefing-header__lead", "lead"),
    ] {
        if let Some(element) = b.passage(text, tag, class) {
            element.attr("data-testid", testid);
            header.add(&element);
        }
    }
    header
}

/// The toggle for a reader of `lang`: the other language's name, in that language.
fn name_other_language(toggle: &Element, lang: Lang) {
    let other = lang.other();
    let text = catalogue(other);
    set(toggle, &[("lang", other.code()), ("title", text.switch_language)]);
    toggle.set_text_content(Some(text.language_name));
}
