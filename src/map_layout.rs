//! Where the actor map puts each actor and how it draws each relation: plain data in, plain
//! geometry out, for a component to turn into SVG. Nothing here touches the browser, so the
//! layout is tested natively, and it is deterministic (the same input gives the same layout to
//! the last digit), so that a re-render never makes the map jump.
//!
//! Actors sit on one circle, the most connected at the top and the others in an order that keeps
//! related actors near each other (few crossing relations). Labels sit outside the circle,
//! pointing away from it; the circle grows until no label touches another label or any actor.
//! Relations run from rim to rim and bend around actors they would otherwise cross; several
//! relations between one pair fan out so that each stays visible.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

use std::f64::consts::{FRAC_PI_2, TAU};
use std::ops::{Add, Mul, Sub};



/// The label font size the widths are estimated for, in px.
pub const LABEL_FONT_PX: f64 = 13.0;
/// Labels longer than this many characters are cut and end in "…".
pub const MAX_LABEL_CHARS: usize = 24;

/// Height of a label box: one line with room for Hangul and descenders.
const LABEL_HEIGHT: f64 = LABEL_FONT_PX * 1.4;
/// Space left and right of the text inside its box, so a background rectangle does not touch it.
const LABEL_PAD: f64 = 3.0;
/// From the baseline to the middle of the box: puts the text's x-height in the middle.
const BASELINE_DROP: f64 = LABEL_FONT_PX * 0.35;
/// Space between a label and its own actor's circle.
const LABEL_GAP: f64 = 5.0;
/// The least space between a label and another label or another actor.
const CLEARANCE: f64 = 2.0;
/// Labels within this |cos| of the vertical are centred above or below their actor.
const MIDDLE_BAND: f64 = 0.05;

/// Radius of an actor with no relations; each related actor adds [`NODE_RADIUS_STEP`].
const NODE_RADIUS: f64 = 8.0;
const NODE_RADIUS_STEP: f64 = 1.5;
const NODE_RADIUS_MAX: f64 = 16.0;
/// The least space between two neighbouring circles on the ring.
const NODE_GAP: f64 = 12.0;
/// The least distance between neighbouring actors on the ring, so that the relations between
/// them have room to be seen.
const MIN_SPACING: f64 = 96.0;
/// How much the ring grows per attempt, and how many attempts at most: 1.08^200 is far beyond
/// any real map, the cap only guarantees the loop ends.
const RING_GROWTH: f64 = 1.08;
const MAX_RING_STEPS: usize = 200;

/// The least space between a relation and an actor it passes.
const EDGE_CLEARANCE: f64 = 3.0;
/// Sideways distance between the control points of relations that join the same pair.
const FAN_STEP: f64 = 28.0;
/// How far each attempt to bend a relation around an actor moves its control point.
const BEND_STEP: f64 = 6.0;
const MAX_BEND_STEPS: usize = 120;
/// About how long a straight piece of a sampled curve is, in px.
const SAMPLE_PX: f64 = 6.0;
const ARROW_LENGTH: f64 = 8.0;
const ARROW_HALF_WIDTH: f64 = 4.0;

/// Space around everything on the canvas, and the least canvas size.
const MARGIN: f64 = 12.0;
const MIN_CANVAS: f64 = 240.0;

/// How many chord pairs the ordering may compare in all: enough for any map of ~30 actors, and a
/// bound on the time a huge report can take.
const ORDER_WORK_BUDGET: usize = 20_000_000;

/// What the map shows: its actors and the relations between them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapInput<'a> {
    /// The actors, in report order; [`MapLayout::nodes`] follows the same order.
    pub nodes: Vec<NodeInput<'a>>,
    /// The relations; several may join one pair of actors.
    pub edges: Vec<EdgeInput>,
}

/// One actor on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeInput<'a> {
    /// The actor's name in the reader's language.
    pub label: &'a str,
}

/// One relation between two actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EdgeInput {
    /// The acting actor, an index into [`MapInput::nodes`].
    pub source: usize,
    /// The other actor, an index into [`MapInput::nodes`].
    pub target: usize,
    /// Does the source act on the target (an arrowhead), rather than both on each other?
    pub directed: bool,
}

/// The geometry of a map, in SVG user units, with the origin at the top left of the canvas.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapLayout {
    /// Canvas width: every circle and label lies inside. 0 for a map without actors.
    pub width: f64,
    /// Canvas height, as [`MapLayout::width`].
    pub height: f64,
    /// One place per actor, in the order of [`MapInput::nodes`].
    pub nodes: Vec<NodePlace>,
    /// One path per drawable relation, in the order of [`MapInput::edges`]; relations with an
    /// unknown actor or joining an actor to itself are left out.
    pub edges: Vec<EdgePath>,
}

/// Where one actor is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct NodePlace {
    /// Centre of the actor's circle.
    pub x: f64,
    /// Centre of the actor's circle.
    pub y: f64,
    /// Radius of the circle: larger for actors with more relations.
    pub radius: f64,
    /// The actor's name and where it goes.
    pub label: LabelBox,
}

/// Which end of the text its anchor point is at: the SVG `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the anchor (labels right of the map).
    Start,
    /// The text is centred on the anchor (labels at the top and bottom).
    Middle,
    /// The text ends at the anchor (labels left of the map).
    End,
}

impl Anchor {
    /// The value of the SVG `text-anchor` attribute.
    #[must_use]
    pub fn as_svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An actor's label: the box it may fill and where its text is anchored.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelBox {
    /// Left edge of the box.
    pub x: f64,
    /// Top edge of the box.
    pub y: f64,
    /// Width of the box: the estimated text width and a little padding.
    pub width: f64,
    /// Height of the box.
    pub height: f64,
    /// How the text is anchored at `text_x`.
    pub anchor: Anchor,
    /// The text's anchor point, for `<text x>` with `text-anchor` from [`LabelBox::anchor`].
    pub text_x: f64,
    /// The text's alphabetic baseline, for `<text y>`.
    pub text_y: f64,
    /// The text to show: the label, cut to [`MAX_LABEL_CHARS`] characters with "…" if longer.
    pub text: String,
}

/// How one relation is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgePath {
    /// Which relation: an index into [`MapInput::edges`].
    pub edge: usize,
    /// SVG path data from the source's rim to the target's rim: a line, or a quadratic curve
    /// where it bends around an actor or fans out from other relations of the same pair.
    pub d: String,
    /// A point halfway along the path, for a stance icon.
    pub marker_x: f64,
    /// A point halfway along the path, for a stance icon.
    pub marker_y: f64,
    /// SVG path data of a closed triangle at the target's rim pointing into the target, for a
    /// directed relation.
    pub arrow: Option<String>,
}

/// The estimated width of `label` set in a `font_px` sans-serif, without asking a browser:
/// Hangul and CJK characters are about 1 em wide, everything else about 0.6 em.
#[must_use]
pub fn text_width(label: &str, font_px: f64) -> f64 {
    label.chars().map(|c| if is_wide(c) { 1.0 } else { 0.6 }).sum::<f64>() * font_px
}

/// Lays out a map. Deterministic; never panics, whatever the indices in `input.edges`.
#[must_use]
pub fn layout(input: &MapInput) -> MapLayout {
    let count = input.nodes.len();
    if count == 0 {
        return MapLayout::default();
    }
    let edges: Vec<(usize, EdgeInput)> = input
        .edges
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, e)| e.source != e.target && e.source < count && e.target < count)
        .collect();
    let pairs = actor_pairs(&edges);
    let mut neighbours = vec![0usize; count];
    for pair in &pairs {
        for end in [pair.low, pair.high] {
            if let Some(n) = neighbours.get_mut(end) {
                *n += 1;
            }
        }
    }
    let texts: Vec<String> = input.nodes.iter().map(|node| shown_label(node.label)).collect();
    let shapes: Vec<(f64, f64)> = texts
        .iter()
        .zip(&neighbours)
        .map(|(text, &n)| {
            let radius = (NODE_RADIUS + NODE_RADIUS_STEP * n as f64).min(NODE_RADIUS_MAX);
            (radius, text_width(text, LABEL_FONT_PX) + 2.0 * LABEL_PAD)
        })
        .collect();

    let order = ring_order(count, &pairs);
    // A node at the very top or bottom takes a wide centred label that crowds its neighbours;
    // turning the ring by half a step avoids that, so keep whichever turn needs the smaller ring.
    let upright = place_ring(&order, &shapes, false);
    let turned = place_ring(&order, &shapes, true);
    let ring = if turned.radius < upright.radius { turned } else { upright };

    // Edges grouped by pair, pairs in order, each pair's edges in input order.
    let by_pair: Vec<((usize, usize), (usize, EdgeInput))> =
        {
            let mut keyed: Vec<_> = edges.iter().map(|&(index, edge)| (pair_key(&edge), (index, edge))).collect();
            keyed.sort_by_key(|(key, _)| *key);
            keyed
        };
    let mut drawn: Vec<DrawnEdge> = Vec::new();
    for group in by_pair.chunk_by(|a, b| a.0 == b.0) {
        let Some(&((low, high), _)) = group.first() else { continue };
        let relations: Vec<(usize, EdgeInput)> = group.iter().map(|(_, edge)| *edge).collect();
        drawn.extend(route_pair(low, high, &relations, &ring.nodes));
    }
    drawn.sort_by_key(|edge| edge.index);

    finish(&ring.nodes, texts, &drawn)
}

/// Is `c` drawn about 1 em wide: Hangul, CJK ideographs, kana and full-width forms.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7A3
        | 0xD7B0..=0xD7FF
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// The label as shown: trimmed, and cut with "…" beyond [`MAX_LABEL_CHARS`] characters.
pub fn shown_label(label: &str) -> String {
    let label = label.trim();
    if briefing_core::validate::char_count(label) <= MAX_LABEL_CHARS {
        return label.to_owned();
    }
    let kept: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    format!("{}…", kept.trim_end())
}

/// Two actors joined by at least one relation, `low < high`, and by how many.
#[derive(Clone, Copy, Debug)]
struct ActorPair {
    low: usize,
    high: usize,
    weight: usize,
}

/// The distinct pairs joined by `edges`, sorted.
fn actor_pairs(edges: &[(usize, EdgeInput)]) -> Vec<ActorPair> {
    let mut keys: Vec<_> = edges.iter().map(|(_, edge)| pair_key(edge)).collect();
    keys.sort_unstable();
    keys.chunk_by(|a, b| a == b)
        .filter_map(|group| Some((group.first()?, group.len())))
        .map(|(&(low, high), weight)| ActorPair { low, high, weight })
        .collect()
}

/// The edge's two actors, the lower index first.
fn pair_key(edge: &EdgeInput) -> (usize, usize) {
    (edge.source.min(edge.target), edge.source.max(edge.target))
}

/// The order of the actors around the ring, starting at the top: the most connected first, then
/// greedily the actor most connected to those already placed, links to the latest placed
/// counting most (so that a chain or cycle is walked along), then adjacent swaps while they
/// remove crossings or shorten relations.
fn ring_order(count: usize, pairs: &[ActorPair]) -> Vec<usize> {
    let mut links: Vec<Vec<(usize, usize)>> = vec![Vec::new(); count];
    for pair in pairs {
        if let Some(list) = links.get_mut(pair.low) {
            list.push((pair.high, pair.weight));
        }
        if let Some(list) = links.get_mut(pair.high) {
            list.push((pair.low, pair.weight));
        }
    }
    let degree: Vec<usize> = links.iter().map(|list| list.iter().map(|&(_, w)| w).sum()).collect();
    let mut placed = vec![false; count];
    let mut pull = vec![0usize; count];
    let mut order = Vec::with_capacity(count);
    while order.len() < count {
        let next =
            (0..count).filter(|&n| !placed.get(n).copied().unwrap_or(true)).max_by_key(|&n| {
                let pull = pull.get(n).copied().unwrap_or(0);
                (pull, degree.get(n).copied().unwrap_or(0), std::cmp::Reverse(n))
            });
        let Some(next) = next else { break };
        order.push(next);
        if let Some(flag) = placed.get_mut(next) {
            *flag = true;
        }
        let recency = order.len();
        for &(other, weight) in links.get(next).map(Vec::as_slice).unwrap_or_default() {
            if let Some(p) = pull.get_mut(other) {
                *p += weight * recency;
            }
        }
    }
    let hub = order.first().copied();
    untangle(&mut order, pairs);
    // Swaps may move the hub; rotating the ring back changes no crossing.
    if let Some(at) = hub.and_then(|hub| order.iter().position(|&n| n == hub)) {
        order.rotate_left(at);
    }
    order
}

/// Swaps neighbours on the ring while that lowers the number of crossing relations, or keeps it
/// and shortens them, within [`ORDER_WORK_BUDGET`].
fn untangle(order: &mut [usize], pairs: &[ActorPair]) {
    let count = order.len();
    // Three or fewer actors on a circle cannot have crossing chords.
    if count < 4 {
        return;
    }
    let mut position = vec![0usize; count];
    for (at, &node) in order.iter().enumerate() {
        if let Some(slot) = position.get_mut(node) {
            *slot = at;
        }
    }
    let work_per_try = pairs.len() * pairs.len() / 2 + pairs.len() + 1;
    let mut work = 0usize;
    let mut best = order_cost(&position, pairs);
    let mut improved = true;
    while improved {
        improved = false;
        for at in 0..count {
            work += work_per_try;
            if work > ORDER_WORK_BUDGET {
                return;
            }
            let next = (at + 1) % count;
            swap_places(order, &mut position, at, next);
            let cost = order_cost(&position, pairs);
            if cost < best {
                best = cost;
                improved = true;
            } else {
                swap_places(order, &mut position, at, next);
            }
        }
    }
}

/// Swaps the actors at ring places `a` and `b`, keeping `position` (place by actor) in step.
fn swap_places(order: &mut [usize], position: &mut [usize], a: usize, b: usize) {
    let (Some(&first), Some(&second)) = (order.get(a), order.get(b)) else { return };
    order.swap(a, b);
    if let Some(slot) = position.get_mut(first) {
        *slot = b;
    }
    if let Some(slot) = position.get_mut(second) {
        *slot = a;
    }
}

/// How tangled an order is: the crossing chords, then the summed ring distance of the relations.
fn order_cost(position: &[usize], pairs: &[ActorPair]) -> (usize, usize) {
    let count = position.len();
    let chords: Vec<(usize, usize, usize)> = pairs
        .iter()
        .filter_map(|pair| {
            let a = *position.get(pair.low)?;
            let b = *position.get(pair.high)?;
            Some((a.min(b), a.max(b), pair.weight))
        })
        .collect();
    let mut crossings = 0;
    let mut length = 0;
    for (i, &(a, b, weight)) in chords.iter().enumerate() {
        length += weight * (b - a).min(count - (b - a));
        for &(c, d, _) in chords.iter().skip(i + 1) {
            let shared = a == c || a == d || b == c || b == d;
            if !shared && ((a < c && c < b) != (a < d && d < b)) {
                crossings += 1;
            }
        }
    }
    (crossings, length)
}

/// A point, or a vector, in canvas units.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    fn length(self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    fn dot(self, other: Point) -> f64 {
        self.x * other.x + self.y * other.y
    }

    /// The vector turned a quarter to the left.
    fn normal(self) -> Point {
        Point::new(-self.y, self.x)
    }

    /// The unit vector along this one, or `fallback` for a zero vector.
    fn unit_or(self, fallback: Point) -> Point {
        let length = self.length();
        if length > 1e-9 {
            self * (1.0 / length)
        } else {
            fallback
        }
    }
}

impl Add for Point {
    type Output = Point;

    fn add(self, other: Point) -> Point {
        Point::new(self.x + other.x, self.y + other.y)
    }
}

impl Sub for Point {
    type Output = Point;

    fn sub(self, other: Point) -> Point {
        Point::new(self.x - other.x, self.y - other.y)
    }
}

impl Mul<f64> for Point {
    type Output = Point;

    fn mul(self, k: f64) -> Point {
        Point::new(self.x * k, self.y * k)
    }
}

/// An axis-aligned rectangle: `x`, `y` is the top left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rect {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

impl Rect {
    fn moved(self, by: Point) -> Rect {
        Rect { x: self.x + by.x, y: self.y + by.y, ..self }
    }

    fn distance_to(self, p: Point) -> f64 {
        let dx = (self.x - p.x).max(p.x - (self.x + self.width)).max(0.0);
        let dy = (self.y - p.y).max(p.y - (self.y + self.height)).max(0.0);
        (dx * dx + dy * dy).sqrt()
    }

    /// Is there at least `gap` between the two, across or along?
    fn is_apart(self, other: Rect, gap: f64) -> bool {
        self.x + self.width + gap <= other.x
            || other.x + other.width + gap <= self.x
            || self.y + self.height + gap <= other.y
            || other.y + other.height + gap <= self.y
    }
}

/// One actor on the ring, around the ring's centre at the origin.
#[derive(Clone, Copy, Debug)]
struct PlacedNode {
    centre: Point,
    radius: f64,
    label: Rect,
    anchor: Anchor,
}

/// The actors on a ring of `radius`, in input order.
struct Ring {
    radius: f64,
    nodes: Vec<PlacedNode>,
}

impl Ring {
    /// Are all circles and labels apart?
    fn is_legible(&self) -> bool {
        self.nodes.iter().enumerate().all(|(i, a)| {
            self.nodes.iter().skip(i + 1).all(|b| {
                (a.centre - b.centre).length() + 1e-6 >= a.radius + b.radius + NODE_GAP
                    && a.label.is_apart(b.label, CLEARANCE)
                    && a.label.distance_to(b.centre) >= b.radius + CLEARANCE
                    && b.label.distance_to(a.centre) >= a.radius + CLEARANCE
            })
        })
    }
}

/// Puts the actors on the smallest ring (tried in growing steps) on which nothing overlaps.
/// `shapes` holds each actor's circle radius and label width; `turned` starts the ring half a
/// step past the top.
fn place_ring(order: &[usize], shapes: &[(f64, f64)], turned: bool) -> Ring {
    let count = shapes.len();
    let step = TAU / count.max(1) as f64;
    let start = -FRAC_PI_2 + if turned { step / 2.0 } else { 0.0 };
    let mut angles = vec![0.0; count];
    for (at, &node) in order.iter().enumerate() {
        if let Some(angle) = angles.get_mut(node) {
            *angle = start + step * at as f64;
        }
    }
    // The label's place beside its actor depends on the angle only, not on the ring's size.
    let around: Vec<(Point, f64, Rect, Anchor)> = angles
        .iter()
        .zip(shapes)
        .map(|(&angle, &(radius, width))| {
            let direction = Point::new(angle.cos(), angle.sin());
            let (label, anchor) = label_beside(direction, radius, width);
            (direction, radius, label, anchor)
        })
        .collect();
    let largest = shapes.iter().map(|&(radius, _)| radius).fold(0.0, f64::max);
    // Neighbours start just far enough apart; a single actor sits at the centre.
    let mut radius =
        if count < 2 { 0.0 } else { (2.0 * largest + NODE_GAP).max(MIN_SPACING) / (2.0 * (step / 2.0).sin()) };
    let mut attempt = 0;
    loop {
        let nodes = around
            .iter()
            .map(|&(direction, node_radius, label, anchor)| {
                let centre = direction * radius;
                PlacedNode { centre, radius: node_radius, label: label.moved(centre), anchor }
            })
            .collect();
        let ring = Ring { radius, nodes };
        attempt += 1;
        if count < 2 || attempt >= MAX_RING_STEPS || ring.is_legible() {
            return ring;
        }
        radius *= RING_GROWTH;
    }
}

/// The label box of an actor of `radius` at the origin whose label points along `direction`:
/// as close as it can be while [`LABEL_GAP`] from the circle.
fn label_beside(direction: Point, radius: f64, width: f64) -> (Rect, Anchor) {
    let anchor = if direction.x.abs() < MIDDLE_BAND {
        Anchor::Middle
    } else if direction.x > 0.0 {
        Anchor::Start
    } else {
        Anchor::End
    };
    let height = LABEL_HEIGHT;
    let at = |distance: f64| {
        let a = direction * distance;
        let (x, y) = match anchor {
            Anchor::Start => (a.x, a.y - height / 2.0),
            Anchor::End => (a.x - width, a.y - height / 2.0),
            Anchor::Middle if direction.y < 0.0 => (a.x - width / 2.0, a.y - height),
            Anchor::Middle => (a.x - width / 2.0, a.y),
        };
        Rect { x, y, width, height }
    };
    let wanted = radius + LABEL_GAP;
    let origin = Point::new(0.0, 0.0);
    let mut distance = wanted;
    // A box pulled along its direction only gets further from the circle; a few dozen steps
    // always suffice, the cap only guarantees the loop ends.
    for _ in 0..400 {
        if at(distance).distance_to(origin) >= wanted {
            break;
        }
        distance += 0.5;
    }
    (at(distance), anchor)
}

/// A quadratic Bézier from `start` to `end`; a line when `straight`.
#[derive(Clone, Copy, Debug)]
struct Curve {
    start: Point,
    control: Point,
    end: Point,
    straight: bool,
}

impl Curve {
    fn at(&self, t: f64) -> Point {
        let s = 1.0 - t;
        self.start * (s * s) + self.control * (2.0 * s * t) + self.end * (t * t)
    }

    /// Points along the curve, about [`SAMPLE_PX`] apart, both ends included.
    fn samples(&self) -> Vec<Point> {
        let reach = (self.control - self.start).length() + (self.end - self.control).length();
        let segments = (reach / SAMPLE_PX).ceil().clamp(8.0, 96.0) as usize;
        (0..=segments).map(|i| self.at(i as f64 / segments as f64)).collect()
    }

    fn reversed(self) -> Curve {
        Curve { start: self.end, end: self.start, ..self }
    }
}

/// The curve between the rims of `from` and `to` whose control point lies `bend` to the left of
/// the midpoint between their centres (a line for 0). It leaves each circle along the radius
/// towards the control point, so it starts and ends exactly on the rims.
fn rim_curve(from: &PlacedNode, to: &PlacedNode, bend: f64) -> Curve {
    let along = (to.centre - from.centre).unit_or(Point::new(1.0, 0.0));
    let control = (from.centre + to.centre) * 0.5 + along.normal() * bend;
    Curve {
        start: from.centre + (control - from.centre).unit_or(along) * from.radius,
        control,
        end: to.centre + (control - to.centre).unit_or(along * -1.0) * to.radius,
        straight: bend == 0.0,
    }
}

/// The actor (other than `low` and `high`) that `curve` comes nearest to, and how far it stays
/// off that actor's circle (negative: it passes through). `None` when no actor is near.
fn nearest_actor(
    curve: &Curve,
    nodes: &[PlacedNode],
    low: usize,
    high: usize,
) -> Option<(f64, usize)> {
    let corners = [curve.start, curve.control, curve.end];
    let min_x = corners.iter().map(|p| p.x).fold(f64::INFINITY, f64::min);
    let max_x = corners.iter().map(|p| p.x).fold(f64::NEG_INFINITY, f64::max);
    let min_y = corners.iter().map(|p| p.y).fold(f64::INFINITY, f64::min);
    let max_y = corners.iter().map(|p| p.y).fold(f64::NEG_INFINITY, f64::max);
    let mut samples: Option<Vec<Point>> = None;
    let mut nearest: Option<(f64, usize)> = None;
    for (index, node) in nodes.iter().enumerate() {
        let reach = node.radius + EDGE_CLEARANCE;
        let c = node.centre;
        // The curve lies inside the triangle of its three points; an actor away from that
        // triangle's bounding box cannot be near it.
        let far = c.x < min_x - reach
            || c.x > max_x + reach
            || c.y < min_y - reach
            || c.y > max_y + reach;
        if index == low || index == high || far {
            continue;
        }
        let points = samples.get_or_insert_with(|| curve.samples());
        let distance = points
            .windows(2)
            .filter_map(|w| Some(segment_distance(c, *w.first()?, *w.get(1)?)))
            .fold(f64::INFINITY, f64::min);
        let clearance = distance - node.radius;
        if nearest.is_none_or(|(best, _)| clearance < best) {
            nearest = Some((clearance, index));
        }
    }
    nearest
}

/// Distance from `p` to the segment from `a` to `b`.
fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let ab = b - a;
    let squared = ab.dot(ab);
    let t = if squared > 0.0 { ((p - a).dot(ab) / squared).clamp(0.0, 1.0) } else { 0.0 };
    (a + ab * t - p).length()
}

/// A relation ready to draw, around the ring's centre.
struct DrawnEdge {
    index: usize,
    curve: Curve,
    directed: bool,
}

/// Draws the relations between `low` and `high`: fanned out side by side, and all shifted
/// together, away from the actor in the way, until none passes through a third actor.
fn route_pair(
    low: usize,
    high: usize,
    relations: &[(usize, EdgeInput)],
    nodes: &[PlacedNode],
) -> Vec<DrawnEdge> {
    let (Some(a), Some(b)) = (nodes.get(low), nodes.get(high)) else { return Vec::new() };
    let middle = (relations.len() as f64 - 1.0) / 2.0;
    let fan: Vec<f64> = (0..relations.len()).map(|i| (i as f64 - middle) * FAN_STEP).collect();
    let nearest = |shift: f64| {
        fan.iter()
            .filter_map(|&bend| nearest_actor(&rim_curve(a, b, bend + shift), nodes, low, high))
            .min_by(|x, y| x.0.total_cmp(&y.0))
    };
    let is_clear = |near: Option<(f64, usize)>| near.is_none_or(|(gap, _)| gap >= EDGE_CLEARANCE);

    let straight = nearest(0.0);
    let mut shift = 0.0;
    if let Some((gap, in_the_way)) = straight.filter(|_| !is_clear(straight)) {
        let left = (b.centre - a.centre).unit_or(Point::new(1.0, 0.0)).normal();
        let side = nodes
            .get(in_the_way)
            .map_or(0.0, |node| (node.centre - (a.centre + b.centre) * 0.5).dot(left));
        let away = if side > 0.0 { -1.0 } else { 1.0 };
        let steps = ((a.centre - b.centre).length().max(60.0) * 1.5 / BEND_STEP).ceil() as usize;
        let steps = steps.min(MAX_BEND_STEPS);
        let tries = (1..=steps)
            .map(|k| away * BEND_STEP * k as f64)
            .chain((1..=steps).map(|k| -away * BEND_STEP * k as f64));
        // When nothing clears every actor, the shift that keeps furthest off them is the least bad.
        let mut best = (gap, 0.0);
        for candidate in tries {
            let near = nearest(candidate);
            if is_clear(near) {
                best = (f64::INFINITY, candidate);
                break;
            }
            if let Some((gap, _)) = near.filter(|&(gap, _)| gap > best.0) {
                best = (gap, candidate);
            }
        }
        shift = best.1;
    }

    relations
        .iter()
        .zip(&fan)
        .map(|(&(index, edge), &bend)| {
            let curve = rim_curve(a, b, bend + shift);
            let curve = if edge.source == low { curve } else { curve.reversed() };
            DrawnEdge { index, curve, directed: edge.directed }
        })
        .collect()
}

/// The corners of an arrowhead whose tip is at the end of `curve`, pointing along it.
fn arrowhead(curve: &Curve) -> [Point; 3] {
    let tip = curve.end;
    let along = (tip - curve.control).unit_or(Point::new(1.0, 0.0));
    let base = tip - along * ARROW_LENGTH;
    let side = along.normal() * ARROW_HALF_WIDTH;
    [tip, base + side, base - side]
}

/// The smallest box holding everything drawn.
struct Bounds {
    min: Point,
    max: Point,
}

impl Bounds {
    fn include(&mut self, p: Point) {
        self.min = Point::new(self.min.x.min(p.x), self.min.y.min(p.y));
        self.max = Point::new(self.max.x.max(p.x), self.max.y.max(p.y));
    }
}

/// The size of the canvas along one axis and how far to move everything along it: at least
/// [`MIN_CANVAS`], everything [`MARGIN`] inside, and the ring's centre (0) in the middle when
/// there is room to spare.
fn canvas_axis(low: f64, high: f64) -> (f64, f64) {
    let size = ((high - low + 2.0 * MARGIN).max(MIN_CANVAS) * 10.0).ceil() / 10.0;
    // max then min rather than clamp: rounding may leave the bounds a hair crossed.
    let shift = (size / 2.0).max(MARGIN - low).min(size - MARGIN - high);
    (size, shift)
}

/// Moves everything onto the canvas and rounds it for the SVG.
fn finish(nodes: &[PlacedNode], texts: Vec<String>, edges: &[DrawnEdge]) -> MapLayout {
    let mut bounds = Bounds {
        min: Point::new(f64::INFINITY, f64::INFINITY),
        max: Point::new(f64::NEG_INFINITY, f64::NEG_INFINITY),
    };
    for node in nodes {
        let reach = Point::new(node.radius, node.radius);
        bounds.include(node.centre - reach);
        bounds.include(node.centre + reach);
        bounds.include(Point::new(node.label.x, node.label.y));
        bounds
            .include(Point::new(node.label.x + node.label.width, node.label.y + node.label.height));
    }
    for edge in edges {
        let arrow = if edge.directed { arrowhead(&edge.curve).to_vec() } else { Vec::new() };
        for p in edge.curve.samples().into_iter().chain(arrow) {
            bounds.include(p);
        }
    }
    let (width, shift_x) = canvas_axis(bounds.min.x, bounds.max.x);
    let (height, shift_y) = canvas_axis(bounds.min.y, bounds.max.y);
    let shift = Point::new(shift_x, shift_y);
    let place = |p: Point| p + shift;
    let coords = |p: Point| {
        let p = place(p);
        format!("{:.1} {:.1}", p.x, p.y)
    };

    let nodes = nodes
        .iter()
        .zip(texts)
        .map(|(node, text)| {
            let centre = place(node.centre);
            let corner = place(Point::new(node.label.x, node.label.y));
            let text_x = match node.anchor {
                Anchor::Start => corner.x + LABEL_PAD,
                Anchor::Middle => corner.x + node.label.width / 2.0,
                Anchor::End => corner.x + node.label.width - LABEL_PAD,
            };
            NodePlace {
                x: round(centre.x),
                y: round(centre.y),
                radius: node.radius,
                label: LabelBox {
                    x: round(corner.x),
                    y: round(corner.y),
                    width: round(node.label.width),
                    height: round(node.label.height),
                    anchor: node.anchor,
                    text_x: round(text_x),
                    text_y: round(corner.y + node.label.height / 2.0 + BASELINE_DROP),
                    text,
                },
            }
        })
        .collect();
    let edges = edges
        .iter()
        .map(|edge| {
            let curve = &edge.curve;
            let d = if curve.straight {
                format!("M{}L{}", coords(curve.start), coords(curve.end))
            } else {
                format!("M{}Q{} {}", coords(curve.start), coords(curve.control), coords(curve.end))
            };
            let marker = place(curve.at(0.5));
            let arrow = edge.directed.then(|| {
                let [tip, left, right] = arrowhead(curve);
                format!("M{}L{}L{}Z", coords(tip), coords(left), coords(right))
            });
            EdgePath {
                edge: edge.index,
                d,
                marker_x: round(marker.x),
                marker_y: round(marker.y),
                arrow,
            }
        })
        .collect();
    MapLayout { width, height, nodes, edges }
}

/// Rounds to 0.1, as the path data is, so that numbers and paths agree.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &[&str] = &[
        "North Korea",
        "Russia",
        "United States",
        "China",
        "Japan",
        "South Korea",
        "European Union",
        "International Atomic Energy Agency",
        "UN Security Council",
        "Kim Jong Un",
        "Ministry of Foreign Affairs of Japan",
        "NATO",
        "Wagner Group",
        "Ukraine",
    ];
    const KOREAN: &[&str] = &[
        "북한",
        "러시아",
        "미국",
        "중국",
        "일본",
        "대한민국",
        "유럽연합",
        "국제원자력기구",
        "유엔 안전보장이사회",
        "김정은",
        "아주 긴 이름을 가진 가상의 국제 협력 기구 대표단",
        "북대서양조약기구",
        "바그너 그룹",
        "우크라이나",
    ];

    #[derive(Clone, Copy, Debug)]
    enum Names {
        English,
        Korean,
        Mixed,
    }

    #[derive(Clone, Copy, Debug)]
    enum Relations {
        None,
        Chain,
        Star,
        Sparse,
        Dense,
        Complete,
    }

    fn names(count: usize, names: Names) -> Vec<String> {
        (0..count)
            .map(|i| {
                let list = match names {
                    Names::English => ENGLISH,
                    Names::Korean => KOREAN,
                    Names::Mixed if i % 2 == 0 => ENGLISH,
                    Names::Mixed => KOREAN,
                };
                let base = list[(i * 5) % list.len()];
                if i < list.len() {
                    base.to_owned()
                } else {
                    format!("{base} {}", i / list.len() + 1)
                }
            })
            .collect()
    }

    fn edge(source: usize, target: usize, directed: bool) -> EdgeInput {
        EdgeInput { source, target, directed }
    }

    fn relations(count: usize, relations: Relations) -> Vec<EdgeInput> {
        let all_pairs = (0..count).flat_map(|i| (i + 1..count).map(move |j| (i, j)));
        let mut edges: Vec<EdgeInput> = match relations {
            Relations::None => Vec::new(),
            Relations::Chain => (1..count).map(|i| edge(i - 1, i, i % 2 == 0)).collect(),
            Relations::Star => (1..count).map(|i| edge(0, i, true)).collect(),
            Relations::Sparse => all_pairs
                .filter(|(i, j)| (i * 7 + j * 3) % 5 == 0)
                .map(|(i, j)| edge(j, i, (i + j) % 2 == 0))
                .collect(),
            Relations::Dense => all_pairs
                .filter(|(i, j)| (i + 2 * j) % 3 != 0)
                .map(|(i, j)| edge(i, j, (i * j) % 3 == 1))
                .collect(),
            Relations::Complete => all_pairs.map(|(i, j)| edge(i, j, false)).collect(),
        };
        // Several relations between one pair, of both kinds and both directions.
        if count >= 2 && !matches!(relations, Relations::None) {
            edges.extend([edge(1, 0, true), edge(0, 1, false), edge(0, 1, true)]);
        }
        edges
    }

    fn map<'a>(labels: &'a [String], edges: Vec<EdgeInput>) -> MapInput<'a> {
        MapInput { nodes: labels.iter().map(|label| NodeInput { label }).collect(), edges }
    }

    /// The numbers in path data of the forms `MxyLxy`, `MxyQxyxy` and `MxyLxyLxyZ`.
    fn numbers(d: &str) -> Vec<f64> {
        d.split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect()
    }

    /// Points along a path's line or quadratic curve.
    fn path_points(d: &str) -> Vec<(f64, f64)> {
        let n = numbers(d);
        let (start, control, end) = match n.len() {
            4 => ((n[0], n[1]), ((n[0] + n[2]) / 2.0, (n[1] + n[3]) / 2.0), (n[2], n[3])),
            6 => ((n[0], n[1]), (n[2], n[3]), (n[4], n[5])),
            _ => panic!("unexpected path {d}"),
        };
        (0..=200)
            .map(|i| {
                let t = f64::from(i) / 200.0;
                let s = 1.0 - t;
                let mix = |a: f64, c: f64, b: f64| s * s * a + 2.0 * s * t * c + t * t * b;
                (mix(start.0, control.0, end.0), mix(start.1, control.1, end.1))
            })
            .collect()
    }

    fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
        (a.0 - b.0).hypot(a.1 - b.1)
    }

    fn boxes_overlap(a: &LabelBox, b: &LabelBox) -> bool {
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    fn box_distance(label: &LabelBox, p: (f64, f64)) -> f64 {
        let dx = (label.x - p.0).max(p.0 - (label.x + label.width)).max(0.0);
        let dy = (label.y - p.1).max(p.1 - (label.y + label.height)).max(0.0);
        dx.hypot(dy)
    }

    /// Everything the layout promises, whatever the input.
    fn check(case: &str, input: &MapInput) -> MapLayout {
        let out = layout(input);
        assert_eq!(out, layout(input), "{case}: not deterministic");
        assert_eq!(out.nodes.len(), input.nodes.len(), "{case}");
        assert!(out.width >= MIN_CANVAS && out.height >= MIN_CANVAS, "{case}: canvas too small");

        for (i, (node, actor)) in out.nodes.iter().zip(&input.nodes).enumerate() {
            let label = &node.label;
            assert_eq!(label.text, shown_label(actor.label), "{case}: label {i}");
            assert!(
                node.x - node.radius >= 0.0 && node.x + node.radius <= out.width,
                "{case}: {i}"
            );
            assert!(
                node.y - node.radius >= 0.0 && node.y + node.radius <= out.height,
                "{case}: {i}"
            );
            assert!(label.x >= 0.0 && label.x + label.width <= out.width, "{case}: label {i}");
            assert!(label.y >= 0.0 && label.y + label.height <= out.height, "{case}: label {i}");
            assert!(
                label.text_x >= label.x && label.text_x <= label.x + label.width,
                "{case}: {i}"
            );
            assert!(
                label.text_y >= label.y && label.text_y <= label.y + label.height,
                "{case}: {i}"
            );
            for (j, other) in out.nodes.iter().enumerate() {
                assert!(
                    box_distance(label, (other.x, other.y)) >= other.radius,
                    "{case}: label {i} covers actor {j}"
                );
                if j > i {
                    assert!(!boxes_overlap(label, &other.label), "{case}: labels {i} and {j}");
                    assert!(
                        distance((node.x, node.y), (other.x, other.y)) > node.radius + other.radius,
                        "{case}: actors {i} and {j} touch"
                    );
                }
            }
        }

        let valid: Vec<usize> = (0..input.edges.len())
            .filter(|&i| {
                let e = input.edges[i];
                e.source != e.target && e.source < input.nodes.len() && e.target < input.nodes.len()
            })
            .collect();
        assert_eq!(out.edges.iter().map(|e| e.edge).collect::<Vec<_>>(), valid, "{case}");
        for path in &out.edges {
            let relation = input.edges[path.edge];
            let (source, target) = (&out.nodes[relation.source], &out.nodes[relation.target]);
            let points = path_points(&path.d);
            let (first, last) = (points[0], points[points.len() - 1]);
            let rim = |p: (f64, f64), node: &NodePlace| {
                (distance(p, (node.x, node.y)) - node.radius).abs()
            };
            assert!(rim(first, source) < 0.15, "{case}: {} starts off the rim", path.d);
            assert!(rim(last, target) < 0.15, "{case}: {} ends off the rim", path.d);
            let (marker_x, marker_y) = (path.marker_x, path.marker_y);
            assert!(
                (0.0..=out.width).contains(&marker_x) && (0.0..=out.height).contains(&marker_y),
                "{case}: marker off the canvas"
            );
            assert_eq!(path.arrow.is_some(), relation.directed, "{case}: {}", path.d);
            if let Some(arrow) = &path.arrow {
                let corners = numbers(arrow);
                assert_eq!(corners.len(), 6, "{case}: {arrow}");
                assert!(
                    distance((corners[0], corners[1]), last) < 0.01,
                    "{case}: arrow tip off the end"
                );
                let base = ((corners[2] + corners[4]) / 2.0, (corners[3] + corners[5]) / 2.0);
                let centre = (target.x, target.y);
                assert!(
                    distance(base, centre) > distance(last, centre),
                    "{case}: arrow points out"
                );
            }
            for (k, node) in out.nodes.iter().enumerate() {
                if k == relation.source || k == relation.target {
                    continue;
                }
                for &p in &points {
                    assert!(
                        distance(p, (node.x, node.y)) >= node.radius,
                        "{case}: {} passes through actor {k}",
                        path.d
                    );
                }
            }
        }
        out
    }

    #[test]
    fn layouts_keep_their_promises() {
        use Names::*;
        use Relations::*;
        // (actors, names, relations, curves must clear every actor)
        let cases: &[(usize, Names, Relations)] = &[
            (1, English, None),
            (1, Korean, None),
            (2, English, Chain),
            (2, Korean, Complete),
            (3, Mixed, Complete),
            (6, English, Sparse),
            (6, Korean, Dense),
            (6, Mixed, Complete),
            (6, Korean, Star),
            (12, English, Chain),
            (12, Korean, Sparse),
            (12, Mixed, Dense),
            (12, English, Complete),
            (30, English, Sparse),
            (30, Korean, Dense),
            (30, Mixed, Star),
            (30, Mixed, Complete),
        ];
        for &(count, lang, kind) in cases {
            let labels = names(count, lang);
            let case = format!("{count} {lang:?} {kind:?}");
            check(&case, &map(&labels, relations(count, kind)));
        }
    }

    #[test]
    fn no_actors_is_an_empty_map() {
        let out = layout(&MapInput { nodes: Vec::new(), edges: vec![edge(0, 1, true)] });
        assert_eq!(out, MapLayout::default());
        assert_eq!((out.width, out.height), (0.0, 0.0));
    }

    #[test]
    fn one_actor_is_centred() {
        for label in ["Russia", "국제원자력기구", "International Atomic Energy Agency"] {
            let out = layout(&MapInput { nodes: vec![NodeInput { label }], edges: Vec::new() });
            let node = &out.nodes[0];
            assert_eq!((out.width, out.height), (MIN_CANVAS, MIN_CANVAS), "{label}");
            assert!((node.x - out.width / 2.0).abs() < 0.1, "{label}: x {}", node.x);
            assert!((node.y - out.height / 2.0).abs() < 0.1, "{label}: y {}", node.y);
        }
    }

    #[test]
    fn unusable_relations_are_skipped() {
        let labels = names(3, Names::English);
        let edges = vec![
            edge(0, 3, true),
            edge(1, 1, false),
            edge(usize::MAX, 0, true),
            edge(2, 0, true),
            edge(0, usize::MAX, false),
        ];
        let out = check("unusable", &map(&labels, edges));
        assert_eq!(out.edges.iter().map(|e| e.edge).collect::<Vec<_>>(), vec![3]);
    }

    #[test]
    fn relations_of_one_pair_are_drawn_apart() {
        let labels = names(6, Names::Mixed);
        let cases: &[&[EdgeInput]] = &[
            &[edge(2, 4, false), edge(2, 4, true)],
            &[edge(2, 4, true), edge(4, 2, true)],
            &[edge(2, 4, false), edge(4, 2, true), edge(2, 4, true), edge(2, 4, false)],
            &[edge(0, 1, false), edge(1, 0, false), edge(3, 5, true)],
        ];
        for &edges in cases {
            let out = check("pair", &map(&labels, edges.to_vec()));
            for (i, a) in out.edges.iter().enumerate() {
                for b in out.edges.iter().skip(i + 1) {
                    assert_ne!(a.d, b.d, "{edges:?}");
                    assert_ne!((a.marker_x, a.marker_y), (b.marker_x, b.marker_y), "{edges:?}");
                }
            }
        }
    }

    #[test]
    fn a_relation_bends_around_an_actor_in_its_way() {
        // Actors 0, 1, 2 sit next to each other on a crowded ring; the chord 0–2 would cross 1.
        let labels = names(24, Names::English);
        let edges = vec![edge(0, 1, false), edge(1, 2, false), edge(0, 2, true)];
        let out = check("bend", &map(&labels, edges));
        assert!(out.edges.iter().any(|e| e.d.contains('Q')), "{:?}", out.edges);
    }

    #[test]
    fn a_scrambled_cycle_is_drawn_without_crossings() {
        let labels = names(8, Names::English);
        let cycle = [0, 5, 2, 7, 4, 1, 6, 3];
        let edges = (0..8).map(|i| edge(cycle[i], cycle[(i + 1) % 8], false)).collect();
        let out = check("cycle", &map(&labels, edges));
        let count = out.nodes.len() as f64;
        let centre = (
            out.nodes.iter().map(|n| n.x).sum::<f64>() / count,
            out.nodes.iter().map(|n| n.y).sum::<f64>() / count,
        );
        let mut by_angle: Vec<usize> = (0..8).collect();
        let angle = |i: usize| (out.nodes[i].y - centre.1).atan2(out.nodes[i].x - centre.0);
        by_angle.sort_by(|&a, &b| angle(a).total_cmp(&angle(b)));
        let place: Vec<usize> =
            (0..8).map(|node| by_angle.iter().position(|&n| n == node).unwrap()).collect();
        for i in 0..8 {
            let gap = place[cycle[i]].abs_diff(place[cycle[(i + 1) % 8]]);
            assert!(gap == 1 || gap == 7, "{cycle:?} placed as {by_angle:?}");
        }
    }

    #[test]
    fn the_most_connected_actor_is_at_the_top() {
        let labels = names(7, Names::English);
        let edges = (0..7).filter(|&i| i != 4).map(|i| edge(4, i, true)).collect();
        let out = check("hub", &map(&labels, edges));
        let hub = &out.nodes[4];
        assert!(out.nodes.iter().all(|n| n.y >= hub.y), "{:?}", out.nodes);
    }

    #[test]
    fn labels_point_away_from_the_ring() {
        let labels = names(4, Names::English);
        let out = layout(&map(&labels, Vec::new()));
        let anchors: Vec<Anchor> = out.nodes.iter().map(|n| n.label.anchor).collect();
        // Four actors: top, right, bottom, left (or turned half a step: all at the sides).
        assert!(
            anchors == [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
                || anchors == [Anchor::Start, Anchor::Start, Anchor::End, Anchor::End],
            "{anchors:?}"
        );
        for node in &out.nodes {
            let label = &node.label;
            match label.anchor {
                Anchor::Start => assert!(label.x > node.x),
                Anchor::End => assert!(label.x + label.width < node.x),
                Anchor::Middle => assert!(label.y > node.y || label.y + label.height < node.y),
            }
        }
    }

    #[test]
    fn text_widths_are_estimated_per_script() {
        let cases: &[(&str, f64)] = &[
            ("", 0.0),
            ("abc", 3.0 * 0.6 * 13.0),
            ("북한", 2.0 * 13.0),
            ("北朝鮮", 3.0 * 13.0),
            ("UN 안보리", (3.0 * 0.6 + 3.0) * 13.0),
        ];
        for &(label, width) in cases {
            assert!((text_width(label, 13.0) - width).abs() < 1e-9, "{label}");
        }
        assert!((text_width("ab", 20.0) - 24.0).abs() < 1e-9);
    }

    #[test]
    fn long_labels_are_cut() {
        let cases: &[(&str, &str)] = &[
            ("Russia", "Russia"),
            ("  Russia ", "Russia"),
            ("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwx"),
            ("abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvw…"),
            ("International Atomic Energy Agency", "International Atomic En…"),
            ("Ministry of Foreign Affairs of Japan", "Ministry of Foreign Aff…"),
            (
                "아주 긴 이름을 가진 가상의 국제 협력 기구 대표단",
                "아주 긴 이름을 가진 가상의 국제 협력 기…",
            ),
            ("a                        b", "a…"),
        ];
        for &(label, shown) in cases {
            assert_eq!(shown_label(label), shown, "{label}");
            assert!(shown_label(label).chars().count() <= MAX_LABEL_CHARS);
        }
    }

    #[test]
    fn paths_are_rounded_to_a_tenth() {
        let labels = names(12, Names::Mixed);
        let out = layout(&map(&labels, relations(12, Relations::Dense)));
        for path in &out.edges {
            for text in [Some(&path.d), path.arrow.as_ref()].into_iter().flatten() {
                for number in text.split(|c: char| c.is_ascii_alphabetic() || c == ' ') {
                    if !number.is_empty() {
                        assert_eq!(number.split('.').nth(1).map(str::len), Some(1), "{text}");
                    }
                }
            }
        }
    }
}
