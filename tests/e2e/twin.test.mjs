// The benchmark's vanilla-JS twin (www/bench/twin.js) must build the widget's DOM, or the
// comparison measures two different things: with the seed report, both shadow trees are the
// same, line by line, in English, after expand all, after switching to Korean, with the relation
// list and the story opened and closed again through their <summary> (ids up to the instance
// number; the map by its structure); and with a long list, which the widget renders a chunk of
// cards at a time, once it has settled (no `aria-busy`), in English, expanded and in Korean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, useServerAndBrowser, ROOT } from './harness.mjs';
import { generate } from './bench.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twin</title><link rel="icon" href="/favicon.svg">
<script type="module">
  import { mount } from '/embed/embed.js';
  import { mountTwin } from '/bench/twin.js';
  import { domShape } from '/bench/dom-shape.js';
  const url = new URLSearchParams(location.search).get('report') ?? '/reports/kbs-nk-russia-treaty.json';
  const report = await fetch(url).then((r) => r.json());
  mount(document.getElementById('widget'), report, { lang: 'en', lazy: false });
  window.twin = mountTwin(document.getElementById('twin'), report, { lang: 'en' });
  window.shape = (id, options) => domShape(document.getElementById(id).shadowRoot, options);
  window.ready = true;
</script></head>
<body><div id="widget"></div><div id="twin"></div></body></html>`;

function file(path, type) {
  return async (req, res) => res.writeHead(200, { 'content-type': type }).end(await readFile(join(ROOT, path)));
}

const LONG = JSON.stringify(generate(150, 40));

const env = useServerAndBrowser({
  routes: {
    '/bench/reports/long.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(LONG),
    '/twin.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    '/bench/twin.js': file('www/bench/twin.js', 'text/javascript'),
    '/bench/map-layout.js': file('www/bench/map-layout.js', 'text/javascript'),
    '/bench/dom-shape.js': file('www/bench/dom-shape.js', 'text/javascript'),
    '/bench/style.css': file('src/style.css', 'text/css'),
  },
});

const shadow = (id, selector) => `#${id} ${selector}`;

/** Waits until the widget's quote list has every card in the state asked for. */
async function settled(page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('widget').shadowRoot;
    return root?.querySelector('[data-testid=briefing]') && !root.querySelector('[aria-busy=true]');
  });
}

async function sameShape(page, when) {
  await settled(page);
  const [widget, twin] = await Promise.all([page.evaluate(() => shape('widget')), page.evaluate(() => shape('twin'))]);
  assert.ok(widget.length > 100, `${when}: the widget rendered`);
  assert.deepEqual(twin, widget, `${when}: the twin's DOM differs from the widget's`);
  return { widget, twin };
}

async function open(report = null) {
  const page = await openPage(env.browser);
  await page.goto(`${env.server.url}/twin.html${report ? `?report=${report}` : ''}`);
  await page.waitForFunction(() => window.ready);
  // The widget is live (`data-live`) once its first render has run its effects.
  await page.locator(shadow('widget', '[data-testid=briefing][data-live]')).waitFor();
  return page;
}

/**
 * Clicks the first `testid` in each tree and waits until it has `ready` (with `gone`, none),
 * one tree after the other: what the first click changes later (a part rendered or removed
 * after its `toggle` event) moves the second tree on the page, and must not meet its click.
 */
async function both(page, testid, ready, { gone = false } = {}) {
  for (const id of ['widget', 'twin']) {
    await page.locator(shadow(id, `[data-testid=${testid}]`)).first().click();
    await page.waitForFunction(
      ({ id, ready, gone }) => (document.getElementById(id).shadowRoot.querySelector(ready) !== null) !== gone,
      { id, ready, gone },
    );
  }
}

test('the twin builds the widget DOM in English, after expand all, in Korean and with every part opened', async (t) => {
  const page = await open();
  await sameShape(page, 'english');

  for (const id of ['widget', 'twin']) await page.locator(shadow(id, '[data-testid=expand-all]')).click();
  await page.waitForFunction(() => document.getElementById('widget').shadowRoot
    .querySelector('[data-testid=expand-all]').getAttribute('aria-pressed') === 'true');
  await sameShape(page, 'expanded');

  for (const id of ['widget', 'twin']) await page.locator(shadow(id, '[data-testid=lang-toggle]')).click();
  await page.waitForFunction(() => document.getElementById('widget').shadowRoot
    .querySelector('[data-testid=briefing]').lang === 'ko');
  const { widget } = await sameShape(page, 'korean');
  assert.ok(widget.some((line) => line.includes('주요 발언')), 'the Korean interface is shown');

  // A <summary> opens its <details> at once; the content follows the toggle event.
  await both(page, 'relations-toggle', '[data-testid=relation]');
  await sameShape(page, 'relation list open');
  await both(page, 'story-toggle', '[data-testid=paragraph]');
  await sameShape(page, 'story open');
  await both(page, 'quote-toggle', '.briefing-quote:not(.briefing-quote--open)');
  await sameShape(page, 'first quote closed again');

  // The map's coordinates come from the same algorithm; say how close they are.
  const [a, b] = await Promise.all(['widget', 'twin'].map((id) => page.evaluate((id) => shape(id, { coordinates: true }), id)));
  const differing = a.filter((line, i) => line !== b[i]).length;
  t.diagnostic(`map lines with different coordinates: ${differing} of ${a.length}`);

  await both(page, 'lang-toggle', '[data-testid=briefing][lang=en]');
  await sameShape(page, 'english again, with every part open');
  await both(page, 'story-toggle', '[data-testid=paragraph]', { gone: true });
  await both(page, 'relations-toggle', '[data-testid=relation]', { gone: true });
  await sameShape(page, 'story and relation list closed again');
  assert.deepEqual(page.problems, []);
});

test('with a long list, the settled widget DOM is the twin DOM in English, expanded and in Korean', async () => {
  const page = await open('/bench/reports/long.json');
  const cards = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelectorAll('[data-testid=quote]').length, id);
  await sameShape(page, 'long list, english');
  assert.equal(await cards('widget'), 150);
  await both(page, 'expand-all', '[data-testid=expand-all][aria-pressed=true]');
  await sameShape(page, 'long list, expanded');
  await both(page, 'lang-toggle', '[data-testid=briefing][lang=ko]');
  await sameShape(page, 'long list, korean');
  assert.deepEqual(page.problems, []);
});

test('the comparison catches a real difference', async () => {
  const page = await open();
  await sameShape(page, 'before');
  const cases = [
    (root) => root.querySelector('.briefing-quote__details').setAttribute('open', ''),
    (root) => root.querySelector('[data-testid=briefing]').removeAttribute('data-live'),
    (root) => { root.querySelector('[data-testid=headline]').textContent += '.'; },
    (root) => root.querySelector('.briefing-map__edges g').remove(),
    (root) => root.querySelector('[data-testid=actor]').setAttribute('aria-pressed', 'true'),
  ];
  for (const [index, change] of cases.entries()) {
    await page.evaluate(() => { window.twin.destroy(); });
    await page.evaluate(async () => {
      const { mountTwin } = await import('/bench/twin.js');
      const report = await fetch('/reports/kbs-nk-russia-treaty.json').then((r) => r.json());
      window.twin = mountTwin(document.getElementById('twin'), report, { lang: 'en' });
    });
    await page.evaluate(`(${change})(document.getElementById('twin').shadowRoot)`);
    const [widget, twin] = await Promise.all([page.evaluate(() => shape('widget')), page.evaluate(() => shape('twin'))]);
    assert.notDeepEqual(twin, widget, `change ${index} goes unnoticed`);
  }
});
