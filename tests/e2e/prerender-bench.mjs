// The pre-rendered briefing against the one rendered in the browser, for `cargo xtask bench`:
// the same report inline in the same page, once as `briefing render` wrote it (declarative
// shadow root, hydrated by the embed bundle) and once as a bare element the bundle renders.
// Per page load:
// - fcp: first contentful paint; headline_at_fcp: in how many loads the headline was laid out
//   by the frame that painted first
// - headline: when the briefing's headline was first on screen (its first painted text, or the
//   first frame that laid it out)
// - interactive: when the briefing was live (`article[data-live]`, seen at the next frame)
// - mount: from the widget's `briefing:start` to its first committed render, hydration or render
//   (the `briefing:first-render` measure)
// - cls: the layout shift from navigation until interactive and two frames after.

import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, briefingCli } from './harness.mjs';

/** The fragment `briefing render` writes for `report` (a JSON text), linking the bundle at /embed/. */
export async function renderFragment(json) {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-prerender-'));
  const file = join(dir, 'report.json');
  await writeFile(file, json);
  return execFileSync(await briefingCli(), ['render', file, '--base', '/embed/'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The same report as a bare element holding it inline, rendered by the bundle in the browser. */
export function bareElement(json, lang) {
  const inline = json.replaceAll('<', '\\u003c');
  return `<briefing-widget lang="${lang}"><script type="application/json">${inline}</script></briefing-widget>\n`
    + '<script type="module" src="/embed/embed.js"></script>\n';
}

/** An article page around a briefing. */
export function articlePage(briefing) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body><main><p>An article's first line, before the briefing.</p>
${briefing}<p>The article goes on.</p></main></body></html>`;
}

/** Collects paint, layout-shift and liveness times from the start of the page. */
function observe() {
  const seen = { fcp: null, cls: 0, live: null, headline: null, painted: null };
  window.__prerenderBench = seen;
  const headline = () => document.querySelector('briefing-widget')?.shadowRoot?.querySelector('[data-testid=headline]');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  // The first paint of the briefing's text: the largest-contentful-paint candidates name the
  // element painted (an element in a shadow root is named by its host).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      const host = element && (element.closest('briefing-widget') ?? element.getRootNode().host);
      if (host && seen.painted === null) seen.painted = entry.renderTime || entry.startTime;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) seen.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = (now) => {
    const h = headline();
    if (seen.headline === null && h && h.getBoundingClientRect().height > 0) seen.headline = now;
    if (seen.live === null && document.querySelector('briefing-widget')?.shadowRoot?.querySelector('article[data-live]')) {
      seen.live = now;
    }
    requestAnimationFrame(frame);
  };
  // The parser has not met the briefing yet when this runs; the headline of a pre-rendered
  // briefing is in the page with the first paint, so its first frame counts it.
  document.addEventListener('DOMContentLoaded', () => {
    if (seen.headline === null && headline()) seen.headline = performance.now();
  });
  requestAnimationFrame(frame);
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.addInitScript(observe);
  await page.goto(url);
  await page.waitForFunction(() => window.__prerenderBench.live !== null && window.__prerenderBench.fcp !== null, null, { timeout: 30_000 });
  // Two more frames, so that a shift caused by going live is counted.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const out = await page.evaluate(() => {
    const seen = window.__prerenderBench;
    const mount = performance.getEntriesByName('briefing:first-render').at(-1)?.duration ?? null;
    // The headline is on screen from the briefing's first painted text (its largest text is the
    // lead or the headline, painted together) or from the first frame that laid it out.
    const headline = Math.min(...[seen.painted, seen.headline].filter((t) => t !== null));
    // Laid out by the frame that painted first (a frame's time is its start, before its paint).
    const atFcp = headline <= seen.fcp + 0.5;
    return { fcp: seen.fcp, headline_at_fcp: atFcp, headline, interactive: seen.live, mount, cls: seen.cls };
  });
  await context.close();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return out;
}

/**
 * Times `cases` ([{ name, json, lang }]) pre-rendered and rendered in the browser, `runs` page
 * loads each after `warmup`. `serveRoute(path, html)` publishes a page on the bench's server and
 * returns its URL.
 */
export async function benchPrerender(browser, cases, { runs, warmup, serveRoute }) {
  const rows = [];
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  for (const c of cases) {
    const fragment = await renderFragment(c.json);
    const pages = {
      prerendered: serveRoute(`/bench/prerendered-${c.name}.html`, articlePage(fragment)),
      browser: serveRoute(`/bench/browser-${c.name}.html`, articlePage(bareElement(c.json, c.lang))),
    };
    const measured = { prerendered: [], browser: [] };
    for (let run = 0; run < warmup + runs; run++) {
      for (const mode of ['prerendered', 'browser']) {
        const out = await loadOnce(browser, pages[mode]);
        if (run >= warmup) measured[mode].push(out);
      }
    }
    process.stderr.write(`${c.name} pre-rendered and in the browser: ${runs} page loads each\n`);
    for (const mode of ['prerendered', 'browser']) {
      const results = measured[mode];
      rows.push({
        name: c.name,
        mode,
        fcp_ms: round(median(results.map((r) => r.fcp))),
        headline_at_fcp: `${results.filter((r) => r.headline_at_fcp).length}/${results.length}`,
        headline_ms: round(median(results.map((r) => r.headline))),
        interactive_ms: round(median(results.map((r) => r.interactive))),
        mount_ms: round(median(results.map((r) => r.mount))),
        cls_max: round(Math.max(...results.map((r) => r.cls)), 4),
      });
    }
  }
  return rows;
}

function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The table `cargo xtask bench` prints. */
export function printPrerender(rows) {
  const pad = (s, n) => String(s).padEnd(n);
  const padl = (s, n) => String(s).padStart(n);
  console.log('pre-rendered (briefing render, hydrated) against rendered in the browser; median ms, CLS the largest');
  console.log(`${pad('case', 7)}${pad('mode', 13)}${padl('fcp', 9)}${padl('headline@fcp', 14)}${padl('headline', 10)}${padl('interactive', 13)}${padl('mount', 9)}${padl('cls', 8)}`);
  for (const r of rows) {
    console.log(`${pad(r.name, 7)}${pad(r.mode, 13)}${padl(r.fcp_ms.toFixed(1), 9)}${padl(r.headline_at_fcp, 14)}`
      + `${padl(r.headline_ms.toFixed(1), 10)}${padl(r.interactive_ms.toFixed(1), 13)}${padl(r.mount_ms.toFixed(2), 9)}${padl(r.cls_max.toFixed(4), 8)}`);
  }
  console.log();
}
