//! The quotes section: one card per quote, and expand all / collapse all.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::quote_card::QuoteCard;
use crate::components::{element_id, flag, SharedReport};
use crate::relation_index::Highlight;
use crate::state::Action;
use crate::text::catalogue;

/// Props of [`QuoteList`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuoteListProps {
    /// The validated report.
    pub report: SharedReport,
    /// The reader's language.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// One flag per quote: is it open?
    pub open: Vec<bool>,
    /// Is every quote open (so the button collapses them)?
    pub all_open: bool,
    /// Render closed quotes in full too (see [`QuoteCardProps::render_closed`]).
    ///
    /// [`QuoteCardProps::render_closed`]: crate::components::quote_card::QuoteCardProps::render_closed
    #[prop_or_default]
    pub render_closed: bool,
    /// What the selected actor highlights (its `quotes` flags mark evidence).
    pub highlight: Rc<Highlight>,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// Every quote of the report, in story order; nothing when there is none.
#[function_component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let all_open = props.all_open;
    let on_expand_all = use_callback((all_open, props.on_action.clone()), |_: MouseEvent, (all_open, on_action)| {
        on_action.emit(if *all_open { Action::CollapseAll } else { Action::ExpandAll })
    });
    // One callback for every card and every render: a card whose own props did not change is
    // not rendered again.
    let on_toggle = use_callback(props.on_action.clone(), |(index, open): (usize, bool), on_action| {
        on_action.emit(Action::SetQuote(index, open));
    });

    let quotes = &props.report.report().quotes;
    if quotes.is_empty() {
        return Html::default();
    }
    let text = catalogue(props.lang);
    let heading_id = element_id(props.instance, "quotes");
    let cards = quotes.iter().enumerate().map(|(index, quote)| {
        html! {
            <QuoteCard
                key={quote.id.as_str()}
                report={props.report.clone()}
                {index}
                lang={props.lang}
                instance={props.instance}
                open={props.open.get(index).copied().unwrap_or(false)}
                render_closed={props.render_closed}
                evidence={props.highlight.quotes.get(index).copied().unwrap_or(false)}
                on_toggle={on_toggle.clone()}
            />
        }
    });
    html! {
        <section class="briefing-quotes" aria-labelledby={heading_id.clone()}>
            <div class="briefing-section__head">
                <h3 class="briefing-section__title" id={heading_id}>{ text.quotes }</h3>
                <button type="button" class="briefing-quotes__all briefing-script-only" data-testid="expand-all"
                    aria-pressed={flag(all_open)} onclick={on_expand_all}>
                    { if all_open { text.collapse_all } else { text.expand_all } }
                </button>
            </div>
            <ul class="briefing-quotes__list">{ for cards }</ul>
        </section>
    }
}
