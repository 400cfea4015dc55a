// A vanilla-JS twin of the briefing widget, for benchmarks: from the same report JSON it builds
// the same DOM (elements, classes, attributes, ids, data-testids, text) inside an open shadow
// root with the same stylesheet, and does the same language switch and expand all / collapse
// all, written by hand for speed: createElement and textContent, one fragment, and on a switch
// only the nodes whose text depends on the language are touched.
//
// Like the widget, the quotes, the relation list and the story are native <details> whose
// content is built when the `toggle` event says they opened and removed when they close; the
// twin is live as soon as it is mounted (`data-live`).
//
// It does not validate the report (the widget's validation is part of its cost), and it wires
// only what the benchmark and the twin test drive: the language toggle, expand all and the
// disclosures (not the actor buttons or the evidence links).

import { layout, fixed } from './map-layout.js';

const STYLES = await fetch(new URL('style.css', import.meta.url)).then((r) => r.text());
let sheet = null;
let nextInstance = 1;

const SVG = 'http://www.w3.org/2000/svg';
const EXCERPT_CHARS = 90;

const CATALOGUE = {
  en: {
    language_name: 'English', switch_language: 'Read this briefing in English',
    fallback_note: 'Not available in English; shown in Korean', briefing: 'Story briefing',
    key_points: 'Key points', quotes: 'Who said what', story: 'The story', relations: 'Who stands where',
    expand_all: 'Expand all quotes', collapse_all: 'Collapse all quotes', show_quote: 'Show full quote',
    hide_quote: 'Hide full quote', context: 'Context', reported_by: 'Reported by', original_story: 'Original story',
    machine_extracted: 'Machine-extracted: check against the original story',
    actors: 'Select an actor to highlight its relations', map_label: 'Map of the relations between the actors',
    cooperative: 'cooperative', hostile: 'hostile', neutral: 'neutral', reported: 'reported', analysis: 'analysis',
    expected: 'expected', possible: 'possible', denied: 'denied', mutual: 'mutual', evidence: 'Evidence',
    paragraph: 'Paragraph', legend_reported: 'solid line: reported as fact',
    legend_unconfirmed: 'dashed line: analysis, expectation, possibility or denial',
    show_story: 'Show the whole story', hide_story: 'Hide the whole story',
    show_relations: 'Show every relation', hide_relations: 'Hide the relation list',
  },
  ko: {
    language_name: '한국어', switch_language: '이 브리핑을 한국어로 보기',
    fallback_note: '한국어 내용이 없어 영어로 표시합니다', briefing: '뉴스 브리핑',
    key_points: '핵심 내용', quotes: '주요 발언', story: '기사 전문', relations: '관계 요약',
    expand_all: '발언 모두 펼치기', collapse_all: '발언 모두 접기', show_quote: '발언 전체 보기',
    hide_quote: '발언 접기', context: '배경', reported_by: '취재', original_story: '기사 원문',
    machine_extracted: '자동 추출된 브리핑입니다. 원문과 대조해 주세요',
    actors: '행위자를 선택하면 관련 관계가 강조됩니다', map_label: '행위자 간 관계도',
    cooperative: '협력', hostile: '적대', neutral: '중립', reported: '보도된 사실', analysis: '분석',
    expected: '전망', possible: '가능성', denied: '부인', mutual: '상호', evidence: '근거',
    paragraph: '문단', legend_reported: '실선: 사실로 보도됨', legend_unconfirmed: '점선: 분석·전망·가능성·부인',
    show_story: '기사 전문 보기', hide_story: '기사 전문 접기',
    show_relations: '관계 목록 보기', hide_relations: '관계 목록 접기',
  },
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const other = (lang) => (lang === 'en' ? 'ko' : 'en');

/** `[shown language, text]`, or null when the text has neither. */
function resolve(text, lang) {
  if (text == null) return null;
  if (text[lang] != null) return [lang, text[lang]];
  const o = other(lang);
  return text[o] != null ? [o, text[o]] : null;
}

function formatDate(date, lang) {
  const parts = date.slice(0, 10).split('-');
  if (parts.length < 3 || !/^\+?\d+$/.test(parts[1]) || !/^\+?\d+$/.test(parts[2])) return date;
  const [year, m, d] = parts;
  const month = Number(m);
  const day = Number(d);
  if (day > 255) return date;
  if (lang === 'ko') return `${year}년 ${month}월 ${day}일`;
  const name = MONTHS[month - 1];
  return name ? `${name} ${day}, ${year}` : date;
}

const MAP_MAX_ACTORS = 30;

/** The actors on the map, as the widget picks them: all, or the 30 with the most relations. */
function mostRelated(count, ends) {
  if (count <= MAP_MAX_ACTORS) return Array.from({ length: count }, (_, i) => i);
  const degree = new Array(count).fill(0);
  for (const [s, t] of ends) {
    degree[s]++;
    degree[t]++;
  }
  const ranked = Array.from({ length: count }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  return ranked.slice(0, MAP_MAX_ACTORS).sort((a, b) => a - b);
}

function mapNote(lang, shown, total) {
  return lang === 'ko'
    ? `관계도에는 관계가 가장 많은 ${shown}곳만 표시했습니다. 아래 목록에 ${total}곳 모두 있습니다.`
    : `The map shows the ${shown} actors with the most relations; the list below has all ${total}.`;
}

function relationsSummary(lang, actors, counts) {
  const relations = counts.cooperative + counts.hostile + counts.neutral;
  if (lang === 'en') {
    const plural = (n, word) => (n === 1 ? `${n} ${word}` : `${n} ${word}s`);
    return `${plural(actors, 'actor')} and ${plural(relations, 'relation')}: ${counts.cooperative} cooperative, ${counts.hostile} hostile, ${counts.neutral} neutral.`;
  }
  return `행위 주체 ${actors}곳, 관계 ${relations}건: 협력 ${counts.cooperative}건, 적대 ${counts.hostile}건, 중립 ${counts.neutral}건.`;
}

const utf8Length = (c) => { const cp = c.codePointAt(0); return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; };
const SPACE = /\p{White_Space}/u;
const TRIM = /^\p{White_Space}+|\p{White_Space}+$/gu;
const TAIL = /[\p{White_Space},.]+$/u;

/** The widget's excerpt: `max` characters, cut at a word where one is past the middle (in bytes). */
function excerpt(text, max) {
  const trimmed = text.replace(TRIM, '');
  const chars = Array.from(trimmed);
  if (chars.length <= max) return trimmed;
  let cut = 0;
  let space = -1;
  let spaceByte = -1;
  for (let i = 0; i < max; i++) {
    if (SPACE.test(chars[i])) { space = i; spaceByte = cut; }
    cut += utf8Length(chars[i]);
  }
  const head = space >= 0 && spaceByte > Math.floor(cut / 2) ? chars.slice(0, space) : chars.slice(0, max);
  return `${head.join('').replace(TAIL, '')}…`;
}

function el(tag, className, attrs) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (attrs) for (const name in attrs) e.setAttribute(name, attrs[name]);
  return e;
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const name in attrs) e.setAttribute(name, attrs[name]);
  return e;
}

/** Mounts the twin into `element`'s (new) open shadow root. */
export function mountTwin(element, report, { lang = 'en' } = {}) {
  const instance = nextInstance++;
  const p = `b${instance}`;
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  root.adoptedStyleSheets = [sheet];

  let current = lang;
  const updaters = []; // each (lang) => void, run on a language switch
  // Where new updaters go: `updaters`, or while a disclosure's content is built, that
  // content's own list, dropped with the content when the disclosure closes.
  let scope = updaters;
  const onLang = (update) => { scope.push(update); };
  /** Runs `build` with its updaters collected in `list`. */
  const within = (list, build) => {
    const outer = scope;
    scope = list;
    try {
      build();
    } finally {
      scope = outer;
    }
  };
  const text = (lang) => CATALOGUE[lang];
  const bindText = (node, key) => {
    node.textContent = text(current)[key];
    onLang((l) => { node.textContent = text(l)[key]; });
    return node;
  };
  /** A summary's two labels, one shown by the stylesheet as the disclosure is closed or open. */
  const labels = (node, closed, open) => {
    node.append(bindText(el('span', 'briefing-when-closed'), closed), bindText(el('span', 'briefing-when-open'), open));
    return node;
  };
  /** `update(open)` when the reader (or the browser) opens or closes `details`. */
  const onToggle = (details, update) => {
    details.addEventListener('toggle', () => update(details.hasAttribute('open')));
  };
  // The widget writes the attribute as `open="open"`; a reader's click writes `open=""`.
  const setOpenAttribute = (details, open) => {
    if (open) details.setAttribute('open', 'open');
    else details.removeAttribute('open');
  };

  const speakers = new Map(report.speakers?.map((s) => [s.id, s]) ?? []);
  const actors = report.actors ?? [];
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const quotes = report.quotes ?? [];
  const quoteIndex = new Map(quotes.map((q, i) => [q.id, i]));
  const paragraphIndex = new Map(report.body.map((b, i) => [b.id, i]));

  /** Writes a passage's text, `lang`, class and fallback note for `l`. */
  function fillPassage(e, t, l, className) {
    const shown = resolve(t, l);
    const fallback = shown[0] !== l;
    e.textContent = shown[1];
    if (fallback) {
      e.setAttribute('lang', shown[0]);
      e.className = className ? `${className} briefing-fallback` : 'briefing-fallback';
      const note = el('span', 'briefing-fallback__note', { lang: l });
      note.textContent = text(l).fallback_note;
      e.append(note);
    } else {
      e.removeAttribute('lang');
      if (className) e.className = className;
      else e.removeAttribute('class');
    }
  }
  /** A passage bound to the language: `bound` false for passages rebuilt by their owner. */
  function passage(t, tag = 'span', className = '', extra = null, bound = true) {
    const e = el(tag, '', extra);
    if (!resolve(t, current)) return document.createDocumentFragment();
    fillPassage(e, t, current, className);
    if (bound) onLang((l) => fillPassage(e, t, l, className));
    return e;
  }

  // The widget root.
  const mountPoint = el('div', 'briefing-root');
  const article = el('article', `briefing briefing--${current}`, { lang: current, 'data-testid': 'briefing', 'aria-label': text(current).briefing, 'data-live': '' });
  updaters.push((l) => {
    article.className = `briefing briefing--${l}`;
    article.setAttribute('lang', l);
    article.setAttribute('aria-label', text(l).briefing);
  });

  // Header.
  const source = report.source;
  const header = el('header', 'briefing-header');
  const bar = el('div', 'briefing-header__bar');
  const meta = el('p', 'briefing-header__meta');
  meta.append(passage(source.publisher, 'span', 'briefing-header__publisher'));
  if (source.datePublished) {
    const time = el('time', 'briefing-header__date', { datetime: source.datePublished });
    time.textContent = formatDate(source.datePublished, current);
    updaters.push((l) => { time.textContent = formatDate(source.datePublished, l); });
    meta.append(time);
  }
  if (source.byline) {
    const byline = el('span', 'briefing-header__byline');
    const label = document.createTextNode(`${text(current).reported_by} `);
    updaters.push((l) => { label.data = `${text(l).reported_by} `; });
    byline.append(label, passage(source.byline));
    meta.append(byline);
  }
  const langToggle = el('button', 'briefing-header__lang briefing-script-only', { type: 'button', 'data-testid': 'lang-toggle' });
  const setToggle = (l) => {
    const o = other(l);
    langToggle.setAttribute('lang', o);
    langToggle.setAttribute('title', text(o).switch_language);
    langToggle.textContent = text(o).language_name;
  };
  setToggle(current);
  updaters.push(setToggle);
  langToggle.addEventListener('click', () => setLang(other(current)));
  bar.append(meta, langToggle);
  header.append(bar);
  if (report.generator?.kind === 'ingester') {
    header.append(bindText(el('p', 'briefing-header__machine', { 'data-testid': 'machine-extracted' }), 'machine_extracted'));
  }
  header.append(
    passage(report.headline, 'h2', 'briefing-header__headline', { 'data-testid': 'headline' }),
    passage(report.lead, 'p', 'briefing-header__lead', { 'data-testid': 'lead' }),
  );
  article.append(header);

  // Key points.
  const points = report.key_points ?? [];
  if (points.length) {
    const section = el('section', 'briefing-key-points', { 'aria-labelledby': `${p}-points` });
    const list = el('ul', 'briefing-points', { 'data-testid': 'key-points' });
    for (const point of points) list.append(passage(point, 'li'));
    section.append(bindText(el('h3', 'briefing-section__title', { id: `${p}-points` }), 'key_points'), list);
    article.append(section);
  }

  // Quotes.
  const cards = [];
  let expandAllButton = null;
  if (quotes.length) {
    const section = el('section', 'briefing-quotes', { 'aria-labelledby': `${p}-quotes` });
    const head = el('div', 'briefing-section__head');
    expandAllButton = el('button', 'briefing-quotes__all briefing-script-only', { type: 'button', 'data-testid': 'expand-all', 'aria-pressed': 'false' });
    expandAllButton.textContent = text(current).expand_all;
    expandAllButton.addEventListener('click', () => expandAll());
    head.append(bindText(el('h3', 'briefing-section__title', { id: `${p}-quotes` }), 'quotes'), expandAllButton);
    const list = el('ul', 'briefing-quotes__list');
    quotes.forEach((quote) => {
      const card = quoteCard(quote);
      cards.push(card);
      list.append(card.li);
    });
    section.append(head, list);
    article.append(section);
  }

  function quoteCard(quote) {
    const speaker = speakers.get(quote.speaker);
    const cardId = `${p}-${quote.id}`;
    const li = el('li', 'briefing-quote', { id: cardId, 'data-testid': 'quote', tabindex: '-1', 'data-highlighted': 'false' });
    const who = el('p', 'briefing-quote__speaker');
    if (speaker) who.append(passage(speaker.name, 'span', 'briefing-quote__name'));
    const role = el('span', 'briefing-quote__role');
    if (speaker?.title) role.append(passage(speaker.title));
    if (speaker?.title && speaker?.organisation) role.append(', ');
    if (speaker?.organisation) role.append(passage(speaker.organisation));
    who.append(role);
    const excerptEl = el('p', 'briefing-quote__excerpt');
    const fillExcerpt = (l) => {
      const shown = resolve(quote.text, l);
      if (shown[0] !== l) excerptEl.setAttribute('lang', shown[0]);
      else excerptEl.removeAttribute('lang');
      excerptEl.textContent = excerpt(shown[1], EXCERPT_CHARS);
    };
    fillExcerpt(current);
    const details = el('details', 'briefing-quote__details');
    const summary = labels(el('summary', 'briefing-quote__toggle', { 'data-testid': 'quote-toggle' }), 'show_quote', 'hide_quote');
    const full = el('div', 'briefing-quote__full', { 'data-testid': 'quote-full' });
    details.append(summary, full);
    li.append(who, excerptEl, details);
    const card = { li, open: false };
    const fillFull = (l) => {
      const body = el('blockquote');
      fillPassage(body, quote.text, l, 'briefing-quote__text');
      full.replaceChildren(body);
      if (quote.context) {
        const context = el('p', 'briefing-quote__context');
        const label = el('span', 'briefing-quote__context-label');
        label.textContent = `${text(l).context}: `;
        const ctx = el('span');
        fillPassage(ctx, quote.context, l, '');
        context.append(label, ctx);
        full.append(context);
      }
    };
    card.setOpen = (open) => {
      if (open === card.open) return false;
      card.open = open;
      li.className = open ? 'briefing-quote briefing-quote--open' : 'briefing-quote';
      setOpenAttribute(details, open);
      if (open) fillFull(current);
      else full.replaceChildren();
      return true;
    };
    updaters.push((l) => {
      fillExcerpt(l);
      if (card.open) fillFull(l);
    });
    // Also told of the changes expand all made itself, which are no change by then.
    onToggle(details, (open) => {
      if (card.setOpen(open)) updateExpandAll();
    });
    return card;
  }

  const allOpen = () => cards.length > 0 && cards.every((c) => c.open);
  function updateExpandAll() {
    if (!expandAllButton) return;
    const all = allOpen();
    expandAllButton.setAttribute('aria-pressed', all ? 'true' : 'false');
    expandAllButton.textContent = all ? text(current).collapse_all : text(current).expand_all;
  }
  updaters.push(updateExpandAll);

  // Relations.
  const relations = report.relations ?? [];
  let relationsOpen = false;
  let mapSlot = null;
  let mapEdges = [];
  let mapActors = [];
  if (actors.length) {
    const ends = [];
    const evidence = [];
    const pairs = [];
    const pairOf = new Map();
    const edgeOf = new Map();
    const counts = { cooperative: 0, hostile: 0, neutral: 0 };
    relations.forEach((relation, index) => {
      const s = actorIndex.get(relation.source);
      const t = actorIndex.get(relation.target);
      ends.push([s, t]);
      evidence.push(relation.evidence.map((id) => (quoteIndex.has(id) ? { quote: quoteIndex.get(id) } : { paragraph: paragraphIndex.get(id) })));
      counts[relation.stance]++;
      const key = Math.min(s, t) * 0x100000 + Math.max(s, t);
      let pair = pairOf.get(key);
      if (!pair) {
        pair = { first: s, second: t, relations: [] };
        pairOf.set(key, pair);
        pairs.push(pair);
      }
      pair.relations.push(index);
      const from = relation.direction === 'directed' ? s : null;
      const reported = relation.certainty === 'reported';
      const edgeKey = `${key}:${relation.stance}`;
      const edge = edgeOf.get(edgeKey);
      if (edge) {
        if (edge.directedFrom !== from) edge.directedFrom = null;
        edge.reported ||= reported;
        edge.relations.push(index);
      } else {
        const created = { first: s, second: t, stance: relation.stance, directedFrom: from, reported, relations: [index] };
        edgeOf.set(edgeKey, created);
        mapEdges.push(created);
      }
    });

    mapActors = mostRelated(actors.length, ends);
    const onMap = new Set(mapActors);
    mapEdges = mapEdges.filter((e) => onMap.has(e.first) && onMap.has(e.second));

    const section = el('section', 'briefing-relations', { 'aria-labelledby': `${p}-relations` });
    const summary = el('p', 'briefing-relations__summary', { 'data-testid': 'relation-summary' });
    summary.textContent = relationsSummary(current, actors.length, counts);
    updaters.push((l) => { summary.textContent = relationsSummary(l, actors.length, counts); });
    mapSlot = relationMap(current);
    updaters.push((l) => {
      const next = relationMap(l);
      mapSlot.replaceWith(next);
      mapSlot = next;
    });
    const legend = el('p', 'briefing-relations__legend');
    const legendText = (l) => `${text(l).legend_reported} · ${text(l).legend_unconfirmed}`;
    legend.textContent = legendText(current);
    updaters.push((l) => { legend.textContent = legendText(l); });
    const group = el('div', 'briefing-actors briefing-script-only', { role: 'group', 'aria-label': text(current).actors });
    updaters.push((l) => group.setAttribute('aria-label', text(l).actors));
    for (const actor of actors) {
      const button = el('button', 'briefing-actor', { type: 'button', 'data-testid': 'actor', 'aria-pressed': 'false' });
      button.append(passage(actor.name));
      group.append(button);
    }
    // The relation list, closed: its items are built when it opens, and removed when it closes.
    const more = el('details', 'briefing-relations__more');
    const listToggle = labels(el('summary', 'briefing-relations__toggle', { 'data-testid': 'relations-toggle' }), 'show_relations', 'hide_relations');
    const list = el('ul', 'briefing-relations__list');
    more.append(listToggle, list);
    const listUpdaters = [];
    updaters.push((l) => { for (const update of listUpdaters) update(l); });
    onToggle(more, (open) => {
      if (open === relationsOpen) return;
      relationsOpen = open;
      setOpenAttribute(more, open);
      if (!open) {
        list.replaceChildren();
        listUpdaters.length = 0;
        return;
      }
      const items = document.createDocumentFragment();
      within(listUpdaters, () => {
        for (const pair of pairs) {
          const item = el('li', 'briefing-pair');
          const title = el('p', 'briefing-pair__title');
          title.append(passage(actors[pair.first].name), ' — ', passage(actors[pair.second].name));
          const inner = el('ul', 'briefing-pair__relations');
          for (const index of pair.relations) inner.append(relationItem(relations[index], evidence[index]));
          item.append(title, inner);
          items.append(item);
        }
      });
      list.append(items);
    });
    const mapParts = [mapSlot];
    if (mapActors.length < actors.length) {
      const note = el('p', 'briefing-relations__map-note', { 'data-testid': 'map-note' });
      note.textContent = mapNote(current, mapActors.length, actors.length);
      updaters.push((l) => { note.textContent = mapNote(l, mapActors.length, actors.length); });
      mapParts.push(note);
    }
    section.append(bindText(el('h3', 'briefing-section__title', { id: `${p}-relations` }), 'relations'), summary, ...mapParts, legend, group, more);
    article.append(section);
  }

  function relationItem(relation, targets) {
    let className = `briefing-relation briefing-relation--${relation.stance}`;
    if (relation.certainty !== 'reported') className += ' briefing-relation--unconfirmed';
    const li = el('li', className, { 'data-testid': 'relation', 'data-relation': relation.id, 'data-highlighted': 'false' });
    const tags = el('p', 'briefing-relation__tags');
    const stance = el('span', 'briefing-relation__tag');
    const certainty = el('span', 'briefing-relation__tag');
    const direction = el('span', 'briefing-relation__tag');
    const words = (l) => {
      stance.textContent = text(l)[relation.stance];
      certainty.textContent = text(l)[relation.certainty];
    };
    words(current);
    onLang(words);
    if (relation.direction === 'mutual') {
      bindText(direction, 'mutual');
    } else {
      direction.append(passage(actors[actorIndex.get(relation.source)].name), ' → ', passage(actors[actorIndex.get(relation.target)].name));
    }
    tags.append(stance, certainty, direction);
    const evidenceP = el('p', 'briefing-relation__evidence briefing-script-only');
    const label = el('span');
    label.textContent = `${text(current).evidence}:`;
    onLang((l) => { label.textContent = `${text(l).evidence}:`; });
    evidenceP.append(label);
    for (const target of targets) {
      const link = el('button', 'briefing-relation__link', { type: 'button', 'data-testid': 'evidence-link' });
      if (target.quote !== undefined) {
        const speaker = speakers.get(quotes[target.quote].speaker);
        if (speaker) link.append('“', passage(speaker.name), '”');
      } else {
        const words = document.createTextNode(`${text(current).paragraph} ${target.paragraph + 1}`);
        onLang((l) => { words.data = `${text(l).paragraph} ${target.paragraph + 1}`; });
        link.append(words);
      }
      evidenceP.append(link);
    }
    li.append(passage(relation.summary, 'p', 'briefing-relation__summary'), tags, evidenceP);
    return li;
  }

  function relationMap(l) {
    const labels = mapActors.map((a) => resolve(actors[a].name, l)?.[1] ?? '');
    const slot = new Map(mapActors.map((a, i) => [a, i]));
    const geometry = layout(labels, mapEdges.map((e) => {
      const [source, target] = e.directedFrom !== null && e.directedFrom === e.second ? [e.second, e.first] : [e.first, e.second];
      return { source: slot.get(source), target: slot.get(target), directed: e.directedFrom !== null };
    }));
    const titleId = `${p}-map-title`;
    const map = svg('svg', {
      class: 'briefing-map', 'data-testid': 'relation-map', role: 'img', 'aria-labelledby': titleId,
      viewBox: `0 0 ${fixed(geometry.width, 0)} ${fixed(geometry.height, 0)}`,
      width: fixed(geometry.width, 0), height: fixed(geometry.height, 0), xmlns: SVG,
    });
    const title = svg('title', { id: titleId });
    title.textContent = text(l).map_label;
    const edges = svg('g', { class: 'briefing-map__edges' });
    for (const path of geometry.edges) {
      const edge = mapEdges[path.edge];
      let className = `briefing-map__edge briefing-map__edge--${edge.stance}`;
      if (!edge.reported) className += ' briefing-map__edge--unconfirmed';
      const g = svg('g', { class: 'briefing-map__relation', 'data-relations': edge.relations.map((i) => relations[i].id).join(' ') });
      g.append(svg('path', { class: className, d: path.d }));
      if (path.arrow) g.append(svg('path', { class: `briefing-map__arrow briefing-map__arrow--${edge.stance}`, d: path.arrow }));
      const marker = svg('text', { class: 'briefing-map__marker', x: fixed(path.markerX, 1), y: fixed(path.markerY, 1), 'text-anchor': 'middle', 'dominant-baseline': 'central' });
      marker.textContent = edge.stance === 'cooperative' ? '+' : edge.stance === 'hostile' ? '×' : '=';
      g.append(marker);
      edges.append(g);
    }
    const nodes = svg('g', { class: 'briefing-map__nodes' });
    geometry.nodes.forEach((node, index) => {
      const g = svg('g', { class: 'briefing-map__node', 'data-actor-index': String(mapActors[index]) });
      const label = svg('text', { x: fixed(node.label.textX, 1), y: fixed(node.label.textY, 1), 'text-anchor': node.label.anchor, 'dominant-baseline': 'central' });
      label.textContent = node.label.text;
      g.append(
        svg('circle', { cx: fixed(node.x, 1), cy: fixed(node.y, 1), r: fixed(node.radius, 1) }),
        svg('rect', { class: 'briefing-map__label-bg', x: fixed(node.label.x, 1), y: fixed(node.label.y, 1), width: fixed(node.label.width, 1), height: fixed(node.label.height, 1), rx: '3' }),
        label,
      );
      nodes.append(g);
    });
    map.append(title, edges, nodes);
    return map;
  }

  // The story, closed: its paragraphs are built when it opens, and removed when it closes.
  const story = el('section', 'briefing-story-section', { 'aria-labelledby': `${p}-story` });
  const storyDetails = el('details', 'briefing-story__details');
  const storySummary = el('summary', 'briefing-section__head briefing-story__summary');
  storySummary.append(
    bindText(el('h3', 'briefing-section__title', { id: `${p}-story` }), 'story'),
    labels(el('span', 'briefing-story__toggle', { 'data-testid': 'story-toggle' }), 'show_story', 'hide_story'),
  );
  const storyList = el('ol', 'briefing-story');
  storyDetails.append(storySummary, storyList);
  story.append(storyDetails);
  article.append(story);
  let storyOpen = false;
  const storyUpdaters = [];
  updaters.push((l) => { for (const update of storyUpdaters) update(l); });
  onToggle(storyDetails, (open) => {
    if (open === storyOpen) return;
    storyOpen = open;
    setOpenAttribute(storyDetails, open);
    if (!open) {
      storyList.replaceChildren();
      storyUpdaters.length = 0;
      return;
    }
    const items = document.createDocumentFragment();
    within(storyUpdaters, () => {
      for (const paragraph of report.body) {
        const item = el('li', `briefing-story__paragraph briefing-story__paragraph--${paragraph.role}`, { id: `${p}-${paragraph.id}`, tabindex: '-1', 'data-testid': 'paragraph' });
        item.append(passage(paragraph.text, 'p'));
        items.append(item);
      }
    });
    storyList.append(items);
  });

  // Footer.
  const footer = el('footer', 'briefing-footer');
  const footerLabel = document.createTextNode(`${text(current).original_story}: `);
  updaters.push((l) => { footerLabel.data = `${text(l).original_story}: `; });
  footer.append(footerLabel);
  if (/^https?:\/\//i.test(source.url.slice(0, 8))) {
    const link = el('a', 'briefing-footer__link', { href: source.url, rel: 'noopener noreferrer nofollow', target: '_blank', 'data-testid': 'source-link' });
    link.append(passage(source.publisher));
    footer.append(link);
  } else {
    footer.append(passage(source.publisher));
  }
  article.append(footer);

  mountPoint.append(article);
  root.replaceChildren(mountPoint);

  function setLang(l) {
    if (l === current) return;
    current = l;
    for (const update of updaters) update(l);
  }
  function expandAll() {
    const open = !allOpen();
    for (const card of cards) card.setOpen(open);
    updateExpandAll();
  }
  return {
    setLang,
    expandAll,
    destroy() {
      root.replaceChildren();
      root.adoptedStyleSheets = [];
    },
  };
}
