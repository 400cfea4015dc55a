// The benchmark page: mounts the widget (the embed bundle) or its vanilla-JS twin with one
// report, again and again, and times each phase in the page itself. Driven by
// tests/e2e/bench.mjs through `window.bench.run`.
//
// Each run: mount in English (first render), switch to Korean (toggle), expand all. Each phase
// is timed from just before the action to the commit (the widget's first `briefing:rendered`
// mark after it, or the twin's synchronous return), to the next paint (the second animation
// frame after the commit) and to the settled DOM (the widget's `briefing:settled` mark, once
// no quote card is pending: a long list renders a chunk of cards per task; the twin settles at
// its commit). A phase starts once the one before it has settled.

import { mount } from '../embed/embed.js';
import init from '../embed/briefing.js';
import { mountTwin } from './twin.js';

const RENDERED = 'briefing:rendered';
const SETTLED = 'briefing:settled';
const stage = document.getElementById('stage');
// The module is already instantiated by embed.js: this hands back its exports.
const wasm = await init();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The time of the first mark `name` at or after `t0`, or null. */
function markAfter(name, t0) {
  const mark = performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= t0);
  return mark ? mark.startTime : null;
}

/** Does the shadow root of `host` hold an element with pending content (`aria-busy`)? */
const busy = (host) => host.shadowRoot?.querySelector('[aria-busy=true]') != null;

/** Waits, a frame at a time, until `probe()` gives a time, and returns it. */
function until(probe) {
  return new Promise((resolve) => {
    const poll = () => {
      const at = probe();
      if (at === null) requestAnimationFrame(poll);
      else resolve(at);
    };
    poll();
  });
}

/** Waits until `committed()` gives a time, then two frames: returns [commit time, paint time]. */
function settle(committed) {
  return new Promise((resolve) => {
    const poll = () => {
      const at = committed();
      if (at === null) {
        requestAnimationFrame(poll);
        return;
      }
      requestAnimationFrame(() => requestAnimationFrame(() => resolve([at, performance.now()])));
    };
    // A commit in this task (the twin) or in its microtasks (the widget) is seen at once.
    queueMicrotask(() => queueMicrotask(() => setTimeout(poll, 0)));
  });
}

/** Resolves in a task of its own. */
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

async function phase(impl, host, action) {
  // A reader's click is a task of its own: not run inside the animation frame that saw the
  // previous phase settle, whose style, layout and paint would count as part of it.
  await task();
  const t0 = performance.now();
  const syncDone = action();
  const after = performance.now();
  const [commit, paint] = await settle(() => (impl === 'widget' ? markAfter(RENDERED, t0) : syncDone ? after : null));
  const settled = impl === 'widget' ? await until(() => (busy(host) ? null : markAfter(SETTLED, t0))) : commit;
  return { t0, commit: commit - t0, paint: paint - t0, settled: settled - t0, sync: after - t0 };
}

const button = (host, testid) => host.shadowRoot.querySelector(`[data-testid=${testid}]`);

async function once(impl, report) {
  window.gc?.();
  performance.clearMarks();
  performance.clearMeasures();
  const host = document.createElement('div');
  stage.append(host);
  await frame();
  let handle;
  const mountTasks = [];
  const mountObserver = new PerformanceObserver((list) => mountTasks.push(...list.getEntries()));
  mountObserver.observe({ type: 'longtask' });
  const first = await phase(impl, host, () => {
    handle = impl === 'widget' ? mount(host, report, { lang: 'en', lazy: false }) : mountTwin(host, report, { lang: 'en' });
    return true;
  });
  await frame();
  mountObserver.takeRecords().forEach((entry) => mountTasks.push(entry));
  mountObserver.disconnect();
  // The first render's own task (mount, validation, first render) is long on both sides at
  // 1,000 quotes; what follows it is the widget's later chunks.
  const longestAfterMount = mountTasks
    .filter((t) => t.startTime > first.t0 + first.commit)
    .reduce((m, t) => Math.max(m, t.duration), 0);
  if (!button(host, 'headline') || button(host, 'error')) throw new Error(`${impl}: the briefing did not render`);
  const start = performance.getEntriesByName('briefing:start')[0]?.startTime;
  const validated = performance.getEntriesByName('briefing:validated')[0]?.startTime;
  const memory = wasm.memory.buffer.byteLength;
  const heap = performance.memory?.usedJSHeapSize ?? 0;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const toggleStart = performance.now();
  const toggle = await phase(impl, host, () => { button(host, 'lang-toggle').click(); return true; });
  await frame();
  await frame();
  const toggleEnd = performance.now();
  observer.takeRecords().forEach((entry) => longTasks.push(entry));
  observer.disconnect();
  if (button(host, 'briefing').lang !== 'ko') throw new Error(`${impl}: the toggle did not switch`);
  const expand = await phase(impl, host, () => { button(host, 'expand-all').click(); return true; });
  if (button(host, 'expand-all').getAttribute('aria-pressed') !== 'true') throw new Error(`${impl}: expand all did not expand`);
  const longest = longTasks
    .filter((t) => t.startTime + t.duration >= toggleStart && t.startTime <= toggleEnd)
    .reduce((m, t) => Math.max(m, t.duration), 0);
  handle.destroy();
  host.remove();
  return {
    first_render: first.commit,
    first_render_paint: first.paint,
    first_render_settled: first.settled,
    toggle: toggle.commit,
    toggle_paint: toggle.paint,
    toggle_settled: toggle.settled,
    toggle_sync: toggle.sync,
    toggle_longtask: longest,
    first_render_later_longtask: longestAfterMount,
    expand_all: expand.commit,
    expand_all_paint: expand.paint,
    expand_all_settled: expand.settled,
    validate: impl === 'widget' && start !== undefined && validated !== undefined ? validated - start : 0,
    wasm_bytes: memory,
    heap_bytes: heap,
  };
}

/** `warmup` runs, then `runs` measured ones: every measured run's numbers, and memory. */
async function run({ report, impl, runs, warmup }) {
  const data = await fetch(report).then((r) => r.json());
  const results = [];
  let first = null;
  for (let i = 0; i < warmup + runs; i++) {
    const result = await once(impl, data);
    first ??= result;
    if (i >= warmup) results.push(result);
  }
  // Memory after the first render in a fresh page; later runs only show the high-water mark.
  return { results, wasm_bytes: first.wasm_bytes, heap_bytes: first.heap_bytes };
}

window.bench = { run };
window.benchReady = true;
