//! Actors and relations: a summary line, the map, the actor buttons and the same content as
//! a list grouped by actor pair, with stance and certainty as words.

use std::rc::Rc;

use briefing_core::model::{Certainty, Direction, Lang, Stance};
use yew::prelude::*;

use crate::ui::passage::{passage, span, Wrap};
use crate::ui::relation_index::{Highlight, RelationIndex};
use crate::ui::relation_map::RelationMap;
use crate::ui::state::{Action, Target};
use crate::ui::text::{catalogue, certainty, relations_summary, stance};
use crate::ui::SharedReport;

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
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// The relations section; hidden when the report has no actors.
#[function_component]
pub fn Relations(props: &RelationsProps) -> Html {
    let on_select = {
        let on_action = props.on_action.clone();
        Callback::from(move |actor: usize| on_action.emit(Action::SelectActor(actor)))
    };

    let report = props.report.report();
    if report.actors.is_empty() {
        return Html::default();
    }
    let lang = props.lang;
    let text = catalogue(lang);
    let heading_id = format!("b{}-relations", props.instance);
    let actor_buttons = report.actors.iter().enumerate().map(|(index, actor)| {
        let pressed = props.selected == Some(index);
        let on_click = {
            let on_select = on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(index))
        };
        html! {
            <button key={index} type="button" class="briefing-actor" data-testid="actor"
                aria-pressed={if pressed { "true" } else { "false" }} onclick={on_click}>
                { span(&actor.name, lang) }
            </button>
        }
    });
    let pairs = props.index.pairs.iter().map(|pair| {
        let name = |i: usize| report.actors.get(i).map(|a| a.name.clone()).unwrap_or_default();
        html! {
            <li class="briefing-pair">
                <p class="briefing-pair__title">
                    { span(&name(pair.first), lang) }{ " — " }{ span(&name(pair.second), lang) }
                </p>
                <ul class="briefing-pair__relations">
                    { for pair.relations.iter().filter_map(|i| Some((*i, report.relations.get(*i)?))).map(|(i, relation)| html! {
                        <RelationItem
                            key={i}
                            report={props.report.clone()}
                            index={props.index.clone()}
                            relation_index={i}
                            relation_id={relation.id.clone()}
                            lang={lang}
                            highlighted={props.highlight.relations.get(i).copied().unwrap_or(false)}
                            on_action={props.on_action.clone()}
                        />
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <section class="briefing-relations" aria-labelledby={heading_id.clone()}>
            <h3 class="briefing-section__title" id={heading_id}>{ text.relations }</h3>
            <p class="briefing-relations__summary" data-testid="relation-summary">
                { relations_summary(lang, report.actors.len(), props.index.counts) }
            </p>
            <RelationMap
                report={props.report.clone()}
                index={props.index.clone()}
                lang={lang}
                instance={props.instance}
                selected={props.selected}
                highlight={props.highlight.clone()}
                on_select={on_select.clone()}
            />
            <p class="briefing-relations__legend">{ text.legend_reported }{ " · " }{ text.legend_unconfirmed }</p>
            <div class="briefing-actors" role="group" aria-label={text.actors}>
                { for actor_buttons }
            </div>
            <ul class="briefing-relations__list">{ for pairs }</ul>
        </section>
    }
}

/// Props of [`RelationItem`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationItemProps {
    /// The validated report.
    pub report: SharedReport,
    /// The report's relations, indexed.
    pub index: Rc<RelationIndex>,
    /// Which relation, by position in the report.
    pub relation_index: usize,
    /// Its id, for hosts and tests.
    pub relation_id: AttrValue,
    /// The reader's language.
    pub lang: Lang,
    /// Is it one of the selected actor's relations?
    pub highlighted: bool,
    /// Called with what the reader did.
    pub on_action: Callback<Action>,
}

/// One relation: its summary, stance, certainty, direction and evidence links.
#[function_component]
pub fn RelationItem(props: &RelationItemProps) -> Html {
    let report = props.report.report();
    let Some(relation) = report.relations.get(props.relation_index) else {
        return Html::default();
    };
    let lang = props.lang;
    let text = catalogue(lang);
    let evidence = props.index.evidence.get(props.relation_index).cloned().unwrap_or_default();
    let links = evidence.into_iter().map(|target| {
        let label = match target {
            Target::Quote(q) => report
                .quotes
                .get(q)
                .and_then(|quote| props.report.speaker(&quote.speaker))
                .map(|speaker| html! { <>{ "“" }{ span(&speaker.name, lang) }{ "”" }</> })
                .unwrap_or_default(),
            Target::Paragraph(p) => html! { <>{ text.paragraph }{ " " }{ p + 1 }</> },
        };
        let on_click = {
            let on_action = props.on_action.clone();
            Callback::from(move |_: MouseEvent| on_action.emit(Action::ShowEvidence(target)))
        };
        html! { <button type="button" class="briefing-relation__link" data-testid="evidence-link" onclick={on_click}>{ label }</button> }
    });
    let class = classes!(
        "briefing-relation",
        format!("briefing-relation--{}", stance_key(relation.stance)),
        (relation.certainty != Certainty::Reported).then_some("briefing-relation--unconfirmed"),
        props.highlighted.then_some("briefing-relation--on"),
    );
    let direction = match relation.direction {
        Direction::Mutual => html! { { text.mutual } },
        Direction::Directed => {
            let name = |id: &str| props.report.actor(id).map(|a| a.name.clone()).unwrap_or_default();
            html! { <>{ span(&name(&relation.source), lang) }{ " → " }{ span(&name(&relation.target), lang) }</> }
        }
    };
    html! {
        <li class={class} data-testid="relation" data-relation={props.relation_id.clone()}
            data-highlighted={if props.highlighted { "true" } else { "false" }}>
            { passage(&relation.summary, lang, Wrap::new("p", "briefing-relation__summary")) }
            <p class="briefing-relation__tags">
                <span class="briefing-relation__tag">{ stance(lang, relation.stance) }</span>
                <span class="briefing-relation__tag">{ certainty(lang, relation.certainty) }</span>
                <span class="briefing-relation__tag">{ direction }</span>
            </p>
            <p class="briefing-relation__evidence">
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
