// The embedding contract, on the example news page served with a strict CSP: widgets of every
// kind render or fail on their own, stay isolated from the host's CSS both ways, answer the JS
// API, and meet every fetch fault with a clear error in time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser, STRICT_CSP } from './harness.mjs';

const TIMEOUT_MS = 1500;

/** A page with one widget per fault route, each with a short timeout. */
function faultPage(routes) {
  const widgets = routes
    .map((route) => `<briefing-widget id="w-${route}" src="/fault/${route}" timeout="${TIMEOUT_MS}" lang="en"></briefing-widget>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>faults</title>
<script type="module" src="/embed/embed.js"></script></head>
<body><button id="alive" type="button">alive</button>${widgets}</body></html>`;
}

const seedPart = '{"format": "briefing/1", "id": "cut", "languages": ["en"], "source": {"publ';
const FAULTS = {
  404: (req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('gone'),
  500: (req, res) => res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}'),
  stall: () => {},
  'stall-body': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(seedPart);
  },
  truncated: (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(seedPart),
  html: (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>not found</p>'),
  'html-as-json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<!doctype html><p>oops</p>'),
  'wrong-type': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('{}'),
  oversize: (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"padding": "${'x'.repeat(5 * 1024 * 1024)}"}`);
  },
  reset: (req) => req.socket.destroy(),
};
const FAULT_NAMES = Object.keys(FAULTS);

const routes = {
  '/faults.html': (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': STRICT_CSP }).end(faultPage(FAULT_NAMES)),
};
for (const [name, handler] of Object.entries(FAULTS)) routes[`/fault/${name}`] = handler;
const env = useServerAndBrowser({ csp: STRICT_CSP, routes });

async function openNews(options = {}) {
  const page = await openPage(env.browser, options);
  await page.goto(`${env.server.url}/examples/news.html`);
  // Widgets below the fold load as the reader scrolls to them; the pre-rendered one shows its
  // headline at once and is live (`data-live`) once hydrated.
  const live = '[data-testid=briefing][data-live]';
  for (const [id, ready] of [
    ['prerendered-briefing', live],
    ['inline-briefing', live],
    ['src-briefing', live],
    ['api-briefing', live],
    ['broken-briefing', '[data-testid=error]'],
  ]) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id} ${ready}`).waitFor();
  }
  return page;
}

const langOf = (page, id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('[data-testid=briefing]').lang, id);

test('the example page renders each widget on its own, under a strict CSP, with no error', async () => {
  const page = await openNews();
  assert.equal(await langOf(page, 'prerendered-briefing'), 'en');
  assert.equal(await langOf(page, 'inline-briefing'), 'en');
  assert.equal(await langOf(page, 'src-briefing'), 'ko');
  assert.equal(await langOf(page, 'api-briefing'), 'en');
  const broken = await page.locator('#broken-briefing [data-testid=error]').textContent();
  assert.match(broken, /relations\[0\]\.target: unknown actor "usa"/);
  assert.match(broken, /source\.url/);
  assert.equal(await page.evaluate(() => window.__cspViolations ?? []).then((v) => v.length), 0);
  // The module keeps its memory export under that name (the bench page reads it).
  const memory = await page.evaluate(async () => {
    const engine = await import('/embed/briefing.js');
    return (await engine.default()).memory instanceof WebAssembly.Memory;
  });
  assert.ok(memory, 'the instance exports its memory as memory');
  assert.deepEqual(page.problems, []);
});

test('toggles are independent and the JS API switches and destroys its widget', async () => {
  const page = await openNews();
  await page.locator('#inline-briefing [data-testid=lang-toggle]').click();
  await page.waitForFunction(() => document.getElementById('inline-briefing').shadowRoot.querySelector('[data-testid=briefing]').lang === 'ko');
  assert.equal(await langOf(page, 'src-briefing'), 'ko');
  assert.equal(await langOf(page, 'api-briefing'), 'en');
  assert.equal(await langOf(page, 'prerendered-briefing'), 'en');
  await page.locator('#prerendered-briefing [data-testid=lang-toggle]').click();
  await page.waitForFunction(() => document.getElementById('prerendered-briefing').shadowRoot.querySelector('[data-testid=briefing]').lang === 'ko');
  assert.equal(await langOf(page, 'inline-briefing'), 'ko');

  await page.locator('#host-ko').click();
  await page.waitForFunction(() => document.getElementById('api-briefing').shadowRoot.querySelector('[data-testid=briefing]').lang === 'ko');
  assert.match(await page.locator('#host-status').textContent(), /briefing:langchange from #api-briefing: ko/);
  assert.equal(await langOf(page, 'inline-briefing'), 'ko');

  await page.locator('#host-destroy').click();
  const left = await page.evaluate(() => {
    const root = document.getElementById('api-briefing').shadowRoot;
    return { nodes: root.childNodes.length, sheets: root.adoptedStyleSheets.length };
  });
  assert.deepEqual(left, { nodes: 0, sheets: 0 });
  // The other widgets and the page keep working.
  await page.locator('#inline-briefing [data-testid=lang-toggle]').click();
  await page.waitForFunction(() => document.getElementById('inline-briefing').shadowRoot.querySelector('[data-testid=briefing]').lang === 'en');
  await page.locator('#host-counter').click();
  assert.equal(await page.locator('#host-counter').textContent(), 'Clicked 1 times');
  assert.deepEqual(page.problems, []);
});

test('element ids are unique per widget instance', async () => {
  const page = await openNews();
  const duplicates = await page.evaluate(() => {
    const ids = [];
    for (const host of document.querySelectorAll('briefing-widget, [data-briefing], #api-briefing')) {
      for (const el of host.shadowRoot?.querySelectorAll('[id]') ?? []) ids.push(el.id);
    }
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  assert.deepEqual(duplicates, []);
});

/** Computed styles of some host elements and of some widget internals. */
async function styles(page) {
  return page.evaluate(() => {
    // Margins are left out: the host may size and place the widget's box, and auto margins
    // inside follow its width.
    const pick = (el) => {
      if (!el) return null;
      const s = getComputedStyle(el);
      return [s.display, s.visibility, s.color, s.fontSize, s.fontFamily, s.fontWeight, s.textTransform, s.letterSpacing, s.lineHeight, s.outlineStyle, s.backgroundColor, s.padding, s.borderRadius].join('|');
    };
    const inside = (id, selector) => pick(document.getElementById(id).shadowRoot?.querySelector(selector));
    return {
      host: {
        h2: pick(document.querySelector('.article h2')),
        p: pick(document.querySelector('.standfirst')),
        button: pick(document.getElementById('host-counter')),
      },
      widget: {
        headline: inside('src-briefing', '[data-testid=headline]'),
        toggle: inside('src-briefing', '[data-testid=lang-toggle]'),
        map: inside('src-briefing', '[data-testid=relation-map]'),
        quote: inside('src-briefing', '[data-testid=quote]'),
        heading: inside('src-briefing', 'h3'),
      },
    };
  });
}

test('host CSS changes nothing inside a widget and widget CSS changes nothing outside', async () => {
  const plain = await openPage(env.browser, { javaScriptEnabled: false });
  await plain.goto(`${env.server.url}/examples/news.html`);
  const withoutWidgets = await styles(plain);

  const page = await openNews();
  const before = await styles(page);
  assert.deepEqual(before.host, withoutWidgets.host, 'the widgets change no host style');

  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'hostile.css';
    document.head.append(link);
    return new Promise((ok) => link.addEventListener('load', ok));
  });
  const hostile = await styles(page);
  assert.notDeepEqual(hostile.host, before.host, 'the hostile sheet did apply to the host');
  assert.deepEqual(hostile.widget, before.widget, 'and changed nothing inside the widget');
  assert.equal(await page.evaluate(() => (window.__cspViolations ?? []).length), 0);
});

test('every fetch fault ends in a clear error within timeout + 1 s, with at most two requests', async () => {
  // Tall enough that every widget is near the viewport and loads at once.
  const page = await openPage(env.browser, { viewport: { width: 800, height: 12000 } });
  const started = Date.now();
  await page.goto(`${env.server.url}/faults.html`);
  const expected = {
    404: /HTTP 404/,
    500: /HTTP 500/,
    stall: /no complete answer within 1500 ms/,
    'stall-body': /no complete answer within 1500 ms/,
    truncated: /not JSON/,
    html: /expected JSON, the server sent content-type "text\/html"/,
    'html-as-json': /not JSON/,
    'wrong-type': /expected JSON, the server sent content-type "text\/plain"/,
    oversize: /over the limit of 4194304 bytes/,
    reset: /network error/,
  };
  for (const [name, pattern] of Object.entries(expected)) {
    const panel = page.locator(`#w-${name} [data-testid=error]`);
    await panel.waitFor({ timeout: TIMEOUT_MS + 1000 + 2000 });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < TIMEOUT_MS + 1000 + 1500, `${name}: error after ${elapsed} ms`);
    assert.match(await panel.textContent(), pattern, name);
    const requests = env.server.hits.get(`/fault/${name}`) ?? 0;
    assert.ok(requests >= 1 && requests <= 2, `${name}: ${requests} requests`);
  }
  assert.equal(env.server.hits.get('/fault/reset'), 2, 'a network error is retried once');
  assert.equal(env.server.hits.get('/fault/404'), 1, 'a server answer is not retried');
  await page.locator('#alive').click();
  assert.equal(await page.evaluate(() => (window.__cspViolations ?? []).length), 0);
});

test('attribute changes re-render, late elements mount, removed ones unmount, events bubble', async () => {
  const page = await openNews();
  const events = await page.evaluate(async () => {
    const seen = [];
    for (const name of ['briefing:ready', 'briefing:error', 'briefing:langchange']) {
      document.addEventListener(name, (e) => seen.push(`${name}:${e.target.id}:${typeof e.detail === 'string' ? e.detail : ''}`));
    }
    window.__seen = seen;
    // A [data-briefing] element added after the module started.
    const late = document.createElement('div');
    late.id = 'late';
    late.setAttribute('data-briefing', '');
    late.setAttribute('data-src', '../reports/kbs-nk-russia-treaty.json');
    late.setAttribute('data-lang', 'ko');
    document.querySelector('main').prepend(late);
    // A <briefing-widget> created by script.
    const made = document.createElement('briefing-widget');
    made.id = 'made';
    made.setAttribute('src', 'broken-report.json');
    document.querySelector('main').prepend(made);
    return seen;
  });
  assert.deepEqual(events, []);
  await page.locator('#late [data-testid=headline]').waitFor();
  assert.equal(await langOf(page, 'late'), 'ko');
  await page.locator('#made [data-testid=error]').waitFor();

  // lang attribute → language; src attribute → reload.
  await page.evaluate(() => document.getElementById('src-briefing').setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.getElementById('src-briefing').shadowRoot.querySelector('[data-testid=briefing]').lang === 'en');
  await page.evaluate(() => document.getElementById('made').setAttribute('src', '../reports/kbs-nk-russia-treaty.json'));
  await page.locator('#made [data-testid=headline]').waitFor();
  await page.evaluate(() => document.getElementById('late').setAttribute('data-lang', 'en'));
  await page.waitForFunction(() => document.getElementById('late').shadowRoot.querySelector('[data-testid=briefing]').lang === 'en');

  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.includes('briefing:ready:late:'), seen.join(' '));
  assert.ok(seen.includes('briefing:error:made:'), seen.join(' '));
  assert.ok(seen.includes('briefing:ready:made:'), seen.join(' '));
  assert.ok(seen.includes('briefing:langchange:src-briefing:en'), seen.join(' '));

  // Removing an element unmounts its widget.
  const emptied = await page.evaluate(() => {
    const late = document.getElementById('late');
    const root = late.shadowRoot;
    late.remove();
    return new Promise((ok) => requestAnimationFrame(() => ok(root.childNodes.length)));
  });
  assert.equal(emptied, 0);
  assert.deepEqual(page.problems, []);
});
