// The actor map's layout, ported line by line from src/map_layout.rs so that the twin does
// the same work as the widget: actors on one ring (most connected at the top, neighbours
// untangled by adjacent swaps), labels beside them, the ring grown until nothing overlaps, and
// rim-to-rim relations fanned out per pair and bent around actors in the way. Same constants,
// same order of operations, same rounding; deterministic.

export const LABEL_FONT_PX = 13.0;
export const MAX_LABEL_CHARS = 24;
const LABEL_HEIGHT = LABEL_FONT_PX * 1.4;
const LABEL_PAD = 3.0;
const BASELINE_DROP = LABEL_FONT_PX * 0.35;
const LABEL_GAP = 5.0;
const CLEARANCE = 2.0;
const MIDDLE_BAND = 0.05;
const NODE_RADIUS = 8.0;
const NODE_RADIUS_STEP = 1.5;
const NODE_RADIUS_MAX = 16.0;
const NODE_GAP = 12.0;
const MIN_SPACING = 96.0;
const RING_GROWTH = 1.08;
const MAX_RING_STEPS = 200;
const EDGE_CLEARANCE = 3.0;
const FAN_STEP = 28.0;
const BEND_STEP = 6.0;
const MAX_BEND_STEPS = 120;
const SAMPLE_PX = 6.0;
const ARROW_LENGTH = 8.0;
const ARROW_HALF_WIDTH = 4.0;
const MARGIN = 12.0;
const MIN_CANVAS = 240.0;
const ORDER_WORK_BUDGET = 20_000_000;
const TAU = Math.PI * 2;
const FRAC_PI_2 = Math.PI / 2;

const START = 'start';
const MIDDLE = 'middle';
const END = 'end';

const WHITE = /^\p{White_Space}+|\p{White_Space}+$/gu;
const WHITE_END = /\p{White_Space}+$/u;

function isWide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa960 && cp <= 0xa97f)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xd7b0 && cp <= 0xd7ff) || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)
    || (cp >= 0x20000 && cp <= 0x3fffd);
}

export function textWidth(label, fontPx) {
  let sum = 0;
  for (const c of label) sum += isWide(c.codePointAt(0)) ? 1.0 : 0.6;
  return sum * fontPx;
}

function shownLabel(label) {
  const trimmed = label.replace(WHITE, '');
  const chars = Array.from(trimmed);
  if (chars.length <= MAX_LABEL_CHARS) return trimmed;
  return `${chars.slice(0, MAX_LABEL_CHARS - 1).join('').replace(WHITE_END, '')}…`;
}

// Point helpers on {x, y}.
const pt = (x, y) => ({ x, y });
const add = (a, b) => pt(a.x + b.x, a.y + b.y);
const sub = (a, b) => pt(a.x - b.x, a.y - b.y);
const mul = (a, k) => pt(a.x * k, a.y * k);
const len = (a) => Math.hypot(a.x, a.y);
const dot = (a, b) => a.x * b.x + a.y * b.y;
const normal = (a) => pt(-a.y, a.x);
function unitOr(a, fallback) {
  const l = len(a);
  return l > 1e-9 ? mul(a, 1.0 / l) : fallback;
}

function rectDistance(r, p) {
  const dx = Math.max(r.x - p.x, p.x - (r.x + r.width), 0.0);
  const dy = Math.max(r.y - p.y, p.y - (r.y + r.height), 0.0);
  return Math.hypot(dx, dy);
}

function rectsApart(a, b, gap) {
  return a.x + a.width + gap <= b.x || b.x + b.width + gap <= a.x
    || a.y + a.height + gap <= b.y || b.y + b.height + gap <= a.y;
}

function pairKey(a, b) {
  return Math.min(a, b) * 0x100000 + Math.max(a, b);
}

function actorPairs(edges) {
  const weights = new Map();
  for (const [, e] of edges) {
    const key = pairKey(e.source, e.target);
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  return [...weights.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, weight]) => ({ low: Math.floor(key / 0x100000), high: key % 0x100000, weight }));
}

function ringOrder(count, pairs) {
  const links = Array.from({ length: count }, () => []);
  for (const p of pairs) {
    links[p.low].push([p.high, p.weight]);
    links[p.high].push([p.low, p.weight]);
  }
  const degree = links.map((list) => list.reduce((s, [, w]) => s + w, 0));
  const placed = new Array(count).fill(false);
  const pull = new Array(count).fill(0);
  const order = [];
  while (order.length < count) {
    let next = -1;
    for (let n = 0; n < count; n++) {
      if (placed[n]) continue;
      if (next < 0 || pull[n] > pull[next] || (pull[n] === pull[next] && degree[n] > degree[next])) next = n;
    }
    if (next < 0) break;
    order.push(next);
    placed[next] = true;
    const recency = order.length;
    for (const [other, weight] of links[next]) pull[other] += weight * recency;
  }
  const hub = order[0];
  untangle(order, pairs);
  const at = order.indexOf(hub);
  if (at > 0) order.push(...order.splice(0, at));
  return order;
}

function untangle(order, pairs) {
  const count = order.length;
  if (count < 4) return;
  const position = new Array(count).fill(0);
  order.forEach((node, at) => { position[node] = at; });
  const workPerTry = Math.floor((pairs.length * pairs.length) / 2) + pairs.length + 1;
  let work = 0;
  let best = orderCost(position, pairs);
  let improved = true;
  while (improved) {
    improved = false;
    for (let at = 0; at < count; at++) {
      work += workPerTry;
      if (work > ORDER_WORK_BUDGET) return;
      const next = (at + 1) % count;
      swapPlaces(order, position, at, next);
      const cost = orderCost(position, pairs);
      if (cost[0] < best[0] || (cost[0] === best[0] && cost[1] < best[1])) {
        best = cost;
        improved = true;
      } else {
        swapPlaces(order, position, at, next);
      }
    }
  }
}

function swapPlaces(order, position, a, b) {
  const first = order[a];
  const second = order[b];
  order[a] = second;
  order[b] = first;
  position[first] = b;
  position[second] = a;
}

function orderCost(position, pairs) {
  const count = position.length;
  const n = pairs.length;
  const lo = new Array(n);
  const hi = new Array(n);
  let crossings = 0;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const a = position[pairs[i].low];
    const b = position[pairs[i].high];
    lo[i] = Math.min(a, b);
    hi[i] = Math.max(a, b);
  }
  for (let i = 0; i < n; i++) {
    const a = lo[i];
    const b = hi[i];
    length += pairs[i].weight * Math.min(b - a, count - (b - a));
    for (let j = i + 1; j < n; j++) {
      const c = lo[j];
      const d = hi[j];
      const shared = a === c || a === d || b === c || b === d;
      if (!shared && ((a < c && c < b) !== (a < d && d < b))) crossings++;
    }
  }
  return [crossings, length];
}

function isLegible(nodes) {
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i];
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j];
      if (!(len(sub(a.centre, b.centre)) + 1e-6 >= a.radius + b.radius + NODE_GAP
        && rectsApart(a.label, b.label, CLEARANCE)
        && rectDistance(a.label, b.centre) >= b.radius + CLEARANCE
        && rectDistance(b.label, a.centre) >= a.radius + CLEARANCE)) return false;
    }
  }
  return true;
}

function placeRing(order, shapes, turned) {
  const count = shapes.length;
  const step = TAU / Math.max(count, 1);
  const start = -FRAC_PI_2 + (turned ? step / 2.0 : 0.0);
  const angles = new Array(count).fill(0.0);
  order.forEach((node, at) => { angles[node] = start + step * at; });
  const around = angles.map((angle, i) => {
    const [radius, width] = shapes[i];
    const direction = pt(Math.cos(angle), Math.sin(angle));
    const [label, anchor] = labelBeside(direction, radius, width);
    return { direction, radius, label, anchor };
  });
  const largest = shapes.reduce((m, [r]) => Math.max(m, r), 0.0);
  let radius = count < 2 ? 0.0 : Math.max(2.0 * largest + NODE_GAP, MIN_SPACING) / (2.0 * Math.sin(step / 2.0));
  let attempt = 0;
  for (;;) {
    const nodes = around.map(({ direction, radius: nodeRadius, label, anchor }) => {
      const centre = mul(direction, radius);
      return { centre, radius: nodeRadius, label: { ...label, x: label.x + centre.x, y: label.y + centre.y }, anchor };
    });
    attempt++;
    if (count < 2 || attempt >= MAX_RING_STEPS || isLegible(nodes)) return { radius, nodes };
    radius *= RING_GROWTH;
  }
}

function labelBeside(direction, radius, width) {
  const anchor = Math.abs(direction.x) < MIDDLE_BAND ? MIDDLE : direction.x > 0.0 ? START : END;
  const height = LABEL_HEIGHT;
  const at = (distance) => {
    const a = mul(direction, distance);
    let x;
    let y;
    if (anchor === START) [x, y] = [a.x, a.y - height / 2.0];
    else if (anchor === END) [x, y] = [a.x - width, a.y - height / 2.0];
    else if (direction.y < 0.0) [x, y] = [a.x - width / 2.0, a.y - height];
    else [x, y] = [a.x - width / 2.0, a.y];
    return { x, y, width, height };
  };
  const wanted = radius + LABEL_GAP;
  const origin = pt(0.0, 0.0);
  let distance = wanted;
  for (let i = 0; i < 400; i++) {
    if (rectDistance(at(distance), origin) >= wanted) break;
    distance += 0.5;
  }
  return [at(distance), anchor];
}

function curveAt(c, t) {
  const s = 1.0 - t;
  return add(add(mul(c.start, s * s), mul(c.control, 2.0 * s * t)), mul(c.end, t * t));
}

function samples(c) {
  const reach = len(sub(c.control, c.start)) + len(sub(c.end, c.control));
  const segments = Math.min(Math.max(Math.ceil(reach / SAMPLE_PX), 8.0), 96.0);
  const out = new Array(segments + 1);
  for (let i = 0; i <= segments; i++) out[i] = curveAt(c, i / segments);
  return out;
}

function rimCurve(from, to, bend) {
  const along = unitOr(sub(to.centre, from.centre), pt(1.0, 0.0));
  const control = add(mul(add(from.centre, to.centre), 0.5), mul(normal(along), bend));
  return {
    start: add(from.centre, mul(unitOr(sub(control, from.centre), along), from.radius)),
    control,
    end: add(to.centre, mul(unitOr(sub(control, to.centre), mul(along, -1.0)), to.radius)),
    straight: bend === 0.0,
  };
}

function nearestActor(curve, nodes, low, high) {
  const corners = [curve.start, curve.control, curve.end];
  const minX = Math.min(...corners.map((p) => p.x));
  const maxX = Math.max(...corners.map((p) => p.x));
  const minY = Math.min(...corners.map((p) => p.y));
  const maxY = Math.max(...corners.map((p) => p.y));
  let points = null;
  let nearest = null;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    const reach = node.radius + EDGE_CLEARANCE;
    const c = node.centre;
    const far = c.x < minX - reach || c.x > maxX + reach || c.y < minY - reach || c.y > maxY + reach;
    if (index === low || index === high || far) continue;
    points ??= samples(curve);
    let distance = Infinity;
    for (let i = 0; i + 1 < points.length; i++) distance = Math.min(distance, segmentDistance(c, points[i], points[i + 1]));
    const clearance = distance - node.radius;
    if (nearest === null || clearance < nearest[0]) nearest = [clearance, index];
  }
  return nearest;
}

function segmentDistance(p, a, b) {
  const ab = sub(b, a);
  const squared = dot(ab, ab);
  const t = squared > 0.0 ? Math.min(Math.max(dot(sub(p, a), ab) / squared, 0.0), 1.0) : 0.0;
  return len(sub(add(a, mul(ab, t)), p));
}

function routePair(low, high, relations, nodes) {
  const a = nodes[low];
  const b = nodes[high];
  const middle = (relations.length - 1.0) / 2.0;
  const fan = relations.map((_, i) => (i - middle) * FAN_STEP);
  const nearest = (shift) => {
    let best = null;
    for (const bend of fan) {
      const near = nearestActor(rimCurve(a, b, bend + shift), nodes, low, high);
      if (near !== null && (best === null || near[0] < best[0])) best = near;
    }
    return best;
  };
  const isClear = (near) => near === null || near[0] >= EDGE_CLEARANCE;

  const straight = nearest(0.0);
  let shift = 0.0;
  if (straight !== null && !isClear(straight)) {
    const [gap, inTheWay] = straight;
    const left = normal(unitOr(sub(b.centre, a.centre), pt(1.0, 0.0)));
    const side = dot(sub(nodes[inTheWay].centre, mul(add(a.centre, b.centre), 0.5)), left);
    const away = side > 0.0 ? -1.0 : 1.0;
    const steps = Math.min(Math.ceil((Math.max(len(sub(a.centre, b.centre)), 60.0) * 1.5) / BEND_STEP), MAX_BEND_STEPS);
    const tries = [];
    for (let k = 1; k <= steps; k++) tries.push(away * BEND_STEP * k);
    for (let k = 1; k <= steps; k++) tries.push(-away * BEND_STEP * k);
    let best = [gap, 0.0];
    for (const candidate of tries) {
      const near = nearest(candidate);
      if (isClear(near)) {
        best = [Infinity, candidate];
        break;
      }
      if (near !== null && near[0] > best[0]) best = [near[0], candidate];
    }
    shift = best[1];
  }
  return relations.map(([index, edge], i) => {
    const curve = rimCurve(a, b, fan[i] + shift);
    const drawn = edge.source === low ? curve : { ...curve, start: curve.end, end: curve.start };
    return { index, curve: drawn, directed: edge.directed };
  });
}

function arrowhead(curve) {
  const tip = curve.end;
  const along = unitOr(sub(tip, curve.control), pt(1.0, 0.0));
  const base = sub(tip, mul(along, ARROW_LENGTH));
  const side = mul(normal(along), ARROW_HALF_WIDTH);
  return [tip, add(base, side), sub(base, side)];
}

function canvasAxis(low, high) {
  const size = Math.ceil(Math.max(high - low + 2.0 * MARGIN, MIN_CANVAS) * 10.0) / 10.0;
  const shift = Math.min(Math.max(size / 2.0, MARGIN - low), size - MARGIN - high);
  return [size, shift];
}

/** Rust's `f64::round`: halves away from zero. */
function roundAway(v) {
  return v < 0 ? -Math.round(-v) : Math.round(v);
}

function round(value) {
  return roundAway(value * 10.0) / 10.0;
}

/** Rust's `format!("{:.N}")`: exact value, ties to even, and a sign on negative zero. */
export function fixed(value, digits) {
  let text = value.toFixed(digits);
  // toFixed breaks an exact tie upwards; the exact expansion shows whether there is one.
  const exact = Math.abs(value).toFixed(60);
  const rest = exact.slice(exact.indexOf('.') + 1 + digits);
  if (/^50*$/.test(rest)) {
    const kept = exact.slice(0, exact.indexOf('.') + 1 + digits).replace(/\.$/, '');
    const last = Number(kept.charAt(kept.length - 1));
    if (last % 2 === 0) text = `${value < 0 ? '-' : ''}${kept}`;
  }
  if ((value < 0 || Object.is(value, -0)) && !text.startsWith('-')) text = `-${text}`;
  return text;
}

function finish(nodes, texts, edges) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (p) => {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  };
  for (const node of nodes) {
    include(pt(node.centre.x - node.radius, node.centre.y - node.radius));
    include(pt(node.centre.x + node.radius, node.centre.y + node.radius));
    include(pt(node.label.x, node.label.y));
    include(pt(node.label.x + node.label.width, node.label.y + node.label.height));
  }
  for (const edge of edges) {
    for (const p of samples(edge.curve)) include(p);
    if (edge.directed) for (const p of arrowhead(edge.curve)) include(p);
  }
  const [width, shiftX] = canvasAxis(minX, maxX);
  const [height, shiftY] = canvasAxis(minY, maxY);
  const place = (p) => pt(p.x + shiftX, p.y + shiftY);
  const coords = (p) => {
    const q = place(p);
    return `${fixed(q.x, 1)} ${fixed(q.y, 1)}`;
  };
  return {
    width,
    height,
    nodes: nodes.map((node, i) => {
      const centre = place(node.centre);
      const corner = place(pt(node.label.x, node.label.y));
      const textX = node.anchor === START ? corner.x + LABEL_PAD
        : node.anchor === MIDDLE ? corner.x + node.label.width / 2.0
          : corner.x + node.label.width - LABEL_PAD;
      return {
        x: round(centre.x),
        y: round(centre.y),
        radius: node.radius,
        label: {
          x: round(corner.x),
          y: round(corner.y),
          width: round(node.label.width),
          height: round(node.label.height),
          anchor: node.anchor,
          textX: round(textX),
          textY: round(corner.y + node.label.height / 2.0 + BASELINE_DROP),
          text: texts[i],
        },
      };
    }),
    edges: edges.map((edge) => {
      const c = edge.curve;
      const d = c.straight ? `M${coords(c.start)}L${coords(c.end)}` : `M${coords(c.start)}Q${coords(c.control)} ${coords(c.end)}`;
      const marker = place(curveAt(c, 0.5));
      let arrow = null;
      if (edge.directed) {
        const [tip, l, r] = arrowhead(c);
        arrow = `M${coords(tip)}L${coords(l)}L${coords(r)}Z`;
      }
      return { edge: edge.index, d, markerX: round(marker.x), markerY: round(marker.y), arrow };
    }),
  };
}

/**
 * Lays out a map: `labels` one per actor, `edges` `{ source, target, directed }`.
 * Returns `{ width, height, nodes, edges }` as `MapLayout` in Rust.
 */
export function layout(labels, inputEdges) {
  const count = labels.length;
  if (count === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const edges = [];
  inputEdges.forEach((e, i) => {
    if (e.source !== e.target && e.source < count && e.target < count) edges.push([i, e]);
  });
  const pairs = actorPairs(edges);
  const neighbours = new Array(count).fill(0);
  for (const p of pairs) {
    neighbours[p.low]++;
    neighbours[p.high]++;
  }
  const texts = labels.map(shownLabel);
  const shapes = texts.map((text, i) => [
    Math.min(NODE_RADIUS + NODE_RADIUS_STEP * neighbours[i], NODE_RADIUS_MAX),
    textWidth(text, LABEL_FONT_PX) + 2.0 * LABEL_PAD,
  ]);
  const order = ringOrder(count, pairs);
  const upright = placeRing(order, shapes, false);
  const turned = placeRing(order, shapes, true);
  const ring = turned.radius < upright.radius ? turned : upright;

  const byPair = new Map();
  for (const entry of edges) {
    const key = pairKey(entry[1].source, entry[1].target);
    if (!byPair.has(key)) byPair.set(key, []);
    byPair.get(key).push(entry);
  }
  const drawn = [];
  for (const key of [...byPair.keys()].sort((a, b) => a - b)) {
    drawn.push(...routePair(Math.floor(key / 0x100000), key % 0x100000, byPair.get(key), ring.nodes));
  }
  drawn.sort((a, b) => a.index - b.index);
  return finish(ring.nodes, texts, drawn);
}
