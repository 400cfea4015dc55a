//! One quote: speaker, role and a short excerpt, and a native `<details>` disclosure that opens
//! the full quote and its context, with or without script.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::passage::{maybe_span, passage, span, Wrap};
use crate::components::{element_id, flag, SharedReport};
use crate::text::catalogue;

/// How many characters of a quote the collapsed card shows.
const EXCERPT_CHARS: usize = 90;

/// Props of [`QuoteCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuoteCardProps {
    /// The validated report.
    pub report: SharedReport,
    /// Which quote, by position in the report.
    pub index: usize,
    /// The reader's language.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// Is the full quote shown?
    pub open: bool,
    /// Render the full quote while it is closed too (a server-rendered briefing must hold
    /// every quote for readers without script); otherwise it is rendered once opened.
    #[prop_or_default]
    pub render_closed: bool,
    /// Is it evidence of the selected actor's relations?
    #[prop_or_default]
    pub evidence: bool,
    /// Called with `index` and the disclosure's new state when the reader opens or closes it
    /// (one callback shared by every card).
    pub on_toggle: Callback<(usize, bool)>,
}

/// A quote card (`data-testid="quote"`).
#[function_component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let ontoggle = {
        // The `toggle` event comes a task after the `<details>` changed: one this card opened
        // or closed itself (expand all reaching it) finds the element as rendered, while the
        // reader's finds it the other way. Only the reader's is news; an echo of a chunk that
        // a later action overtook must not undo that action.
        let (index, rendered_open, on_toggle) = (props.index, props.open, props.on_toggle.clone());
        Callback::from(move |event: Event| {
            let open = disclosure_open(&event);
            if open != rendered_open {
                on_toggle.emit((index, open));
            }
        })
    };

    let valid = &props.report;
    let Some(quote) = valid.report().quotes.get(props.index) else {
        return Html::default();
    };
    let speaker = valid.speaker_of(quote);
    let (lang, open) = (props.lang, props.open);
    let text = catalogue(lang);
    let card_id = element_id(props.instance, &quote.id);
    let title = speaker.and_then(|s| s.title.as_ref());
    let organisation = speaker.and_then(|s| s.organisation.as_ref());
    let excerpt = quote.text.resolve(lang).map(|(shown, words)| {
        html! {
            <p class="briefing-quote__excerpt" lang={(shown != lang).then_some(shown.code())}>
                { excerpt(words, EXCERPT_CHARS) }
            </p>
        }
    });
    let class = classes!(
        "briefing-quote",
        open.then_some("briefing-quote--open"),
        props.evidence.then_some("briefing-quote--evidence")
    );
    html! {
        <li class={class} id={card_id} data-testid="quote" tabindex="-1" data-highlighted={flag(props.evidence)}>
            <p class="briefing-quote__speaker">
                if let Some(speaker) = speaker {
                    { passage(&speaker.name, lang, Wrap::new("span", "briefing-quote__name")) }
                }
                <span class="briefing-quote__role">
                    { maybe_span(title, lang) }
                    if title.is_some() && organisation.is_some() { { ", " } }
                    { maybe_span(organisation, lang) }
                </span>
            </p>
            { for excerpt }
            <details class="briefing-quote__details" {open} {ontoggle}>
                <summary class="briefing-quote__toggle" data-testid="quote-toggle">
                    <span class="briefing-when-closed">{ text.show_quote }</span>
                    <span class="briefing-when-open">{ text.hide_quote }</span>
                </summary>
                <div class="briefing-quote__full" data-testid="quote-full">
                    if open || props.render_closed {
                        { passage(&quote.text, lang, Wrap::new("blockquote", "briefing-quote__text")) }
                        if let Some(context) = &quote.context {
                            <p class="briefing-quote__context">
                                <span class="briefing-quote__context-label">{ text.context }{ ": " }</span>
                                { span(context, lang) }
                            </p>
                        }
                    }
                </div>
            </details>
        </li>
    }
}

/// Is the `<details>` element a `toggle` event came from open now?
pub fn disclosure_open(event: &Event) -> bool {
    event
        .target_dyn_into::<web_sys::Element>()
        .is_some_and(|details| details.has_attribute("open"))
}

/// The first `max` characters of `text`, cut at a word boundary where there is one, with an
/// ellipsis when anything was cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let head = text.get(..cut).unwrap_or(text);
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > cut / 2 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    format!("{}…", head.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '.'))
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_cut_at_words() {
        let cases: &[(&str, usize, &str)] = &[
            ("Short quote.", 20, "Short quote."),
            ("  padded  ", 20, "padded"),
            ("one two three four", 10, "one two…"),
            ("one two, three four", 9, "one two…"),
            ("abcdefghijklmnop", 5, "abcde…"),
            ("북한과 러시아의 전략적 협력이 강화되고 있습니다", 10, "북한과 러시아의…"),
            ("", 5, ""),
        ];
        for (text, max, expected) in cases {
            assert_eq!(excerpt(text, *max), *expected, "{text:?}");
        }
    }
}
