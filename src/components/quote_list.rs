//! The quotes section: one card per quote, and expand all / collapse all.
//!
//! Rendered in the browser, a long list comes a chunk of cards at a time and a language switch
//! or expand all reaches its cards a chunk at a time likewise ([`crate::progressive`]): each
//! render is a short task, the cards in view come first, and the list settles to every card in
//! the state the reader asked for. While cards are pending the list has `aria-busy="true"`
//! and, once it has settled, a render ends with the `briefing:settled` mark. A pre-rendered
//! briefing (`render_closed`) renders every card at once, as the server did.

use std::rc::Rc;

use briefing_core::model::Lang;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::components::quote_card::QuoteCard;
use crate::components::{element_id, flag, SharedReport};
use crate::progressive::{CardView, Progress, CHUNK};
use crate::relation_index::Highlight;
use crate::state::Action;
use crate::text::catalogue;
use crate::timing;

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
    /// Render closed quotes in full too (see [`QuoteCardProps::render_closed`]), and every
    /// card in the first render (hydration must find what the server wrote).
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
    let asked: Vec<CardView> = (0..quotes.len())
        .map(|index| CardView { lang: props.lang, open: props.open.get(index).copied().unwrap_or(false) })
        .collect();
    let progress = use_mut_ref(|| if props.render_closed { Progress::complete(asked.clone()) } else { Progress::default() });
    // The first card in view when the last chunk was scheduled: updates start there.
    let first_in_view = use_mut_ref(|| 0_usize);
    let chunk = use_mut_ref(|| None::<Timeout>);
    let from_chunk = use_mut_ref(|| false);
    let list = use_node_ref();
    let next_chunk = use_force_update();
    // Rendering is what moves the cards on, so each render shows exactly what `progress` holds.
    let shown: Vec<CardView> = {
        let mut progress = progress.borrow_mut();
        progress.step(&asked, *first_in_view.borrow(), CHUNK);
        progress.shown().to_vec()
    };
    let settled = shown == asked;
    {
        let (chunk, from_chunk, first_in_view, list) = (chunk.clone(), from_chunk.clone(), first_in_view.clone(), list.clone());
        use_effect(move || {
            // A chunk scheduled but not run is cancelled: this render did its work.
            drop(chunk.borrow_mut().take());
            if std::mem::take(&mut *from_chunk.borrow_mut()) {
                timing::mark(timing::RENDERED);
            }
            if settled {
                timing::mark(timing::SETTLED);
            } else {
                // The next chunk in a task of its own, so that the page answers in between.
                *chunk.borrow_mut() = Some(Timeout::new(0, move || {
                    *first_in_view.borrow_mut() = first_card_in_view(&list);
                    *from_chunk.borrow_mut() = true;
                    next_chunk.force_update();
                }));
            }
        });
    }

    if quotes.is_empty() {
        return Html::default();
    }
    let text = catalogue(props.lang);
    let heading_id = element_id(props.instance, "quotes");
    let cards = quotes.iter().zip(&shown).enumerate().map(|(index, (quote, view))| {
        html! {
            <QuoteCard
                key={quote.id.as_str()}
                report={props.report.clone()}
                {index}
                lang={view.lang}
                instance={props.instance}
                open={view.open}
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
            <ul ref={list} class="briefing-quotes__list" aria-busy={(!settled).then_some("true")}>{ for cards }</ul>
        </section>
    }
}

/// The index of the first card whose bottom is below the top of the viewport (cards are in
/// report order, row by row), or 0 when the list cannot be measured.
fn first_card_in_view(list: &NodeRef) -> usize {
    let Some(list) = list.cast::<Element>() else { return 0 };
    if list.get_bounding_client_rect().top() >= 0.0 {
        return 0;
    }
    let cards = list.children();
    let above = |index: u32| {
        cards.item(index).and_then(|card| card.dyn_into::<Element>().ok()).is_some_and(|card| card.get_bounding_client_rect().bottom() < 0.0)
    };
    let (mut low, mut high) = (0, cards.length());
    while low < high {
        let middle = low + (high - low) / 2;
        if above(middle) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low as usize
}
