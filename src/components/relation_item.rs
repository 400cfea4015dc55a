//! One relation of the list: its summary, stance, certainty, direction and evidence links.

use std::rc::Rc;

use briefing_core::model::{Certainty, Direction, Lang, Stance};
use yew::prelude::*;

use crate::components::passage::{passage, span, Wrap};
use crate::components::{flag, SharedReport};
use crate::relation_index::RelationIndex;
use crate::state::Target;
use crate::text::{catalogue, certainty, stance};

/// Props of [`RelationItem`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationItemProps {
    /// The validated report.
    pub report: SharedReport,
    /// The report's relations, indexed.
    pub index: Rc<RelationIndex>,
    /// Which relation, by position in the report.
    pub relation: usize,
    /// The reader's language.
    pub lang: Lang,
    /// Is it one of the selected actor's relations?
    pub highlighted: bool,
    /// Called with the passage an evidence link leads to (one callback shared by every item).
    pub on_evidence: Callback<Target>,
}

/// A relation (`data-testid="relation"`, `data-relation` its id).
#[function_component]
pub fn RelationItem(props: &RelationItemProps) -> Html {
    let valid = &props.report;
    let report = valid.report();
    let Some(relation) = report.relations.get(props.relation) else {
        return Html::default();
    };
    let lang = props.lang;
    let text = catalogue(lang);
    let actor_name = |id: &str| valid.actor(id).map(|a| span(&a.name, lang)).unwrap_or_default();
    let links = props.index.evidence.get(props.relation).into_iter().flatten().map(|&target| {
        let label = match target {
            Target::Quote(quote) => {
                match report.quotes.get(quote).and_then(|q| valid.speaker_of(q)) {
                    Some(speaker) => html! { <>{ "“" }{ span(&speaker.name, lang) }{ "”" }</> },
                    None => Html::default(),
                }
            }
            Target::Paragraph(paragraph) => html! { { format!("{} {}", text.paragraph, paragraph + 1) } },
        };
        let onclick = props.on_evidence.reform(move |_: MouseEvent| target);
        html! {
            <button type="button" class="briefing-relation__link" data-testid="evidence-link" {onclick}>{ label }</button>
        }
    });
    let class = classes!(
        "briefing-relation",
        format!("briefing-relation--{}", stance_key(relation.stance)),
        (relation.certainty != Certainty::Reported).then_some("briefing-relation--unconfirmed"),
        props.highlighted.then_some("briefing-relation--on"),
    );
    html! {
        <li class={class} data-testid="relation" data-relation={relation.id.clone()}
            data-highlighted={flag(props.highlighted)}>
            { passage(&relation.summary, lang, Wrap::new("p", "briefing-relation__summary")) }
            <p class="briefing-relation__tags">
                <span class="briefing-relation__tag">{ stance(lang, relation.stance) }</span>
                <span class="briefing-relation__tag">{ certainty(lang, relation.certainty) }</span>
                <span class="briefing-relation__tag">
                    if relation.direction == Direction::Directed {
                        { actor_name(&relation.source) }{ " → " }{ actor_name(&relation.target) }
                    } else {
                        { text.mutual }
                    }
                </span>
            </p>
            <p class="briefing-relation__evidence briefing-script-only">
                <span>{ text.evidence }{ ":" }</span>
                { for links }
            </p>
        </li>
    }
}

/// The class suffix for a stance.
pub fn stance_key(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "cooperative",
        Stance::Hostile => "hostile",
        Stance::Neutral => "neutral",
    }
}
