// Server-rendered briefings (`briefing render`): a page made of the fragment reads completely
// with JavaScript off; with it, under the strict CSP, the embed hydrates the very nodes the
// page holds, without a shift, and the briefing goes live; hostile text and URLs rendered on
// the server stay text, make no link, script, style or handler, and parse without repairs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, ROOT, briefingCli, openPage, useServerAndBrowser, STRICT_CSP } from './harness.mjs';

const run = promisify(execFile);

const SEED = join(ROOT, 'www/reports/kbs-nk-russia-treaty.json');
/** How many naughty strings share one report (each lands in several of its text fields). */
const STRINGS_PER_REPORT = 26;

let seed;
let briefing;
let folder;
let seedFragment;
/** One page per naughty report: its fragment, the report and the strings it holds. */
const hostilePages = [];
/** Naughty strings the validator refuses, with the path the CLI named. */
const refused = [];
/** Every naughty string, as the reports hold it. */
let naughtyStrings = [];

// While a test holds it, the module script waits: the test sees the page as the server wrote it.
let held = null;
const routes = {
  '/embed/embed.js': async (req, res) => {
    await held?.promise;
    const body = await readFile(join(DIST, 'embed/embed.js'));
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  },
};
const env = useServerAndBrowser({ csp: STRICT_CSP, routes });

/** A promise with its resolve function beside it. */
function deferred() {
  let resolve;
  const promise = new Promise((ok) => {
    resolve = ok;
  });
  return { promise, resolve };
}

/** An article page holding `fragment`, as a CMS would publish it. */
function articlePage(fragment) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<link rel="icon" href="/favicon.svg"></head>
<body><main><h1>Today's story</h1><p>The article's own text comes before the briefing.</p>
${fragment}<p>And after it.</p></main></body></html>`;
}

/**
 * Adds a page at `path`, with the strict CSP or, for the naughty pages, none: there anything
 * the markup smuggled in would run and be counted instead of being blocked.
 */
function addPage(path, html, csp = STRICT_CSP) {
  routes[path] = (req, res) => {
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers).end(html);
  };
}

/** `briefing render` with `args`: its exit code, standard output and standard error. */
async function render(args) {
  try {
    const { stdout, stderr } = await run(briefing, ['render', ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** Runs `task` on every item, `width` at a time. */
async function eachLimited(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const isLocalized = (value) =>
  value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => k === 'en' || k === 'ko');

/**
 * Every text field of a report, as the paths the validator names: localized texts (both
 * languages get the same string) and the plain aliases.
 */
function textFields(report) {
  const fields = [];
  const walk = (value, path) => {
    if (isLocalized(value)) fields.push({ path, localized: true });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    else if (typeof value === 'string' && /\.aliases\[\d+\]$/.test(path)) fields.push({ path, localized: false });
  };
  walk(report, '');
  return fields;
}

/** Sets the field at `path` (`a.b[2].c`) of `report` to `value`. */
function setField(report, path, value) {
  const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
  let at = report;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)] = value;
}

/**
 * Where the English briefing shows a field's text: a selector in the shadow root and which of
 * its matches, for the fields a reader sees as they are.
 */
function shownAt(report, path) {
  const speakerOf = (quote) => report.speakers.findIndex((s) => s.id === quote.speaker);
  const rules = [
    [/^headline$/, () => ['[data-testid=headline]', 0]],
    [/^lead$/, () => ['[data-testid=lead]', 0]],
    [/^source\.publisher$/, () => ['.briefing-header__publisher', 0]],
    [/^source\.byline$/, () => ['.briefing-header__byline > span', 0]],
    [/^key_points\[(\d+)\]$/, (i) => ['[data-testid=key-points] > li', i]],
    [/^body\[(\d+)\]\.text$/, (i) => ['[data-testid=paragraph] > p', i]],
    [/^quotes\[(\d+)\]\.text$/, (i) => ['[data-testid=quote-full] blockquote', i]],
    [/^quotes\[(\d+)\]\.context$/, (i) => ['.briefing-quote__context > span:last-child', i]],
    [/^relations\[(\d+)\]\.summary$/, (i) => [`[data-relation="${report.relations[i].id}"] .briefing-relation__summary`, 0]],
  ];
  for (const [pattern, where] of rules) {
    const match = pattern.exec(path);
    if (match) return where(Number(match[1]));
  }
  // A speaker's name, on each quote of theirs.
  const speaker = /^speakers\[(\d+)\]\.name$/.exec(path);
  if (speaker) {
    const quote = report.quotes.findIndex((q) => speakerOf(q) === Number(speaker[1]));
    if (quote >= 0) return ['.briefing-quote__name', quote];
  }
  return null;
}

/** Rust string literal text as the string it means. */
function unescapeRust(literal) {
  return literal.replace(/\\(u\{([0-9a-fA-F]+)\}|.)/g, (_, escape, hex) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { t: '\t', n: '\n', r: '\r', 0: '\0', '\\': '\\', '"': '"', "'": "'" }[escape] ?? escape;
  });
}

/** The hostile and the accepted web URLs of the URL suite (core/tests/hostile_urls.rs). */
async function urlSuite() {
  const source = await readFile(join(ROOT, 'core/tests/hostile_urls.rs'), 'utf8');
  const block = (start) => {
    const from = source.indexOf(start);
    return source.slice(from, source.indexOf('];', from));
  };
  const literal = /^\s*\(?"((?:[^"\\]|\\.)*)"/;
  const strings = (text) =>
    text
      .split('\n')
      .map((line) => literal.exec(line))
      .filter(Boolean)
      .map((match) => unescapeRust(match[1]));
  return { hostile: strings(block('let hostile')), good: strings(block('let good')) };
}

let urls;

/** A naughty string with the probe it would set if it ever ran as script (as in the hostile suite). */
const probe = (text) => text.replaceAll('alert(1)', 'window.__probe=1');

before(async () => {
  seed = JSON.parse(await readFile(SEED, 'utf8'));
  const naughty = JSON.parse(await readFile(join(ROOT, 'node_modules/big-list-of-naughty-strings/blns.json'), 'utf8'));
  naughtyStrings = naughty.map(probe);
  urls = await urlSuite();
  briefing = await briefingCli();
  folder = await mkdtemp(join(tmpdir(), 'briefing-prerender-'));

  const out = join(folder, 'seed.html');
  const rendered = await render([SEED, '--lang', 'en', '--base', '/embed/', '-o', out]);
  assert.equal(rendered.code, 0, rendered.stderr);
  seedFragment = await readFile(out, 'utf8');
  addPage('/seed.html', articlePage(seedFragment));

  // One report per chunk of strings; each string in several text fields, both languages.
  const fields = textFields(seed);
  const chunks = [];
  for (let i = 0; i < naughty.length; i += STRINGS_PER_REPORT) chunks.push(naughty.slice(i, i + STRINGS_PER_REPORT));
  await eachLimited(chunks, 8, async (chunk, n) => {
    let strings = chunk.map(probe);
    for (;;) {
      const report = structuredClone(seed);
      const placed = new Map();
      fields.forEach((field, i) => {
        const text = strings[i % strings.length];
        setField(report, field.path, field.localized ? { en: text, ko: text } : text);
        placed.set(field.path, text);
      });
      // The accepted web URLs of the URL suite, one per report, must come out as links.
      report.source.url = urls.good[n % urls.good.length];
      const file = join(folder, `naughty-${n}.json`);
      const json = JSON.stringify(report, null, 2);
      await writeFile(file, json);
      const html = join(folder, `naughty-${n}.html`);
      const result = await render([file, '--lang', 'en', '--base', '/embed/', '-o', html]);
      if (result.code === 0) {
        const fragment = await readFile(html, 'utf8');
        const path = `/naughty/${n}.html`;
        addPage(path, articlePage(fragment), null);
        hostilePages.push({ path, fragment, report, json, placed, strings, url: report.source.url });
        return;
      }
      // Refused: every problem is one of the fields a string went into, named with its path.
      assert.equal(result.code, 1, `exit status of a refused report: ${result.stderr}`);
      assert.equal(result.stdout, '', 'a refused report writes nothing');
      const bad = new Set();
      for (const line of result.stderr.trim().split('\n')) {
        const problem = line.startsWith(`${file}: `) ? line.slice(file.length + 2) : null;
        assert.ok(problem, `each problem line names the report: ${line}`);
        const path = problem.slice(0, problem.indexOf(': ')).replace(/\.(en|ko)$/, '');
        assert.ok(placed.has(path), `the problem names a field that holds a naughty string: ${line}`);
        bad.add(placed.get(path));
        refused.push({ text: placed.get(path), line: problem });
      }
      strings = strings.filter((text) => !bad.has(text));
      assert.ok(bad.size > 0 && strings.length > 0);
    }
  });
  hostilePages.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
});

after(async () => {
  held?.resolve();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A new page that counts dialogs and calls of alert and its kin, and sums layout shifts. */
async function open(options = {}) {
  const page = await openPage(env.browser, { viewport: { width: 1000, height: 3000 }, ...options });
  page.dialogs = 0;
  page.on('dialog', async (dialog) => {
    page.dialogs += 1;
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__executions = 0;
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      window[name] = () => {
        window.__executions += 1;
      };
    }
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__shifts.push({ value: entry.value, at: entry.startTime, input: entry.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** The seed page, opened with JavaScript off. */
async function openSeedWithoutScript() {
  const page = await open({ javaScriptEnabled: false });
  await page.goto(`${env.server.url}/seed.html`);
  return page;
}

test('without JavaScript the rendered page is the whole briefing, with no control that needs script', async () => {
  const page = await openSeedWithoutScript();
  const headline = page.locator('briefing-widget [data-testid=headline]');
  assert.ok(await headline.isVisible(), 'the headline is visible');
  assert.equal(await headline.textContent(), seed.headline.en);

  const toggles = page.locator('briefing-widget [data-testid=quote-toggle]');
  const full = page.locator('briefing-widget [data-testid=quote-full] blockquote');
  assert.equal(await toggles.count(), seed.quotes.length);
  for (let i = 0; i < seed.quotes.length; i += 1) {
    assert.equal(await full.nth(i).isVisible(), false, `quote ${i + 1} starts closed`);
    await toggles.nth(i).click();
    assert.ok(await full.nth(i).isVisible(), `quote ${i + 1}'s full text is visible once opened`);
    assert.equal(await full.nth(i).textContent(), seed.quotes[i].text.en);
  }

  const relations = page.locator('briefing-widget [data-testid=relation]');
  assert.equal(await relations.count(), seed.relations.length);
  assert.equal(await relations.first().isVisible(), false, 'the relation list starts closed');
  await page.locator('briefing-widget [data-testid=relations-toggle]').click();
  for (let i = 0; i < seed.relations.length; i += 1) assert.ok(await relations.nth(i).isVisible(), `relation ${i + 1} is visible`);

  const paragraphs = page.locator('briefing-widget [data-testid=paragraph]');
  assert.equal(await paragraphs.first().isVisible(), false, 'the story starts closed');
  await page.locator('briefing-widget [data-testid=story-toggle]').click();
  assert.equal(await paragraphs.count(), seed.body.length);
  assert.ok(await paragraphs.last().isVisible(), 'the story opens');

  // With every disclosure open, no control that needs script shows.
  const controls = page.locator('briefing-widget .briefing-script-only');
  const count = await controls.count();
  assert.ok(count >= 4, `the script-only controls are in the markup (${count})`);
  for (let i = 0; i < count; i += 1) assert.equal(await controls.nth(i).isVisible(), false, `script-only control ${i + 1} is not shown`);
  assert.equal(await page.locator('briefing-widget [data-testid=lang-toggle]').isVisible(), false);
});

test('without JavaScript the controls that need script take no space (display: none)', async () => {
  const page = await openSeedWithoutScript();
  await page.locator('briefing-widget [data-testid=relations-toggle]').click();
  const kept = await page.evaluate(() =>
    [...document.querySelector('briefing-widget').shadowRoot.querySelectorAll('.briefing-script-only')]
      .filter((e) => getComputedStyle(e).display !== 'none')
      .map((e) => `${e.tagName.toLowerCase()}.${e.classList[0]}: display ${getComputedStyle(e).display}, ${e.getBoundingClientRect().height}px high`),
  );
  // Rules that lay these controls out (`display: flex` on the actor buttons and the evidence
  // lines) must not win over `(scripting: none)`, or they stay as blank space.
  assert.deepEqual([...new Set(kept)], [], 'script-only controls keep their box under (scripting: none)');
});

/**
 * The seed page with JavaScript, the module script held back until the page as the server
 * wrote it is parsed and painted and every element of the shadow root is marked; then
 * released, and followed until the briefing is live (and two frames more, so that a shift of
 * the hydration is reported).
 */
async function hydrateSeed() {
  const page = await open();
  held = deferred();
  let releasedAt;
  try {
    await page.goto(`${env.server.url}/seed.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('briefing-widget')?.shadowRoot?.querySelector('footer'));
    await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
    assert.ok(await page.locator('briefing-widget [data-testid=headline]').isVisible(), 'the headline is shown before any script');
    assert.equal(await page.locator('briefing-widget [data-testid=lang-toggle]').isVisible(), false, 'the toggle waits for the briefing to be live');
    assert.equal(await page.locator('briefing-widget article[data-live]').count(), 0, 'not live before the module runs');
    const marked = await page.evaluate(() => {
      window.__before = [...document.querySelector('briefing-widget').shadowRoot.querySelectorAll('*')];
      return window.__before.length;
    });
    assert.ok(marked > 100, `every element is marked (${marked})`);
    releasedAt = await page.evaluate(() => performance.now());
  } finally {
    held.resolve();
    held = null;
  }
  await page.locator('briefing-widget article[data-live]').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const shifts = (await page.evaluate(() => window.__shifts)).filter((s) => !s.input);
  const sum = (list) => list.reduce((total, s) => total + s.value, 0);
  return {
    page,
    beforeScript: sum(shifts.filter((s) => s.at < releasedAt)),
    hydrating: sum(shifts.filter((s) => s.at >= releasedAt)),
    shifts,
  };
}

test('with JavaScript, under the strict CSP, the same nodes go live and the toggle works, with no error', async () => {
  const { page, hydrating, shifts } = await hydrateSeed();
  const nodes = await page.evaluate(() => {
    const root = document.querySelector('briefing-widget').shadowRoot;
    const after = [...root.querySelectorAll('*')];
    const kept = new Set(window.__before);
    const describe = (e) => `${e.tagName.toLowerCase()}.${e.classList[0] ?? ''}`;
    return {
      removed: window.__before.filter((e) => e.getRootNode() !== root).map(describe).slice(0, 5),
      added: after.filter((e) => !kept.has(e)).map(describe).slice(0, 5),
      sameOrder: after.length === window.__before.length && after.every((e, i) => e === window.__before[i]),
      rootKept: [...root.children].some((e) => e.matches('.briefing-root[data-prerendered]') && e.querySelector(':scope > article[data-live]')),
    };
  });
  assert.deepEqual(nodes.removed, [], 'no element the server wrote is removed');
  assert.deepEqual(nodes.added, [], 'no element is added');
  assert.ok(nodes.sameOrder, 'the elements stand in the same order');
  assert.ok(nodes.rootKept, 'the stamped root is still the root');
  assert.equal(hydrating, 0, `hydrating shifts nothing: ${JSON.stringify(shifts)}`);

  const toggle = page.locator('briefing-widget [data-testid=lang-toggle]');
  assert.ok(await toggle.isVisible(), 'the toggle shows once live');
  await toggle.click();
  await page.waitForFunction(
    (ko) => document.querySelector('briefing-widget').shadowRoot.querySelector('[data-testid=headline]')?.textContent === ko,
    seed.headline.ko,
  );
  assert.equal(await page.locator('briefing-widget [data-testid=briefing]').getAttribute('lang'), 'ko');

  assert.deepEqual(page.problems, [], 'no console error');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations ?? []), [], 'no CSP violation');
});

test('nothing shifts from first paint to interactive (CLS 0)', async () => {
  const { beforeScript, hydrating, shifts } = await hydrateSeed();
  assert.equal(hydrating, 0, 'hydrating shifts nothing');
  // `content-visibility: auto` on the first cards would lay them out at their placeholder size
  // in the first frame and at their own in the next, moving everything below before any script
  // runs; the stylesheet keeps it for the cards after the first screen.
  assert.equal(beforeScript, 0, `the server-rendered page shifts after its first paint: ${JSON.stringify(shifts)}`);
});

/**
 * What a page holding one naughty fragment shows and holds: the text of each field a reader
 * sees, the links, scripts, styles and handlers, and whether the stamped root is the root.
 */
function inspect(page, expected) {
  return page.evaluate((expected) => {
    const host = document.querySelector('briefing-widget');
    const root = host.shadowRoot;
    const everything = [...document.querySelectorAll('*'), ...(root ? root.querySelectorAll('*') : [])];
    const stamped = root?.querySelector('.briefing-root[data-prerendered]');
    return {
      shown: expected.map(({ path, selector, index }) => ({
        path,
        text: root?.querySelectorAll(selector)[index]?.textContent ?? null,
      })),
      links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => ({ href: a.getAttribute('href'), protocol: a.protocol })),
      scripts: [...document.querySelectorAll('script')].map((s) => (s.type === 'application/json' && s.parentElement === host ? 'json' : s.type === 'module' && s.src ? 'module' : s.outerHTML.slice(0, 80))),
      shadowScripts: root?.querySelectorAll('script').length ?? -1,
      styles: everything.filter((e) => e.tagName.toLowerCase() === 'style' || e.hasAttribute('style')).map((e) => e.outerHTML.slice(0, 80)),
      handlers: everything.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      hostChildren: [...host.children].map((e) => e.tagName.toLowerCase()),
      shadowChildren: [...(root?.children ?? [])].map((e) => e.tagName.toLowerCase()),
      inlineJson: host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null,
      rootInPlace: Boolean(stamped && stamped.parentNode === root && stamped.querySelector(':scope > article')),
      live: Boolean(stamped?.querySelector(':scope > article[data-live]')),
      probe: window.__probe ?? 0,
      executions: window.__executions ?? 0,
    };
  }, expected);
}

function checkHostile(seen, page, label) {
  assert.equal(seen.probe, 0, `${label}: no string ran as script`);
  assert.equal(seen.executions, 0, `${label}: alert and its kin were never called`);
  assert.equal(page.dialogs, 0, `${label}: no dialog opened`);
  for (const link of seen.links) assert.match(link.protocol, /^https?:$/, `${label}: the link ${JSON.stringify(link.href).slice(0, 80)} is http(s)`);
  assert.deepEqual(seen.scripts.sort(), ['json', 'module'], `${label}: the inline report and the module script are the only scripts`);
  assert.equal(seen.shadowScripts, 0, `${label}: no script in the shadow root`);
  assert.deepEqual(seen.styles, [], `${label}: no <style> element or style attribute`);
  assert.deepEqual(seen.handlers, [], `${label}: no on* attribute`);
  assert.deepEqual(seen.hostChildren, ['script'], `${label}: the host holds the inline report only (the template became its shadow root)`);
  assert.deepEqual(seen.shadowChildren, ['link', 'div'], `${label}: the shadow root holds the stylesheet and the rendered root`);
  assert.ok(seen.rootInPlace, `${label}: the rendered root is where the server put it`);
}

test('naughty strings and web URLs rendered on the server stay text, with script off and on', async (t) => {
  assert.ok(hostilePages.length > 0);
  const rendered = new Set(hostilePages.flatMap((p) => p.strings));
  const refusedTexts = new Set(refused.map((r) => r.text));
  t.diagnostic(`${rendered.size} naughty strings in ${hostilePages.length} reports, ${new Set(hostilePages.map((p) => p.url)).size} web URLs`);
  assert.deepEqual(naughtyStrings.filter((text) => !rendered.has(text) && !refusedTexts.has(text)), [], 'each string is rendered or refused');
  assert.ok(rendered.size > new Set(naughtyStrings).size * 0.9, `most strings are valid text: ${rendered.size} rendered, ${refusedTexts.size} refused`);
  for (const { fragment } of hostilePages) {
    // `<` is escaped in text and in the inline report, so these counts are exact.
    assert.equal(fragment.match(/<script\b/gi).length, 2, 'the fragment holds two script elements');
    assert.equal(fragment.match(/<style\b/gi), null, 'and no style element');
  }

  const pages = { off: await open({ javaScriptEnabled: false }), on: await open() };
  for (const hostile of hostilePages) {
    const expected = [...hostile.placed]
      .map(([path, text]) => ({ path, text, at: shownAt(hostile.report, path) }))
      .filter((field) => field.at)
      .map(({ path, text, at: [selector, index] }) => ({ path, text, selector, index }));
    for (const [mode, page] of Object.entries(pages)) {
      const label = `${hostile.path} with script ${mode}`;
      await page.goto(`${env.server.url}${hostile.path}`);
      if (mode === 'on') await page.locator('briefing-widget article[data-live]').waitFor({ state: 'attached' });
      const seen = await inspect(page, expected);
      checkHostile(seen, page, label);
      if (mode === 'on') assert.ok(seen.live, `${label}: the briefing hydrated in place (the stamp matched what the browser parsed)`);
      if (mode === 'off') assert.equal(seen.inlineJson, hostile.json.replaceAll('<', '\\u003c'), `${label}: the inline report is the report`);
      const mismatches = seen.shown
        .map((field, i) => ({ ...field, expected: expected[i].text }))
        .filter((field) => field.text !== field.expected)
        .slice(0, 5);
      assert.deepEqual(mismatches, [], `${label}: each string shows as itself`);
      assert.ok(seen.shown.length >= 40, `${label}: ${seen.shown.length} fields checked`);
      assert.deepEqual(seen.links.map((l) => l.href), [hostile.url], `${label}: the source is the one link`);
    }
  }
  assert.deepEqual(pages.on.problems, [], 'no console error');
  assert.deepEqual(pages.off.problems, []);
});

test('a report the validator refuses is not rendered: the CLI exits 1 and names the path', async (t) => {
  t.diagnostic(`naughty strings refused: ${[...new Set(refused.map((r) => JSON.stringify(r.text)))].join(' ')}`);
  // The naughty strings refused as text (blank ones), found while rendering their reports.
  for (const { text, line } of refused) assert.match(line, /^[a-z_.[\]0-9]+: /, `${JSON.stringify(text)} is refused at a path: ${line}`);
  assert.ok(urls.hostile.length >= 40, `the URL suite's hostile URLs are read (${urls.hostile.length})`);
  t.diagnostic(`${urls.hostile.length} hostile URLs`);
  const results = await eachLimited(urls.hostile, 8, async (url, i) => {
    const report = structuredClone(seed);
    report.source.url = url;
    const file = join(folder, `url-${i}.json`);
    const out = join(folder, `url-${i}.html`);
    await writeFile(file, JSON.stringify(report));
    const result = await render([file, '--base', '/embed/', '-o', out]);
    const written = await readFile(out, 'utf8').then(() => true, () => false);
    return { url, ...result, written };
  });
  for (const r of results) {
    const label = JSON.stringify(r.url).slice(0, 60);
    assert.equal(r.code, 1, `${label} is refused`);
    assert.match(r.stderr, /: source\.url: not an http\(s\) URL: /, `${label}: the message names the field`);
    assert.equal(r.stdout, '', `${label}: nothing on standard output`);
    assert.equal(r.written, false, `${label}: no fragment written`);
  }
});
