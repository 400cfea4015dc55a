//! The relationship map: an SVG drawn from [`map_layout`](crate::ui::map_layout). Edges are
//! styled by stance twice over (colour and an icon on the edge), dashed where the story does
//! not report the relation as fact, with arrows where one side acts on the other. Clicking an
//! actor selects it; keyboard readers use the actor buttons beside the map, which do the same.

use briefing_core::gather::Gather;
use briefing_core::model::{Lang, LocalizedText, Stance};
use web_sys::Element;

use crate::ui::decimal::{tenths, whole};
use crate::ui::dom::{classes, Builder, Tree};
use crate::ui::map_layout::{layout, shown_label, text_width, EdgeInput, MapInput, NodeInput, LABEL_FONT_PX};
use crate::ui::passage::Text;
use crate::ui::relation_index::{Highlight, RelationIndex};
use crate::ui::relations::stance_key;
use crate::ui::text::map_note;

/// One drawn edge and the relations it stands for.
struct DrawnEdge {
    path: Element,
    arrow: Option<Element>,
    /// `briefing-map__edge briefing-map__edge--{stance}` and the dashed modifier.
    class: String,
    /// `briefing-map__arrow briefing-map__arrow--{stance}`.
    arrow_class: String,
    relations: Vec<usize>,
}

/// The map (`data-testid="relation-map"`) and what a selection changes in it.
pub struct RelationMap {
    edges: Vec<DrawnEdge>,
    /// Each actor's group on the map, with the actor's index in the report.
    nodes: Vec<(Element, usize)>,
}

impl RelationMap {
    /// The map, and the note under it when it leaves actors off.
    ///
    /// One layout serves both languages: each label's place is measured for the wider of its
    /// names, so switching the language neither moves the map nor lays it out again.
    #[inline(never)]
    pub fn build(b: &mut Builder, index: &RelationIndex) -> (Element, Option<Element>, RelationMap) {
        let actors = &b.report().actors;
        let labels: Vec<&str> =
            index.map_actors.iter().filter_map(|a| actors.get(*a)).map(|actor| widest_name(&actor.name)).gather();
        // Edges name actors by their place on the map, which is not their place in the report
        // when the map keeps only some of them.
        let slot = |actor: usize| index.map_actors.binary_search(&actor).unwrap_or(usize::MAX);
        let input = MapInput {
            nodes: labels.iter().map(|label| NodeInput { label }).gather(),
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
                .gather(),
        };
        let geometry = layout(&input);

        let dom = b.dom;
        let title_id = b.id("map-title");
        let (width, height) = (whole(geometry.width), whole(geometry.height));
        let view_box = ["0 0 ", &width, " ", &height].concat();
        let svg = dom.svg(
            "svg",
            &[
                ("class", "briefing-map"),
                ("data-testid", "relation-map"),
                ("role", "img"),
                ("aria-labelledby", &title_id),
                ("viewBox", &view_box),
                ("width", &width),
                ("height", &height),
                ("xmlns", crate::ui::dom::SVG_NS),
            ],
        );
        let title = dom.svg("title", &[("id", &title_id)]);
        title.set_text_content(Some(b.text().map_label));
        let bound = title.clone();
        b.on_lang(move |_, _, lang| {
            bound.set_text_content(Some(crate::ui::text::catalogue(lang).map_label));
        });

        let edge_group = dom.svg("g", &[("class", "briefing-map__edges")]);
        let mut edges = Vec::with_capacity(geometry.edges.len());
        for path in &geometry.edges {
            let Some(edge) = index.map_edges.get(path.edge) else { continue };
            let stance = stance_key(edge.stance);
            let ids: Vec<&str> =
                edge.relations.iter().filter_map(|i| Some(b.report().relations.get(*i)?.id.as_str())).gather();
            let group = dom.svg("g", &[("class", "briefing-map__relation"), ("data-relations", &ids.join(" "))]);
            let class = classes(
                &["briefing-map__edge briefing-map__edge--", stance].concat(),
                &[("briefing-map__edge--unconfirmed", !edge.reported)],
            );
            let line = dom.svg("path", &[("class", &class), ("d", &path.d)]);
            group.add(&line);
            let arrow_class = ["briefing-map__arrow briefing-map__arrow--", stance].concat();
            let arrow = match &path.arrow {
                Some(d) => {
                    let arrow = dom.svg("path", &[("class", &arrow_class), ("d", d)]);
                    group.add(&arrow);
                    Some(arrow)
                }
                None => None,
            };
            let marker = dom.svg(
                "text",
                &[
                    ("class", "briefing-map__marker"),
                    ("x", &tenths(path.marker_x)),
                    ("y", &tenths(path.marker_y)),
                    ("text-anchor", "middle"),
                    ("dominant-baseline", "central"),
                ],
            );
            marker.set_text_content(Some(match edge.stance {
                Stance::Cooperative => "+",
                Stance::Hostile => "×",
                Stance::Neutral => "=",
            }));
            group.add(&marker);
            edge_group.add(&group);
            edges.push(DrawnEdge { path: line, arrow, class, arrow_class, relations: edge.relations.clone() });
        }

        let node_group = dom.svg("g", &[("class", "briefing-map__nodes")]);
        let mut nodes = Vec::with_capacity(geometry.nodes.len());
        for (node, actor) in geometry.nodes.iter().zip(index.map_actors.iter().copied()) {
            let group =
                dom.svg("g", &[("class", "briefing-map__node"), ("data-actor-index", &actor.to_string())]);
            let circle =
                dom.svg("circle", &[("cx", &tenths(node.x)), ("cy", &tenths(node.y)), ("r", &tenths(node.radius))]);
            let label = &node.label;
            let background = dom.svg(
                "rect",
                &[
                    ("class", "briefing-map__label-bg"),
                    ("x", &tenths(label.x)),
                    ("y", &tenths(label.y)),
                    ("width", &tenths(label.width)),
                    ("height", &tenths(label.height)),
                    ("rx", "3"),
                ],
            );
            let text = dom.svg(
                "text",
                &[
                    ("x", &tenths(label.text_x)),
                    ("y", &tenths(label.text_y)),
                    ("text-anchor", label.anchor.as_svg()),
                    ("dominant-baseline", "central"),
                ],
            );
            let name = Text::ActorName(actor);
            text.set_text_content(Some(&shown_name(name.of(b.report()), b.lang)));
            let bound = text.clone();
            b.on_lang(move |_, valid, lang| {
                bound.set_text_content(Some(&shown_name(name.of(valid.report()), lang)));
            });
            group.add3(&circle, &background, &text);
            node_group.add(&group);
            nodes.push((group, actor));
        }
        svg.add3(&title, &edge_group, &node_group);

        let (shown, total) = (index.map_actors.len(), b.report().actors.len());
        let note = if shown < total {
            let note = b.bound_text("p", "briefing-relations__map-note", move |lang| map_note(lang, shown, total));
            note.attr("data-testid", "map-note");
            Some(note)
        } else {
            None
        };
        (svg, note, RelationMap { edges, nodes })
    }

    /// Highlights the selected actor and its edges, and dims the others.
    #[inline(never)]
    pub fn select(&self, selected: Option<usize>, highlight: &Highlight) {
        let selection = selected.is_some();
        for edge in &self.edges {
            let on = edge.relations.iter().any(|i| highlight.relations.get(*i).copied().unwrap_or(false));
            let dim = selection && !on;
            let class = classes(&edge.class, &[("briefing-map__edge--on", selection && on), ("briefing-map__edge--dim", dim)]);
            edge.path.attr("class", &class);
            if let Some(arrow) = &edge.arrow {
                arrow.attr("class", &classes(&edge.arrow_class, &[("briefing-map__edge--dim", dim)]));
            }
        }
        for (group, actor) in &self.nodes {
            let class = classes("briefing-map__node", &[("briefing-map__node--on", selected == Some(*actor))]);
            group.attr("class", &class);
        }
    }
}

/// The name whose label is widest, whatever language it is in.
#[inline(never)]
fn widest_name(name: &LocalizedText) -> &str {
    let (mut widest, mut width) = ("", -1.0);
    for lang in Lang::ALL {
        if let Some(text) = name.get(lang) {
            let w = text_width(&shown_label(text), LABEL_FONT_PX);
            if w > width {
                (widest, width) = (text, w);
            }
        }
    }
    widest
}

/// An actor's label in the reader's language (or the other, when it lacks one).
fn shown_name(name: Option<&LocalizedText>, lang: Lang) -> String {
    name.and_then(|name| name.resolve(lang)).map(|(_, text)| shown_label(text)).unwrap_or_default()
}
