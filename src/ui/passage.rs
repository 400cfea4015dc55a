//! A passage of localized text: shown in the reader's language, or in the other one, marked,
//! with its own `lang` so that screen readers and hyphenation use the right language.

use briefing_core::model::{Lang, LocalizedText, Report};
use web_sys::Element;

use crate::ui::dom::{Dom, Tree};
use crate::ui::text::catalogue;

/// Which localized text of the report a passage shows. A passage keeps this, not the text,
/// so that a language switch reads the report again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// The headline.
    Headline,
    /// The anchor's introduction.
    Lead,
    /// The outlet.
    Publisher,
    /// The reporter.
    Byline,
    /// A key point, by index.
    KeyPoint(usize),
    /// A speaker's name, by index.
    SpeakerName(usize),
    /// A speaker's title, by index.
    SpeakerTitle(usize),
    /// A speaker's organisation, by index.
    SpeakerOrganisation(usize),
    /// A quote's words, by index.
    Quote(usize),
    /// A quote's context, by index.
    QuoteContext(usize),
    /// An actor's name, by index.
    ActorName(usize),
    /// A relation's one-line summary, by index.
    RelationSummary(usize),
    /// A body paragraph, by index.
    Paragraph(usize),
}

impl Text {
    /// The text in `report`, when it has one.
    #[inline(never)]
    pub fn of(self, report: &Report) -> Option<&LocalizedText> {
        match self {
            Text::Headline => Some(&report.headline),
            Text::Lead => Some(&report.lead),
            Text::Publisher => Some(&report.source.publisher),
            Text::Byline => report.source.byline.as_ref(),
            Text::KeyPoint(i) => report.key_points.get(i),
            Text::SpeakerName(i) => report.speakers.get(i).map(|s| &s.name),
            Text::SpeakerTitle(i) => report.speakers.get(i)?.title.as_ref(),
            Text::SpeakerOrganisation(i) => report.speakers.get(i)?.organisation.as_ref(),
            Text::Quote(i) => report.quotes.get(i).map(|q| &q.text),
            Text::QuoteContext(i) => report.quotes.get(i)?.context.as_ref(),
            Text::ActorName(i) => report.actors.get(i).map(|a| &a.name),
            Text::RelationSummary(i) => report.relations.get(i).map(|r| &r.summary),
            Text::Paragraph(i) => report.body.get(i).map(|p| &p.text),
        }
    }

    /// Is there text to show in either language?
    pub fn present(self, report: &Report) -> bool {
        self.of(report).and_then(|text| text.resolve(Lang::En)).is_some()
    }
}

/// Writes `text` into `element` for a reader of `lang`: the text, and for a fallback its
/// `lang`, the `briefing-fallback` class and a visible note in the reader's language.
/// `element` has its `class` already; `was_fallback` says whether it shows a fallback now, so
/// that a passage that is no fallback before or after changes its text only. Returns whether
/// it shows a fallback.
#[inline(never)]
pub fn fill(
    dom: &Dom,
    element: &Element,
    text: Option<&LocalizedText>,
    lang: Lang,
    class: &str,
    was_fallback: bool,
) -> bool {
    let Some((shown, content)) = text.and_then(|text| text.resolve(lang)) else {
        element.set_text_content(None);
        return was_fallback;
    };
    element.set_text_content(Some(content));
    if shown == lang {
        if was_fallback {
            element.unattr("lang");
            if class.is_empty() {
                element.unattr("class");
            } else {
                element.set_class_name(class);
            }
        }
        return false;
    }
    element.attr("lang", shown.code());
    if class.is_empty() {
        element.set_class_name("briefing-fallback");
    } else {
        element.set_class_name(&[class, " briefing-fallback"].concat());
    }
    let note = dom.text_el("span", "briefing-fallback__note", catalogue(lang).fallback_note);
    note.attr("lang", lang.code());
    element.add(&note);
    true
}
