//! Actors and relations: a summary line, the map, the actor buttons, and behind a native
//! `<details>` disclosure the same content as a list grouped by actor pair, so that the briefing stays compact.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::actor_buttons::ActorButtons;
use crate::components::relation_list::RelationList;
use crate::components::relation_map::RelationMap;
use crate::components::relation_summary::RelationSummary;
use crate::components::quote_card::disclosure_open;
use crate::components::{element_id, SharedReport};
use crate::relation_index::{Highlight, RelationIndex};
use crate::state::Action;
use crate::text::catalogue;

/// Props of [`Relations`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationsProps {
    /// The validated report.
    pub report: SharedReport,
    /// The report's relations, indexed.
    pub index: Rc<RelationIndex>,
    /// The reader's language.
    pub lang: Lang,
    /// A number unique to this widget on the page, for element ids.
    pub instance: u32,
    /// The selected actor.
    pub selected: Option<usize>,
    /// What the selection highlights.
    pub highlight: Rc<Highlight>,
    /// Is the relation list open?
    pub list_open: bool,
    /// Render the relation list while it is closed too (a server-rendered briefing must hold
    /// it for readers without script); otherwise it is rendered once opened.
    #[prop_or_default]
    pub render_closed: bool,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// The relations section; nothing when the report has no actors.
#[function_component]
pub fn Relations(props: &RelationsProps) -> Html {
    let on_select = use_callback(props.on_action.clone(), |actor: usize, on_action| {
        on_action.emit(Action::SelectActor(actor));
    });
    let on_toggle_list = use_callback(props.on_action.clone(), |event: Event, on_action| {
        on_action.emit(Action::SetRelations(disclosure_open(&event)));
    });

    let report = props.report.report();
    if report.actors.is_empty() {
        return Html::default();
    }
    let (lang, instance, open) = (props.lang, props.instance, props.list_open);
    let text = catalogue(lang);
    let heading_id = element_id(instance, "relations");
    html! {
        <section class="briefing-relations" aria-labelledby={heading_id.clone()}>
            <h3 class="briefing-section__title" id={heading_id}>{ text.relations }</h3>
            <RelationSummary {lang} actors={report.actors.len()} counts={props.index.counts} />
            <RelationMap report={props.report.clone()} index={props.index.clone()} {lang} {instance}
                selected={props.selected} highlight={props.highlight.clone()} on_select={on_select.clone()} />
            <p class="briefing-relations__legend">{ text.legend_reported }{ " · " }{ text.legend_unconfirmed }</p>
            <ActorButtons report={props.report.clone()} {lang} selected={props.selected} {on_select} />
            <details class="briefing-relations__more" {open} ontoggle={on_toggle_list}>
                <summary class="briefing-relations__toggle" data-testid="relations-toggle">
                    <span class="briefing-when-closed">{ text.show_relations }</span>
                    <span class="briefing-when-open">{ text.hide_relations }</span>
                </summary>
                <ul class="briefing-relations__list">
                    if open || props.render_closed {
                        <RelationList report={props.report.clone()} index={props.index.clone()} {lang}
                            highlight={props.highlight.clone()} on_action={props.on_action.clone()} />
                    }
                </ul>
            </details>
        </section>
    }
}
