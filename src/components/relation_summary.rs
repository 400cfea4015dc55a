//! The one-line summary of the actors and relations: how many of each, by stance.

use briefing_core::model::Lang;
use yew::prelude::*;

use crate::text::{catalogue, StanceCounts};

/// Props of [`RelationSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationSummaryProps {
    /// The reader's language.
    pub lang: Lang,
    /// How many actors the report has.
    pub actors: usize,
    /// How many relations of each stance.
    pub counts: StanceCounts,
}

/// The summary line (`data-testid="relation-summary"`).
#[function_component]
pub fn RelationSummary(props: &RelationSummaryProps) -> Html {
    let summary = (catalogue(props.lang).relations_summary)(props.actors, props.counts);
    html! { <p class="briefing-relations__summary" data-testid="relation-summary">{ summary }</p> }
}
