//! The quotes section: one card per quote, and expand all / collapse all.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::ui::quote_card::QuoteCard;
use crate::ui::state::Action;
use crate::ui::text::catalogue;
use crate::ui::SharedReport;

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
    /// One flag per quote: evidence of the selected actor's relations.
    pub highlighted: Vec<bool>,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// Every quote of the report, in story order; hidden when there is none.
#[function_component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let quotes = &props.report.report().quotes;
    let all_open = props.all_open;
    let on_expand_all = use_callback((all_open, props.on_action.clone()), |_: MouseEvent, (all_open, on_action)| {
        on_action.emit(if *all_open { Action::CollapseAll } else { Action::ExpandAll })
    });
    // The same callback for every render: a card whose quote did not change is not rendered again.
    let on_toggle = use_callback(props.on_action.clone(), |index: usize, on_action| on_action.emit(Action::ToggleQuote(index)));

    if quotes.is_empty() {
        return Html::default();
    }
    let text = catalogue(props.lang);
    let heading_id = format!("b{}-quotes", props.instance);
    let expand_label = if all_open { text.collapse_all } else { text.expand_all };
    html! {
        <section class="briefing-quotes" aria-labelledby={heading_id.clone()}>
            <div class="briefing-section__head">
                <h3 class="briefing-section__title" id={heading_id}>{ text.quotes }</h3>
                <button
                    type="button"
                    class="briefing-quotes__all"
                    data-testid="expand-all"
                    aria-pressed={if all_open { "true" } else { "false" }}
                    onclick={on_expand_all}
                >
                    { expand_label }
                </button>
            </div>
            <ul class="briefing-quotes__list">
                { for (0..quotes.len()).map(|index| html! {
                    <QuoteCard
                        key={index}
                        report={props.report.clone()}
                        index={index}
                        lang={props.lang}
                        instance={props.instance}
                        open={props.open.get(index).copied().unwrap_or(false)}
                        evidence={props.highlighted.get(index).copied().unwrap_or(false)}
                        on_toggle={on_toggle.clone()}
                    />
                }) }
            </ul>
        </section>
    }
}
