//! One quote: speaker, role and a short excerpt, and a disclosure button that opens the full
//! quote and its context (the WAI-ARIA disclosure pattern).

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::ui::passage::{passage, span, Wrap};
use crate::ui::text::catalogue;
use crate::ui::SharedReport;

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
    /// Is it evidence of the selected actor's relations?
    #[prop_or_default]
    pub evidence: bool,
    /// Called with `index` when the reader presses the disclosure button.
    pub on_toggle: Callback<usize>,
}

/// A quote card (`data-testid="quote"`).
#[function_component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let on_click = {
        let on_toggle = props.on_toggle.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| on_toggle.emit(index))
    };

    let valid = &props.report;
    let Some(quote) = valid.report().quotes.get(props.index) else {
        return Html::default();
    };
    let speaker = valid.speaker(&quote.speaker);
    let lang = props.lang;
    let text = catalogue(lang);
    let card_id = format!("b{}-{}", props.instance, quote.id);
    let full_id = format!("{card_id}-full");
    let excerpt = quote.text.resolve(lang).map(|(shown, full)| {
        let lang_attr = (shown != lang).then(|| AttrValue::from(shown.code()));
        html! { <p class="briefing-quote__excerpt" lang={lang_attr}>{ excerpt(full, EXCERPT_CHARS) }</p> }
    });
    let name = speaker.map(|s| passage(&s.name, lang, Wrap::new("span", "briefing-quote__name")));
    let title = speaker.and_then(|s| s.title.clone());
    let organisation = speaker.and_then(|s| s.organisation.clone());
    let separator = (title.is_some() && organisation.is_some()).then(|| html! { ", " });
    let title = title.map(|t| span(&t, lang));
    let organisation = organisation.map(|o| span(&o, lang));
    let context = quote.context.clone().map(|context| {
        html! {
            <p class="briefing-quote__context">
                <span class="briefing-quote__context-label">{ text.context }{ ": " }</span>
                { span(&context, lang) }
            </p>
        }
    });
    let full = props.open.then(|| {
        html! {
            <>
                { passage(&quote.text, lang, Wrap::new("blockquote", "briefing-quote__text")) }
                { for context }
            </>
        }
    });
    let class = classes!(
        "briefing-quote",
        props.open.then_some("briefing-quote--open"),
        props.evidence.then_some("briefing-quote--evidence")
    );
    html! {
        <li class={class} id={card_id} data-testid="quote" tabindex="-1"
            data-highlighted={if props.evidence { "true" } else { "false" }}>
            <p class="briefing-quote__speaker">
                { for name }
                <span class="briefing-quote__role">{ for title }{ for separator }{ for organisation }</span>
            </p>
            if !props.open {
                { for excerpt }
            }
            <button
                type="button"
                class="briefing-quote__toggle"
                data-testid="quote-toggle"
                aria-expanded={if props.open { "true" } else { "false" }}
                aria-controls={full_id.clone()}
                onclick={on_click}
            >
                { if props.open { text.hide_quote } else { text.show_quote } }
            </button>
            <div class="briefing-quote__full" id={full_id} data-testid="quote-full" hidden={!props.open}>
                { for full }
            </div>
        </li>
    }
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
