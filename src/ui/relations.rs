//! Actors and relations: a summary line, the map, the actor buttons and the same content as
//! a list grouped by actor pair, with stance and certainty as words.

use briefing_core::gather::Gather;
use briefing_core::model::{Certainty, Direction, Stance};
use briefing_core::validate::IdKind;
use web_sys::Element;

use crate::ui::dom::{classes, flag, set, Builder, Tree};
use crate::ui::passage::Text;
use crate::ui::relation_index::{Highlight, RelationIndex};
use crate::ui::relation_map::RelationMap;
use crate::ui::state::Target;
use crate::ui::text::{catalogue, certainty, relations_summary, stance};

/// One relation in the list.
struct Item {
    li: Element,
    /// Its class without the highlight.
    class: String,
}

/// The relations section and what a selection changes in it. The list is built pair by pair,
/// the first with the section and the rest by [`Relations::build_pairs`].
pub struct Relations {
    /// The actor buttons, in report order.
    actor_buttons: Vec<Element>,
    /// The list's relations built so far, by index in the report.
    items: Vec<Option<Item>>,
    map: RelationMap,
    list: Element,
    /// How many actor pairs of the list are built.
    pairs_built: usize,
}

impl Relations {
    /// The section with the first `first` actor pairs of its list; `None` when the report has
    /// no actors.
    #[inline(never)]
    pub fn build(b: &mut Builder, index: &RelationIndex, first: usize) -> Option<(Element, Relations)> {
        let actor_count = b.report().actors.len();
        if actor_count == 0 {
            return None;
        }
        let dom = b.dom;
        let (section, heading) = b.section("briefing-relations", "relations", |t| t.relations);
        let counts = index.counts;
        let summary =
            b.bound_text("p", "briefing-relations__summary", move |lang| relations_summary(lang, actor_count, counts));
        summary.attr("data-testid", "relation-summary");
        section.add2(&heading, &summary);

        let (map_svg, map_note, map) = RelationMap::build(b, index);
        section.add(&map_svg);
        if let Some(note) = map_note {
            section.add(&note);
        }
        let legend = b.dom.el("p", "briefing-relations__legend");
        legend.add(&b.label_text(|t| t.legend_reported, " · "));
        legend.add(&b.label_text(|t| t.legend_unconfirmed, ""));

        let group = dom.el("div", "briefing-actors");
        set(&group, &[("role", "group"), ("aria-label", b.text().actors)]);
        let bound = group.clone();
        b.on_lang(move |_, _, lang| bound.attr("aria-label", catalogue(lang).actors));
        let mut actor_buttons = Vec::with_capacity(actor_count);
        for actor in 0..actor_count {
            let button = dom.el("button", "briefing-actor");
            set(&button, &[("type", "button"), ("data-testid", "actor"), ("aria-pressed", "false")]);
            b.span_in(&button, Text::ActorName(actor));
            group.add(&button);
            actor_buttons.push(button);
        }

        let list = dom.el("ul", "briefing-relations__list");
        section.add3(&legend, &group, &list);
        let items: Vec<Option<Item>> = (0..b.report().relations.len()).map(|_| None).gather();
        let mut relations = Relations { actor_buttons, items, map, list, pairs_built: 0 };
        relations.build_pairs(b, index, first, None);
        Some((section, relations))
    }

    /// How many actor pairs of the list are built.
    pub fn pairs_built(&self) -> usize {
        self.pairs_built
    }

    /// Are all the list's pairs built?
    pub fn complete(&self, index: &RelationIndex) -> bool {
        self.pairs_built >= index.pairs.len()
    }

    /// Builds the list's next actor pairs, up to pair `end` (exclusive), highlighted as
    /// `highlight` says.
    #[inline(never)]
    pub fn build_pairs(
        &mut self,
        b: &mut Builder,
        index: &RelationIndex,
        end: usize,
        highlight: Option<&Highlight>,
    ) {
        let dom = b.dom;
        let fragment = dom.fragment();
        for pair in index.pairs.iter().take(end).skip(self.pairs_built) {
            let li = dom.el("li", "briefing-pair");
            let title = dom.el("p", "briefing-pair__title");
            b.span_in(&title, Text::ActorName(pair.first));
            title.add_text(" — ");
            b.span_in(&title, Text::ActorName(pair.second));
            let inner = dom.el("ul", "briefing-pair__relations");
            for relation in &pair.relations {
                let Some(item) = relation_item(b, index, *relation) else { continue };
                // Built plain; only a relation of the selected actor needs changing.
                if highlight.and_then(|h| h.relations.get(*relation)) == Some(&true) {
                    item.highlight(true);
                }
                inner.add(&item.li);
                if let Some(slot) = self.items.get_mut(*relation) {
                    *slot = Some(item);
                }
            }
            li.add2(&title, &inner);
            fragment.add(&li);
            self.pairs_built += 1;
        }
        self.list.add(&fragment);
    }

    /// The actor whose button this is.
    pub fn actor_of(&self, button: &Element) -> Option<usize> {
        self.actor_buttons.iter().position(|b| b == button)
    }

    /// Shows what selecting `selected` highlights.
    #[inline(never)]
    pub fn select(&self, selected: Option<usize>, highlight: &Highlight) {
        for (index, button) in self.actor_buttons.iter().enumerate() {
            button.attr("aria-pressed", flag(selected == Some(index)));
        }
        for (index, item) in self.items.iter().enumerate() {
            if let Some(item) = item {
                item.highlight(highlight.relations.get(index).copied().unwrap_or(false));
            }
        }
        self.map.select(selected, highlight)
    }
}

impl Item {
    /// Marks the relation as one of the selected actor's, or not.
    fn highlight(&self, on: bool) {
        self.li.set_class_name(&classes(&self.class, &[("briefing-relation--on", on)]));
        self.li.attr("data-highlighted", flag(on));
    }
}

/// One relation: its summary, stance, certainty, direction and evidence links.
#[inline(never)]
fn relation_item(b: &mut Builder, index: &RelationIndex, relation_index: usize) -> Option<Item> {
    let dom = b.dom;
    let relation = b.report().relations.get(relation_index)?;
    let (relation_stance, relation_certainty, direction) = (relation.stance, relation.certainty, relation.direction);
    let ends = (
        b.valid.position(&relation.source, IdKind::Actor),
        b.valid.position(&relation.target, IdKind::Actor),
    );
    let class = classes(
        &["briefing-relation briefing-relation--", stance_key(relation_stance)].concat(),
        &[("briefing-relation--unconfirmed", relation_certainty != Certainty::Reported)],
    );
    let li = dom.el("li", &class);
    set(&li, &[("data-testid", "relation"), ("data-relation", &relation.id), ("data-highlighted", "false")]);
    if let Some(summary) = b.passage(Text::RelationSummary(relation_index), "p", "briefing-relation__summary") {
        li.add(&summary);
    }

    let tags = dom.el("p", "briefing-relation__tags");
    let stance_tag = dom.text_el("span", "briefing-relation__tag", stance(b.lang, relation_stance));
    let certainty_tag = dom.text_el("span", "briefing-relation__tag", certainty(b.lang, relation_certainty));
    let (bound_stance, bound_certainty) = (stance_tag.clone(), certainty_tag.clone());
    b.on_lang(move |_, _, lang| {
        bound_stance.set_text_content(Some(stance(lang, relation_stance)));
        bound_certainty.set_text_content(Some(certainty(lang, relation_certainty)));
    });
    let direction_tag = match (direction, ends) {
        (Direction::Directed, (Some(source), Some(target))) => {
            let tag = dom.el("span", "briefing-relation__tag");
            b.span_in(&tag, Text::ActorName(source));
            tag.add_text(" → ");
            b.span_in(&tag, Text::ActorName(target));
            tag
        }
        _ => b.label("span", "briefing-relation__tag", |t| t.mutual),
    };
    tags.add3(&stance_tag, &certainty_tag, &direction_tag);

    let evidence = dom.el("p", "briefing-relation__evidence");
    let label = dom.el("span", "");
    label.add(&b.label_text(|t| t.evidence, ":"));
    evidence.add(&label);
    for target in index.evidence.get(relation_index).into_iter().flatten() {
        let link = dom.el("button", "briefing-relation__link");
        set(&link, &[("type", "button"), ("data-testid", "evidence-link")]);
        match *target {
            Target::Quote(quote) => {
                let speaker = b
                    .report()
                    .quotes
                    .get(quote)
                    .and_then(|quote| b.valid.position(&quote.speaker, IdKind::Speaker));
                if let Some(speaker) = speaker {
                    link.add_text("“");
                    b.span_in(&link, Text::SpeakerName(speaker));
                    link.add_text("”");
                }
            }
            Target::Paragraph(paragraph) => {
                let number = [" ", &(paragraph + 1).to_string()].concat();
                let words = dom.text(&[b.text().paragraph, &number].concat());
                let bound = words.clone();
                b.on_lang(move |_, _, lang| {
                    bound.set_text_content(Some(&[catalogue(lang).paragraph, &number].concat()));
                });
                link.add(&words);
            }
        }
        evidence.add(&link);
    }
    li.add2(&tags, &evidence);
    Some(Item { li, class })
}

/// The class suffix for a stance.
#[inline(never)]
pub fn stance_key(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => "cooperative",
        Stance::Hostile => "hostile",
        Stance::Neutral => "neutral",
    }
}
