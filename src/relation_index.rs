//! Derived views of a report's actors and relations, computed once per report: relations
//! grouped by actor pair, each actor's relations, and what the selection of an actor
//! highlights. Plain data, tested natively.

use briefing_core::model::{Certainty, Direction, Stance};
use briefing_core::validate::{IdKind, ValidReport};

use crate::state::Target;
use crate::text::StanceCounts;

/// The relations between one pair of actors, in report order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The actor that appears first in the pair's first relation (index into the actors).
    pub first: usize,
    /// The other actor.
    pub second: usize,
    /// The relations, by index.
    pub relations: Vec<usize>,
}

/// One line of the map: the relations of one stance between one pair of actors, drawn as
/// one edge so that a pair with many relations stays legible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapEdge {
    /// One actor (index into the actors).
    pub first: usize,
    /// The other actor.
    pub second: usize,
    /// The stance every relation of the edge shares.
    pub stance: Stance,
    /// `Some(actor)` when every relation of the edge is directed from that same actor.
    pub directed_from: Option<usize>,
    /// Whether at least one of the relations is reported as fact (else the edge is dashed).
    pub reported: bool,
    /// The relations, by index.
    pub relations: Vec<usize>,
}

/// The most actors the map draws: past about thirty a ring of names is no longer legible, so
/// the map keeps the actors with the most relations and the list below it keeps every one.
pub const MAP_MAX_ACTORS: usize = 30;

/// What one actor's selection highlights.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    /// One flag per relation.
    pub relations: Vec<bool>,
    /// One flag per quote: evidence of a highlighted relation.
    pub quotes: Vec<bool>,
    /// One flag per body paragraph: evidence of a highlighted relation.
    pub paragraphs: Vec<bool>,
}

/// Indexes over a report's relations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationIndex {
    /// Each relation's source and target actor indices (relations are validated, so both
    /// exist).
    pub ends: Vec<(usize, usize)>,
    /// Each relation's evidence, resolved.
    pub evidence: Vec<Vec<Target>>,
    /// Relations grouped by unordered actor pair, in order of first appearance.
    pub pairs: Vec<Pair>,
    /// The actors on the map (indices, in report order): all of them, or the
    /// [`MAP_MAX_ACTORS`] with the most relations (ties to the earlier in the report).
    pub map_actors: Vec<usize>,
    /// The map's edges: relations grouped by pair and stance, in order of first appearance,
    /// between actors on the map.
    pub map_edges: Vec<MapEdge>,
    /// How many relations have each stance.
    pub counts: StanceCounts,
    quote_count: usize,
    paragraph_count: usize,
}

impl RelationIndex {
    /// Indexes a validated report.
    pub fn new(valid: &ValidReport) -> Self {
        let report = valid.report();
        let actor_index = |id: &str| valid.position(id, IdKind::Actor);
        let mut ends = Vec::with_capacity(report.relations.len());
        let mut evidence = Vec::with_capacity(report.relations.len());
        let mut pairs: Vec<Pair> = Vec::new();
        let mut counts = StanceCounts::default();
        let mut map_edges: Vec<MapEdge> = Vec::new();
        for (index, relation) in report.relations.iter().enumerate() {
            let (Some(source), Some(target)) = (actor_index(&relation.source), actor_index(&relation.target)) else {
                continue;
            };
            ends.push((source, target));
            evidence.push(
                relation
                    .evidence
                    .iter()
                    .filter_map(|id| {
                        valid
                            .position(id, IdKind::Quote)
                            .map(Target::Quote)
                            .or_else(|| valid.position(id, IdKind::Paragraph).map(Target::Paragraph))
                    })
                    .collect(),
            );
            match relation.stance {
                Stance::Cooperative => counts.cooperative += 1,
                Stance::Hostile => counts.hostile += 1,
                Stance::Neutral => counts.neutral += 1,
            }
            let same_pair = |p: &&mut Pair| {
                (p.first, p.second) == (source, target) || (p.first, p.second) == (target, source)
            };
            match pairs.iter_mut().find(same_pair) {
                Some(pair) => pair.relations.push(index),
                None => pairs.push(Pair { first: source, second: target, relations: vec![index] }),
            }
            let from = (relation.direction == Direction::Directed).then_some(source);
            let reported = relation.certainty == Certainty::Reported;
            let same_edge = |e: &&mut MapEdge| {
                e.stance == relation.stance
                    && ((e.first, e.second) == (source, target) || (e.first, e.second) == (target, source))
            };
            match map_edges.iter_mut().find(same_edge) {
                Some(edge) => {
                    if edge.directed_from != from {
                        edge.directed_from = None;
                    }
                    edge.reported |= reported;
                    edge.relations.push(index);
                }
                None => map_edges.push(MapEdge {
                    first: source,
                    second: target,
                    stance: relation.stance,
                    directed_from: from,
                    reported,
                    relations: vec![index],
                }),
            }
        }
        let map_actors = most_related(report.actors.len(), &ends);
        let on_map = |actor: usize| map_actors.binary_search(&actor).is_ok();
        map_edges.retain(|edge| on_map(edge.first) && on_map(edge.second));
        RelationIndex {
            ends,
            map_actors,
            evidence,
            pairs,
            map_edges,
            counts,
            quote_count: report.quotes.len(),
            paragraph_count: report.body.len(),
        }
    }

    /// What selecting `actor` highlights; nothing when no actor is selected.
    pub fn highlight(&self, actor: Option<usize>) -> Highlight {
        let mut highlight = Highlight {
            relations: vec![false; self.ends.len()],
            quotes: vec![false; self.quote_count],
            paragraphs: vec![false; self.paragraph_count],
        };
        let Some(actor) = actor else { return highlight };
        for (index, (source, target)) in self.ends.iter().enumerate() {
            if *source != actor && *target != actor {
                continue;
            }
            if let Some(flag) = highlight.relations.get_mut(index) {
                *flag = true;
            }
            for evidence in self.evidence.get(index).into_iter().flatten() {
                let flag = match evidence {
                    Target::Quote(q) => highlight.quotes.get_mut(*q),
                    Target::Paragraph(p) => highlight.paragraphs.get_mut(*p),
                };
                if let Some(flag) = flag {
                    *flag = true;
                }
            }
        }
        highlight
    }
}

/// The actors for the map: every one when they fit, else the [`MAP_MAX_ACTORS`] with the most
/// relations, ties to the earlier; in report order.
fn most_related(actors: usize, ends: &[(usize, usize)]) -> Vec<usize> {
    if actors <= MAP_MAX_ACTORS {
        return (0..actors).collect();
    }
    let mut degree = vec![0usize; actors];
    for (source, target) in ends {
        for end in [source, target] {
            if let Some(d) = degree.get_mut(*end) {
                *d += 1;
            }
        }
    }
    // Most relations first; the sort is stable, so ties keep report order.
    let mut ranked: Vec<usize> = (0..actors).collect();
    ranked.sort_by_key(|actor| std::cmp::Reverse(degree.get(*actor).copied().unwrap_or(0)));
    ranked.truncate(MAP_MAX_ACTORS);
    ranked.sort_unstable();
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use briefing_core::validate::validate_json;

    fn seed() -> ValidReport {
        validate_json(include_str!("../www/reports/kbs-nk-russia-treaty.json")).expect("the seed is valid")
    }

    #[test]
    fn groups_relations_by_unordered_pair() {
        let valid = seed();
        let index = RelationIndex::new(&valid);
        let report = valid.report();
        assert_eq!(index.ends.len(), report.relations.len());
        let grouped: usize = index.pairs.iter().map(|p| p.relations.len()).sum();
        assert_eq!(grouped, report.relations.len());
        for pair in &index.pairs {
            for relation in &pair.relations {
                let (s, t) = index.ends[*relation];
                assert!((s, t) == (pair.first, pair.second) || (t, s) == (pair.first, pair.second));
            }
        }
        let distinct: std::collections::BTreeSet<_> =
            index.pairs.iter().map(|p| (p.first.min(p.second), p.first.max(p.second))).collect();
        assert_eq!(distinct.len(), index.pairs.len(), "one group per pair");
        let c = index.counts;
        assert_eq!(c.cooperative + c.hostile + c.neutral, report.relations.len());
    }

    #[test]
    fn the_map_draws_one_edge_per_pair_and_stance() {
        let valid = seed();
        let report = valid.report();
        let index = RelationIndex::new(&valid);
        let mut seen = std::collections::BTreeSet::new();
        for edge in &index.map_edges {
            let key = (edge.first.min(edge.second), edge.first.max(edge.second), edge.stance as u8);
            assert!(seen.insert(key), "one edge per pair and stance");
            for relation in edge.relations.iter().map(|i| &report.relations[*i]) {
                assert_eq!(relation.stance, edge.stance);
            }
            let any_reported = edge.relations.iter().any(|i| report.relations[*i].certainty == Certainty::Reported);
            assert_eq!(edge.reported, any_reported);
            if let Some(from) = edge.directed_from {
                for relation in edge.relations.iter().map(|i| &report.relations[*i]) {
                    assert_eq!(relation.direction, Direction::Directed);
                    assert_eq!(relation.source, report.actors[from].id);
                }
            }
        }
        let drawn: usize = index.map_edges.iter().map(|e| e.relations.len()).sum();
        assert_eq!(drawn, report.relations.len(), "every relation is on the map");
        // The seed's eight North Korea–Russia relations are all cooperative: one line.
        let nk = report.actors.iter().position(|a| a.id == "north-korea").unwrap();
        let ru = report.actors.iter().position(|a| a.id == "russia").unwrap();
        let between: Vec<_> = index
            .map_edges
            .iter()
            .filter(|e| (e.first, e.second) == (nk, ru) || (e.first, e.second) == (ru, nk))
            .collect();
        assert_eq!(between.len(), 1);
        assert_eq!(between[0].directed_from, None, "mixed directions make a mutual line");
    }

    #[test]
    fn the_map_keeps_the_most_related_actors_when_there_are_too_many() {
        assert_eq!(most_related(3, &[(0, 1)]), vec![0, 1, 2], "all when they fit");
        let many = MAP_MAX_ACTORS + 5;
        // Actor k has k relations with the last actor, so the highest-numbered are the most
        // related; the last actor is related to everyone.
        let ends: Vec<(usize, usize)> =
            (0..many - 1).flat_map(|k| std::iter::repeat_n((k, many - 1), k)).collect();
        let kept = most_related(many, &ends);
        assert_eq!(kept.len(), MAP_MAX_ACTORS);
        assert_eq!(kept, (5..many).collect::<Vec<_>>());
        // Ties go to the earlier actor.
        assert_eq!(most_related(many, &[]), (0..MAP_MAX_ACTORS).collect::<Vec<_>>());
    }

    #[test]
    fn selecting_an_actor_highlights_exactly_its_relations_and_their_evidence() {
        let valid = seed();
        let report = valid.report();
        let index = RelationIndex::new(&valid);
        assert_eq!(index.highlight(None), Highlight {
            relations: vec![false; report.relations.len()],
            quotes: vec![false; report.quotes.len()],
            paragraphs: vec![false; report.body.len()],
        });
        for (actor_index, actor) in report.actors.iter().enumerate() {
            let highlight = index.highlight(Some(actor_index));
            for (relation, on) in report.relations.iter().zip(&highlight.relations) {
                assert_eq!(*on, relation.source == actor.id || relation.target == actor.id, "{}", relation.id);
            }
            for (quote, on) in report.quotes.iter().zip(&highlight.quotes) {
                let expected = report.relations.iter().any(|r| {
                    (r.source == actor.id || r.target == actor.id) && r.evidence.contains(&quote.id)
                });
                assert_eq!(*on, expected, "{} {}", actor.id, quote.id);
            }
        }
    }
}
