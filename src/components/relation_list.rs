//! The relation list: every relation, grouped by actor pair, with stance, certainty and
//! direction as words and links to its evidence.

use std::rc::Rc;

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::components::passage::span;
use crate::components::relation_item::RelationItem;
use crate::components::SharedReport;
use crate::relation_index::{Highlight, RelationIndex};
use crate::state::{Action, Target};

/// Props of [`RelationList`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationListProps {
    /// The validated report.
    pub report: SharedReport,
    /// The report's relations, indexed.
    pub index: Rc<RelationIndex>,
    /// The reader's language.
    pub lang: Lang,
    /// What the selected actor highlights.
    pub highlight: Rc<Highlight>,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// The actor pairs and their relations, as items of the list the section holds.
#[function_component]
pub fn RelationList(props: &RelationListProps) -> Html {
    let on_evidence =
        use_callback(props.on_action.clone(), |target: Target, on_action| on_action.emit(Action::ShowEvidence(target)));

    let report = props.report.report();
    let lang = props.lang;
    let name = |actor: usize| report.actors.get(actor).map(|a| span(&a.name, lang)).unwrap_or_default();
    let pairs = props.index.pairs.iter().map(|pair| {
        let items = pair.relations.iter().filter_map(|&relation| {
            let id = report.relations.get(relation)?.id.as_str();
            Some(html! {
                <RelationItem key={id} report={props.report.clone()} index={props.index.clone()} {relation} {lang}
                    highlighted={props.highlight.relations.get(relation).copied().unwrap_or(false)}
                    on_evidence={on_evidence.clone()} />
            })
        });
        html! {
            <li class="briefing-pair">
                <p class="briefing-pair__title">{ name(pair.first) }{ " — " }{ name(pair.second) }</p>
                <ul class="briefing-pair__relations">{ for items }</ul>
            </li>
        }
    });
    html! { <>{ for pairs }</> }
}
