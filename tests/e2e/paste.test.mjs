// The demo page's "paste a transcript" panel: a transcript becomes a live briefing preview,
// bad input an inline error naming what is wrong; and none of this code is in the embed bundle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, DIST, openPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

const fixture = (name) => readFile(join(ROOT, 'core/tests/fixtures/transcripts', name), 'utf8');
const preview = (selector) => `#transcript-preview [data-testid=paste-preview] ${selector}`;

test('a pasted transcript becomes a live briefing preview', async () => {
  const page = await openPage(env.browser, { viewport: { width: 1000, height: 3000 } });
  await page.goto(`${env.server.url}/`);
  await page.locator('[data-testid=paste-en]').fill(await fixture('seed.en.txt'));
  await page.locator(preview('[data-testid=headline]')).waitFor();
  const warnings = await page.locator('[data-testid=paste-warnings] li').allTextContents();
  assert.ok(warnings.some((w) => /no publication date/.test(w)), warnings.join(' | '));
  assert.equal(await page.locator(preview('time')).count(), 0, 'no date is made up');

  await page.locator('[data-testid=paste-date]').fill('2024-10-16');
  await page.locator(preview('time')).waitFor();
  assert.equal(await page.locator(preview('time')).textContent(), 'October 16, 2024');
  const speakers = await page.locator(preview('.briefing-quote__name')).allTextContents();
  assert.deepEqual(speakers, ['Cho Han-beom', 'Lee Jae-woong', 'Doo Jin-ho']);
  assert.equal(await page.locator(preview('[data-testid=machine-extracted]')).count(), 1);
  assert.match(await page.locator('[data-testid=paste-status]').textContent(), /Briefing made/);
  assert.deepEqual(page.problems, []);
});

test('a broken transcript gets an inline error naming its line, and the page goes on', async () => {
  const page = await openPage(env.browser, { viewport: { width: 1000, height: 3000 } });
  await page.goto(`${env.server.url}/`);
  await page.locator('[data-testid=paste-date]').fill('2024-10-16');
  await page.locator('[data-testid=paste-en]').fill('\u0000\u0001\u0002 binary junk \u0003');
  const error = page.locator('[data-testid=paste-error]');
  await error.waitFor();
  assert.match(await error.textContent(), /English transcript: /);

  await page.locator('[data-testid=paste-en]').fill(await fixture('en-cut.en.txt'));
  await page.locator(preview('[data-testid=headline]')).waitFor();
  const warnings = await page.locator('[data-testid=paste-warnings] li').allTextContents();
  assert.ok(warnings.some((w) => /line \d+/.test(w)), `warnings name lines: ${warnings.join(' | ')}`);
  // The seed widget above the panel is untouched.
  await page.locator('briefing-widget [data-testid=headline]').waitFor();
  assert.deepEqual(page.problems, []);
});

test('ingestion is in the demo build only, not in the embed bundle', async () => {
  const marker = 'speaker block has no closing quote';
  const demo = await readFile(join(DIST, 'briefing-widget_bg.wasm'));
  const embed = await readFile(join(DIST, 'embed', 'briefing_bg.wasm'));
  assert.ok(demo.includes(marker), 'the demo carries the ingester');
  assert.ok(!embed.includes(marker), 'the embed bundle does not');
});
