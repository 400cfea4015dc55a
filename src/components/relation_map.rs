//! The relationship map: an SVG drawn from [`map_layout`](crate::map_layout). Edges are
//! styled by stance twice over (colour and an icon on the edge), dashed where the story does
//! not report the relation as fact, with arrows where one side acts on the other. Clicking an
//! actor selects it; keyboard readers use the actor buttons beside the map, which do the same.

use std::rc::Rc;

use briefing_core::model::{Lang, LocalizedText, Stance};
use yew::prelude::*;

use crate::map_layout::{layout, shown_label, text_width, EdgeInput, MapInput, NodeInput, LABEL_FONT_PX};
use crate::relation_index::{Highlight, RelationIndex};
use crate::components::element_id;
use crate::components::relation_item::stance_key;
use crate::components::SharedReport;
use crate::text::catalogue;

/// Props of [`RelationMap`].
#[derive(Properties, PartialEq, Clone)]
pub struct RelationMapProps {
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
    /// Called with the actor a reader clicked.
    pub on_select: Callback<usize>,
}

/// The map (`data-testid="relation-map"`).
#[function_component]
pub fn RelationMap(props: &RelationMapProps) -> Html {
    let report = props.report.report();
    let lang = props.lang;
    // One layout serves both languages: each label's place is measured for the wider of its
    // names, so switching the language neither moves the map nor lays it out again.
    let geometry = use_memo((props.report.clone(), props.index.clone()), |(shared, index)| {
        let report = shared.report();
        let map_actors = &index.map_actors;
        let labels: Vec<&str> =
            map_actors.iter().filter_map(|a| report.actors.get(*a)).map(|actor| widest_name(&actor.name)).collect();
        // Edges name actors by their place on the map, which is not their place in the report
        // when the map keeps only some of them.
        let slot = |actor: usize| map_actors.binary_search(&actor).unwrap_or(usize::MAX);
        let input = MapInput {
            nodes: labels.iter().map(|label| NodeInput { label }).collect(),
            edges: index
                .map_edges
                .iter()
                .map(|edge| {
                    let (source, target) = match edge.directed_from {
                        Some(from) if from == edge.second => (edge.second, edge.first),
                        _ => (edge.first, edge.second),
                    };
                    EdgeInput { source: slot(source), target: slot(target), directed: edge.directed_from.is_some() }
                })
                .collect(),
        };
        layout(&input)
    });

    let title_id = element_id(props.instance, "map-title");
    let selection = props.selected.is_some();
    let edges = geometry.edges.iter().filter_map(|path| Some((path, props.index.map_edges.get(path.edge)?)));
    let edges = edges.map(|(path, edge)| {
        let on = edge.relations.iter().any(|i| props.highlight.relations.get(*i).copied().unwrap_or(false));
        let stance = stance_key(edge.stance);
        let ids: Vec<&str> = edge.relations.iter().filter_map(|i| Some(report.relations.get(*i)?.id.as_str())).collect();
        let class = classes!(
            "briefing-map__edge",
            format!("briefing-map__edge--{stance}"),
            (!edge.reported).then_some("briefing-map__edge--unconfirmed"),
            (selection && on).then_some("briefing-map__edge--on"),
            (selection && !on).then_some("briefing-map__edge--dim"),
        );
        let arrow_class = classes!(
            "briefing-map__arrow",
            format!("briefing-map__arrow--{stance}"),
            (selection && !on).then_some("briefing-map__edge--dim"),
        );
        let icon = match edge.stance {
            Stance::Cooperative => "+",
            Stance::Hostile => "×",
            Stance::Neutral => "=",
        };
        html! {
            <g key={path.edge} class="briefing-map__relation" data-relations={ids.join(" ")}>
                <path class={class} d={path.d.clone()} />
                if let Some(arrow) = &path.arrow {
                    <path class={arrow_class} d={arrow.clone()} />
                }
                <text class="briefing-map__marker" x={tenths(path.marker_x)} y={tenths(path.marker_y)}
                    text-anchor="middle" dominant-baseline="central">{ icon }</text>
            </g>
        }
    });
    let placed = geometry.nodes.iter().zip(props.index.map_actors.iter().copied());
    let nodes = placed.map(|(node, index)| {
        let on_click = props.on_select.reform(move |_: MouseEvent| index);
        let class = classes!("briefing-map__node", (props.selected == Some(index)).then_some("briefing-map__node--on"));
        html! {
            <g key={index} class={class} onclick={on_click} data-actor-index={index.to_string()}>
                <circle cx={tenths(node.x)} cy={tenths(node.y)} r={tenths(node.radius)} />
                <rect class="briefing-map__label-bg" x={tenths(node.label.x)} y={tenths(node.label.y)}
                    width={tenths(node.label.width)} height={tenths(node.label.height)} rx="3" />
                <text x={tenths(node.label.text_x)} y={tenths(node.label.text_y)} text-anchor={node.label.anchor.as_svg()}
                    dominant-baseline="central">{ shown_name(report.actors.get(index).map(|a| &a.name), lang) }</text>
            </g>
        }
    });
    html! {
        <>
        <svg class="briefing-map" data-testid="relation-map" role="img" aria-labelledby={title_id.clone()}
            viewBox={["0 0 ", &whole(geometry.width), " ", &whole(geometry.height)].concat()}
            width={whole(geometry.width)} height={whole(geometry.height)}
            xmlns="http://www.w3.org/2000/svg">
            <title id={title_id}>{ catalogue(lang).map_label }</title>
            <g class="briefing-map__edges">{ for edges }</g>
            <g class="briefing-map__nodes">{ for nodes }</g>
        </svg>
        if props.index.map_actors.len() < report.actors.len() {
            <p class="briefing-relations__map-note" data-testid="map-note">
                { (catalogue(lang).map_note)(props.index.map_actors.len(), report.actors.len()) }
            </p>
        }
        </>
    }
}

/// The name whose label is widest, whatever language it is in.
fn widest_name(name: &LocalizedText) -> &str {
    Lang::ALL
        .iter()
        .filter_map(|lang| name.get(*lang))
        .map(|text| (text_width(&shown_label(text), LABEL_FONT_PX), text))
        .fold(("", -1.0), |(widest, width), (w, text)| if w > width { (text, w) } else { (widest, width) })
        .0
}

/// An actor's label in the reader's language (or the other, when it lacks one).
fn shown_name(name: Option<&LocalizedText>, lang: Lang) -> String {
    name.and_then(|name| name.resolve(lang)).map(|(_, text)| shown_label(text)).unwrap_or_default()
}

/// A coordinate with one decimal, as SVG attributes carry it.
fn tenths(value: f64) -> String {
    format!("{value:.1}")
}

/// A size in whole pixels.
fn whole(value: f64) -> String {
    format!("{value:.0}")
}
