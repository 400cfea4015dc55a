// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) on the demo and the example news page, in
// every state a reader can put the widget in; and a keyboard walk through every control (the
// buttons, the links and the <summary> of each disclosure).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, openPage, useServerAndBrowser } from './harness.mjs';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const env = useServerAndBrowser();

/** Loads a page with every widget rendered and live (scrolled into view), ready for axe. A
 * pre-rendered briefing shows its headline before it is live: wait for `data-live`. */
async function load(path, options = {}) {
  // axe is injected as a script; the example page's CSP is not what this test is about.
  const page = await openPage(env.browser, { bypassCSP: true, viewport: { width: 1000, height: 1200 }, ...options });
  await page.goto(`${env.server.url}${path}`);
  const hosts = await page.locator('briefing-widget, [data-briefing], #api-briefing').all();
  for (const host of hosts) {
    await host.scrollIntoViewIfNeeded();
    await host.locator('[data-testid=briefing][data-live], [data-testid=error]').first().waitFor();
  }
  await page.addScriptTag({ path: AXE });
  return page;
}

async function violations(page) {
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function clickAll(page, selector) {
  for (const button of await page.locator(selector).all()) await button.click();
}

for (const path of ['/', '/examples/news.html']) {
  test(`axe finds nothing on ${path}: collapsed, expanded, in Korean`, async () => {
    const page = await load(path);
    assert.deepEqual(await violations(page), [], 'collapsed');
    await clickAll(page, '[data-testid=expand-all]');
    await clickAll(page, '[data-testid=story-toggle]');
    assert.deepEqual(await violations(page), [], 'expanded');
    await clickAll(page, '[data-testid=lang-toggle]');
    assert.deepEqual(await violations(page), [], 'Korean');
  });

  test(`axe finds nothing on ${path}: dark, and 360 px wide`, async () => {
    const dark = await load(path, { colorScheme: 'dark' });
    assert.deepEqual(await violations(dark), [], 'dark');
    const narrow = await load(path, { viewport: { width: 360, height: 800 } });
    assert.deepEqual(await violations(narrow), [], '360 px');
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 360, `no horizontal scroll at 360 px (${overflow})`);
  });
}

/** The focused element, through shadow roots, described for the walk. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      testid: el.getAttribute('data-testid'),
      text: el.textContent.trim().slice(0, 40),
      inWidget: el.getRootNode() instanceof ShadowRoot,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

test('a keyboard walk reaches every control in reading order, operates it, and always shows focus', async () => {
  const page = await load('/');
  const controls = await page.evaluate(() => {
    const root = document.querySelector('briefing-widget').shadowRoot;
    // What a closed <details> holds (a pre-rendered briefing keeps it) is not reachable.
    return [...root.querySelectorAll('button, a[href], summary')]
      .filter((el) => el.checkVisibility())
      .map((el) => el.textContent.trim().slice(0, 40));
  });
  const walked = [];
  await page.locator('briefing-widget [data-testid=lang-toggle]').focus();
  for (let step = 0; step < controls.length + 5; step += 1) {
    const now = await focused(page);
    if (!now?.inWidget) break;
    assert.ok(now.outline, `focus is visible on ${now.text}`);
    walked.push(now.text);
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(walked, controls, 'Tab visits every control once, in reading order');

  // Enter and Space operate the disclosures: a <summary>'s state is its <details>' `open`, and
  // open means the full quote is there too.
  const quote = () => {
    const details = document.querySelector('briefing-widget').shadowRoot.querySelector('[data-testid=quote-toggle]').parentElement;
    return { open: details.open, full: details.querySelector('.briefing-quote__text') !== null };
  };
  const toggle = page.locator('briefing-widget [data-testid=quote-toggle]').first();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(`(${quote})().open && (${quote})().full`);
  await page.keyboard.press(' ');
  await page.waitForFunction(`!(${quote})().open`);
  const actor = page.locator('briefing-widget [data-testid=actor]').first();
  await actor.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('briefing-widget').shadowRoot.querySelector('[data-testid=actor]').getAttribute('aria-pressed') === 'true');
  // Shift+Tab goes back out of the widget: no trap.
  await page.locator('briefing-widget [data-testid=lang-toggle]').focus();
  await page.keyboard.press('Shift+Tab');
  const outside = await focused(page);
  assert.ok(!outside?.inWidget, 'focus leaves the widget backwards');
});
