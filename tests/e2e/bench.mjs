// `cargo xtask bench`: the widget against its vanilla-JS twin (www/bench/twin.js) in headless
// Chromium. Serves dist/ (with the bench page in dist/bench/) on 127.0.0.1, and for the seed
// and generated reports of 10, 100 and 1,000 quotes times first render, language toggle and
// expand all: median of RUNS runs after WARMUP, each in the page itself (www/bench/bench.js);
// then the seed and 100 quotes pre-rendered against rendered in the browser (prerender-bench.mjs).
//
// usage: node tests/e2e/bench.mjs [--json FILE] [--runs N] [--warmup N] [--cases seed,q10,...] [--dist DIR]

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, ROOT } from './harness.mjs';
import { benchPrerender, printPrerender } from './prerender-bench.mjs';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const RUNS = Number(option('--runs', 15));
const WARMUP = Number(option('--warmup', 3));
const JSON_FILE = option('--json', null);
const ONLY = option('--cases', null)?.split(',');
const DIR = option('--dist', null) && resolve(option('--dist', null));

// ---- deterministic reports -------------------------------------------------------------------

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = ('the talks treaty minister said that both sides would continue to support stable cooperation on '
  + 'security trade energy and the region while officials in the capital warned of sanctions pressure and new '
  + 'military supplies analysts expect further meetings next month according to the report').split(' ');
const KO_WORDS = ('양측은 회담 조약 장관 협력 안보 무역 에너지 지역 제재 압박 군사 지원 분석 전망 회의 보도 '
  + '정부 당국자 수도 경고 안정적인 관계를 계속 강화할 것이라고 밝혔습니다 다음 달 추가 논의가 예상됩니다').split(' ');
const EN_NAMES = ['North Korea', 'Russia', 'South Korea', 'United States', 'China', 'Japan', 'Ukraine',
  'United Nations', 'NATO', 'European Union', 'Ministry of Defence', 'Foreign Ministry'];
const KO_NAMES = ['북한', '러시아', '한국', '미국', '중국', '일본', '우크라이나', '유엔', '나토', '유럽연합', '국방부', '외교부'];
const KINDS = ['state', 'organisation', 'person', 'group'];
const STANCES = ['cooperative', 'hostile', 'neutral'];
const CERTAINTIES = ['reported', 'analysis', 'expected', 'possible', 'denied'];

function sentence(next, words, min, max, end) {
  const count = min + Math.floor(next() * (max - min));
  const out = [];
  for (let i = 0; i < count; i++) out.push(words[Math.floor(next() * words.length)]);
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + end;
}

const text = (next, min, max) => ({ en: sentence(next, EN_WORDS, min, max, '.'), ko: sentence(next, KO_WORDS, min, max, '.') });

/** A valid, bilingual briefing/1 report with `quotes` quotes and `actors` actors. */
export function generate(quotes, actors) {
  const next = random(quotes * 7919 + actors);
  const paragraphs = Math.min(2000, Math.max(4, Math.ceil(quotes / 2)));
  const speakers = Math.min(500, Math.max(3, Math.ceil(quotes / 4)));
  const relations = actors * 2;
  const body = Array.from({ length: paragraphs }, (_, i) => ({
    id: `p${i + 1}`,
    role: i === 0 ? 'anchor' : i === paragraphs - 1 ? 'signoff' : 'report',
    text: text(next, 20, 45),
  }));
  const people = Array.from({ length: speakers }, (_, i) => ({
    id: `s${i + 1}`,
    name: { en: `Speaker ${i + 1} Kim`, ko: `김화자${i + 1}` },
    title: { en: 'Senior Researcher', ko: '선임연구위원' },
    ...(i % 3 === 0 ? {} : { organisation: { en: `Institute ${i + 1}`, ko: `연구원 ${i + 1}` } }),
  }));
  const quoteList = Array.from({ length: quotes }, (_, i) => ({
    id: `q${i + 1}`,
    speaker: `s${(i % speakers) + 1}`,
    paragraph: `p${(i % paragraphs) + 1}`,
    text: text(next, 15, 40),
    ...(i % 2 === 0 ? { context: text(next, 5, 12) } : {}),
  }));
  const actorList = Array.from({ length: actors }, (_, i) => {
    const round = Math.floor(i / EN_NAMES.length);
    const suffix = round ? ` ${round + 1}` : '';
    return {
      id: `a${i + 1}`,
      name: { en: `${EN_NAMES[i % EN_NAMES.length]}${suffix}`, ko: `${KO_NAMES[i % KO_NAMES.length]}${suffix}` },
      kind: KINDS[i % KINDS.length],
    };
  });
  const relationList = Array.from({ length: relations }, (_, j) => {
    const source = j % actors;
    let target = (source + 1 + Math.floor(next() * Math.min(actors - 1, 6))) % actors;
    if (target === source) target = (source + 1) % actors;
    return {
      id: `r${j + 1}`,
      source: `a${source + 1}`,
      target: `a${target + 1}`,
      direction: j % 3 === 0 ? 'directed' : 'mutual',
      kind: 'talks',
      stance: STANCES[Math.floor(next() * STANCES.length)],
      certainty: CERTAINTIES[j % CERTAINTIES.length],
      summary: text(next, 10, 20),
      evidence: [`p${(j % paragraphs) + 1}`, ...(quotes ? [`q${(j % quotes) + 1}`] : [])],
    };
  });
  return {
    format: 'briefing/1',
    id: `bench-q${quotes}`,
    languages: ['en', 'ko'],
    source: {
      publisher: { en: 'KBS News', ko: 'KBS 뉴스' },
      url: 'https://news.example/bench',
      datePublished: '2024-10-16',
      byline: { en: 'Kim Kyung-jin', ko: '김경진' },
    },
    headline: text(next, 6, 12),
    lead: text(next, 25, 40),
    key_points: Array.from({ length: 5 }, () => text(next, 8, 16)),
    body,
    speakers: people,
    quotes: quoteList,
    actors: actorList,
    relations: relationList,
    generator: { kind: 'person', name: 'benchmark' },
  };
}

// ---- the run ----------------------------------------------------------------------------------

const CASES = [
  { name: 'seed', report: null },
  { name: 'q10', report: () => generate(10, 20) },
  { name: 'q100', report: () => generate(100, 100) },
  { name: 'q1000', report: () => generate(1000, 200) },
].filter((c) => !ONLY || ONLY.includes(c.name));
const METRICS = ['first_render', 'first_render_paint', 'first_render_settled', 'toggle', 'toggle_paint', 'toggle_settled',
  'expand_all', 'expand_all_paint', 'expand_all_settled'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const routes = {};
  const bodies = {};
  for (const c of CASES) {
    if (!c.report) continue;
    const body = JSON.stringify(c.report());
    bodies[c.name] = body;
    routes[`/bench/reports/${c.name}.json`] = (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  }
  const seed = await readFile(join(ROOT, 'www/reports/kbs-nk-russia-treaty.json'));
  if (CASES.some((c) => c.name === 'seed')) bodies.seed = seed.toString('utf8');
  routes['/bench/reports/seed.json'] = (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(seed);
  const server = await serve(DIR ? { dir: DIR, routes } : { routes });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      '--js-flags=--expose-gc', '--enable-precise-memory-info',
    ],
  });
  const version = browser.version();
  const rows = [];
  let longestToggleTask = null;
  let longestLaterTask = null;
  let prerendered = [];
  const memory = {};
  try {
    for (const c of CASES) {
      const measured = {};
      for (const impl of ['widget', 'twin']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
        await page.goto(`${server.url}/bench/index.html`);
        await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
        const out = await page.evaluate(
          (o) => window.bench.run(o),
          { report: `/bench/reports/${c.name}.json`, impl, runs: RUNS, warmup: WARMUP },
        );
        await context.close();
        if (problems.length) throw new Error(`${c.name} ${impl}: ${problems.join('; ')}`);
        measured[impl] = out;
        process.stderr.write(`${c.name} ${impl}: ${RUNS} runs\n`);
      }
      for (const metric of METRICS) {
        const widget = median(measured.widget.results.map((r) => r[metric]));
        const vanilla = median(measured.twin.results.map((r) => r[metric]));
        rows.push({ name: c.name, metric, widget_ms: round(widget), vanilla_ms: round(vanilla), ratio: round(widget / vanilla, 2) });
      }
      memory[c.name] = { wasm_bytes: measured.widget.wasm_bytes, validate_ms: round(median(measured.widget.results.map((r) => r.validate))) };
      if (c.name === 'q1000') {
        const longest = (impl) => Math.max(...measured[impl].results.map((r) => r.toggle_longtask));
        const sync = (impl) => median(measured[impl].results.map((r) => r.toggle_sync));
        longestToggleTask = { widget_ms: round(longest('widget')), vanilla_ms: round(longest('twin')), widget_sync_ms: round(sync('widget')), vanilla_sync_ms: round(sync('twin')) };
        const later = (impl) => Math.max(...measured[impl].results.map((r) => r.first_render_later_longtask));
        longestLaterTask = { widget_ms: round(later('widget')), vanilla_ms: round(later('twin')) };
      }
    }
    // Pre-rendered (briefing render, hydrated) against rendered in the browser: the seed and
    // 100 quotes, one page load per run.
    const serveRoute = (path, html) => {
      routes[path] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return `${server.url}${path}`;
    };
    const cases = ['seed', 'q100'].filter((name) => bodies[name]).map((name) => ({ name, json: bodies[name], lang: 'en' }));
    prerendered = await benchPrerender(browser, cases, { runs: RUNS, warmup: Math.min(WARMUP, 2), serveRoute });
  } finally {
    await browser.close();
    await server.close();
  }

  const pad = (s, n) => String(s).padEnd(n);
  const padl = (s, n) => String(s).padStart(n);
  console.log(`Chromium ${version}; median of ${RUNS} runs after ${WARMUP} warm-up runs; ms`);
  console.log(`${pad('case', 7)}${pad('metric', 20)}${padl('widget', 10)}${padl('twin', 10)}${padl('ratio', 8)}`);
  for (const r of rows) {
    console.log(`${pad(r.name, 7)}${pad(r.metric, 20)}${padl(r.widget_ms.toFixed(2), 10)}${padl(r.vanilla_ms.toFixed(2), 10)}${padl(r.ratio.toFixed(2), 8)}`);
  }
  console.log();
  for (const [name, m] of Object.entries(memory)) {
    console.log(`${pad(name, 7)}wasm memory after first render ${(m.wasm_bytes / 1048576).toFixed(2)} MiB; validation ${m.validate_ms.toFixed(2)} ms`);
  }
  if (longestToggleTask) {
    console.log(`q1000  longest main-thread task during a toggle: widget ${longestToggleTask.widget_ms} ms, twin ${longestToggleTask.vanilla_ms} ms `
      + `(long tasks are those over 50 ms; 0 means none); synchronous part of the click: widget ${longestToggleTask.widget_sync_ms} ms, twin ${longestToggleTask.vanilla_sync_ms} ms`);
  }
  if (longestLaterTask) {
    console.log(`q1000  longest main-thread task after the first render's own, until it settled: widget ${longestLaterTask.widget_ms} ms, twin ${longestLaterTask.vanilla_ms} ms`);
  }
  console.log();
  if (prerendered.length) printPrerender(prerendered);
  if (JSON_FILE) {
    await mkdir(dirname(JSON_FILE), { recursive: true });
    const out = { chromium: version, runs: RUNS, warmup: WARMUP, cases: rows, memory, longest_toggle_task_q1000: longestToggleTask, longest_later_first_render_task_q1000: longestLaterTask, prerendered };
    await writeFile(JSON_FILE, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`wrote ${JSON_FILE}`);
  }
}

function round(value, digits = 3) {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
