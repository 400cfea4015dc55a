// Hostile input on a strict page: every naughty string in every text field stays text, hostile
// URLs never become links, a forced panic leaves every widget in its error state and the page
// working, and a reader's visit sends nothing anywhere and stores nothing.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openPage, useServerAndBrowser, STRICT_CSP } from './harness.mjs';

let seed;
let naughty;

/** A strict page that loads a bundle and hands its `mount` (and the engine) to the test. */
function testPage(bundle) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="/probe.js?bundle=${bundle}"></script></head>
<body><button id="alive" type="button">alive</button><main id="widgets"></main></body></html>`;
}

const PROBE = `
const bundle = new URL(import.meta.url).searchParams.get('bundle');
const embed = await import('/' + bundle + '/embed.js');
const engine = await import('/' + bundle + '/briefing.js');
window.briefing = { mount: embed.mount, engine };
window.__alive = 0;
document.getElementById('alive').addEventListener('click', () => { window.__alive += 1; });
window.dispatchEvent(new Event('briefing-ready-for-test'));
`;

const html = (bundle) => (req, res) =>
  res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': STRICT_CSP }).end(testPage(bundle));
const env = useServerAndBrowser({
  csp: STRICT_CSP,
  routes: {
    '/hostile.html': html('embed'),
    '/panic.html': html('test-embed'),
    '/probe.js': (req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE),
  },
});

before(async () => {
  seed = JSON.parse(await readFile(join(ROOT, 'www/reports/kbs-nk-russia-treaty.json'), 'utf8'));
  naughty = JSON.parse(await readFile(join(ROOT, 'node_modules/big-list-of-naughty-strings/blns.json'), 'utf8'));
});

async function open(path) {
  const page = await openPage(env.browser, { viewport: { width: 1000, height: 4000 } });
  page.dialogs = 0;
  page.on('dialog', async (dialog) => {
    page.dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(`${env.server.url}${path}`);
  await page.waitForFunction(() => window.briefing?.mount);
  return page;
}

test('every naughty string in every text field renders as its literal text and runs nothing', async () => {
  const page = await open('/hostile.html');
  const result = await page.evaluate(
    async ({ seed, naughty }) => {
      window.__probe = 0;
      const injected = [];
      const watch = (root) =>
        new MutationObserver((records) => {
          for (const r of records) {
            for (const node of r.addedNodes) {
              if (node.nodeType !== 1) continue;
              for (const el of [node, ...node.querySelectorAll('*')]) {
                if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK'].includes(el.tagName)) injected.push(el.tagName);
                for (const attr of el.attributes) if (/^on/i.test(attr.name)) injected.push(`${el.tagName}[${attr.name}]`);
              }
            }
          }
        }).observe(root, { childList: true, subtree: true, attributes: true });
      const localize = (value, text) => {
        if (Array.isArray(value)) return value.map((v) => localize(v, text));
        if (value && typeof value === 'object') {
          const keys = Object.keys(value);
          if (keys.length && keys.every((k) => k === 'en' || k === 'ko')) return Object.fromEntries(keys.map((k) => [k, text]));
          return Object.fromEntries(keys.map((k) => [k, localize(value[k], text)]));
        }
        return value;
      };
      const outcomes = { rendered: 0, refused: 0, mismatches: [] };
      const host = document.getElementById('widgets');
      for (const text of naughty) {
        // Probes that a string would set if it ever ran as script.
        const probe = text.replaceAll('alert(1)', 'window.__probe=1');
        const report = localize(structuredClone(seed), probe);
        const element = document.createElement('div');
        host.replaceChildren(element);
        const handle = window.briefing.mount(element, report, { lang: 'en', lazy: false });
        const root = element.shadowRoot;
        watch(root);
        const settled = await new Promise((ok) => {
          const check = () => {
            const headline = root.querySelector('[data-testid=headline]');
            const error = root.querySelector('[data-testid=error]');
            if (headline || error) ok({ headline, error });
            else requestAnimationFrame(check);
          };
          check();
        });
        if (settled.error) {
          outcomes.refused += 1;
        } else {
          outcomes.rendered += 1;
          const shown = [
            root.querySelector('[data-testid=headline]').textContent,
            root.querySelector('[data-testid=lead]').textContent,
            ...[...root.querySelectorAll('[data-testid=key-points] li')].map((e) => e.textContent),
            ...[...root.querySelectorAll('.briefing-quote__name')].map((e) => e.textContent),
            ...[...root.querySelectorAll('.briefing-relation__summary')].map((e) => e.textContent),
          ];
          for (const value of shown) if (value !== probe) outcomes.mismatches.push({ expected: probe, got: value });
        }
        handle.destroy();
      }
      return { ...outcomes, injected, probe: window.__probe };
    },
    { seed, naughty },
  );
  assert.equal(result.probe, 0, 'no string ran as script');
  assert.equal(page.dialogs, 0, 'no dialog opened');
  assert.deepEqual(result.injected, [], 'no element or handler was made from text');
  assert.deepEqual(result.mismatches.slice(0, 5), [], 'each string shows as itself');
  assert.equal(result.rendered + result.refused, naughty.length);
  assert.ok(result.rendered > naughty.length * 0.9, `most strings are valid text: ${result.rendered} rendered, ${result.refused} refused`);
  assert.deepEqual(page.problems, []);
  assert.equal(await page.evaluate(() => (window.__cspViolations ?? []).length), 0);
});

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://example.com/' + 'a'.repeat(5000),
];

test('a hostile URL is refused with a located message and never becomes a link', async () => {
  const page = await open('/hostile.html');
  const results = await page.evaluate(async ({ seed, urls }) => {
    const out = [];
    for (const url of urls) {
      const report = structuredClone(seed);
      report.source.url = url;
      const element = document.createElement('div');
      document.getElementById('widgets').replaceChildren(element);
      const handle = window.briefing.mount(element, report, { lang: 'en', lazy: false });
      const error = await new Promise((ok) => {
        const check = () => {
          const panel = element.shadowRoot.querySelector('[data-testid=error], [data-testid=headline]');
          if (panel) ok(panel);
          else requestAnimationFrame(check);
        };
        check();
      });
      const hrefs = [...element.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      out.push({ url, text: error.textContent, isError: error.dataset.testid === 'error', hrefs });
      handle.destroy();
    }
    return out;
  }, { seed, urls: HOSTILE_URLS });
  for (const r of results) {
    assert.ok(r.isError, `${JSON.stringify(r.url).slice(0, 60)} is refused`);
    assert.match(r.text, /source\.url: /, 'the message names the field');
    assert.deepEqual(r.hrefs, [], 'no link is rendered');
  }
});

test('a forced panic turns every widget to its error state and the page goes on', async () => {
  const page = await open('/panic.html');
  await page.evaluate(async (seed) => {
    for (const lang of ['en', 'ko']) {
      const element = document.createElement('div');
      element.className = 'panic-widget';
      document.getElementById('widgets').append(element);
      window.briefing.mount(element, seed, { lang, lazy: false });
    }
  }, seed);
  await page.waitForFunction(() => [...document.querySelectorAll('.panic-widget')].every((e) => e.shadowRoot.querySelector('[data-testid=headline]')));
  await page.evaluate(() => {
    window.__errors = [];
    for (const widget of document.querySelectorAll('.panic-widget')) {
      widget.addEventListener('briefing:error', (event) => window.__errors.push(event.detail.message));
    }
  });
  const thrown = await page.evaluate(() => {
    try {
      window.briefing.engine.forcePanic();
      return null;
    } catch (error) {
      return String(error);
    }
  });
  assert.ok(thrown, 'the panic surfaces as an exception to its caller only');
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('.panic-widget')].map((e) => ({
      error: e.shadowRoot.querySelector('[data-testid=error]')?.textContent ?? null,
      lang: e.shadowRoot.querySelector('[data-testid=briefing]')?.lang,
    })),
  );
  assert.equal(states.length, 2);
  assert.match(states[0].error, /internal error/);
  assert.match(states[1].error, /내부 오류/);
  const errors = await page.evaluate(() => window.__errors);
  assert.equal(errors.length, 2, 'one briefing:error event per widget');
  assert.match(errors[0], /internal error/);
  await page.locator('#alive').click();
  assert.equal(await page.evaluate(() => window.__alive), 1, 'the host page still works');
  // A widget's own controls no longer reach the stopped module and break nothing.
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(String(error)));
  await page.evaluate(() => {
    const late = document.createElement('briefing-widget');
    document.getElementById('widgets').append(late);
    late.setAttribute('lang', 'ko');
  });
  await page.locator('#alive').click();
  assert.equal(await page.evaluate(() => window.__alive), 2, 'the host page still works');
  assert.deepEqual(uncaught, [], 'nothing is thrown at the page after the fault');
});

test("a reader's visit sends nothing to other origins and stores nothing", async () => {
  const page = await openPage(env.browser, { viewport: { width: 1000, height: 1200 } });
  const origins = new Set();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto(`${env.server.url}/examples/news.html`);
  for (const id of ['prerendered-briefing', 'inline-briefing', 'src-briefing', 'api-briefing', 'broken-briefing']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${id} [data-testid=briefing][data-live], #${id} [data-testid=error]`).first().waitFor();
  }
  await page.locator('#inline-briefing [data-testid=lang-toggle]').click();
  await page.locator('#prerendered-briefing [data-testid=lang-toggle]').click();
  await page.locator('#src-briefing [data-testid=expand-all]').click();
  await page.locator('#src-briefing [data-testid=actor]').first().click();
  await page.locator('#src-briefing [data-testid=story-toggle]').click();
  await page.locator('#src-briefing [data-testid=paragraph]').first().waitFor();
  await page.locator('#src-briefing [data-testid=relations-toggle]').click();
  await page.locator('#src-briefing [data-testid=relation]').first().waitFor();
  assert.deepEqual([...origins], [env.server.url], 'only the page\'s own origin');
  assert.deepEqual(await page.context().cookies(), [], 'no cookie');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases?.())?.length ?? 0,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0 }, 'nothing stored');
});
