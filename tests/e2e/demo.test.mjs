// The demo page, as a reader opens it: the seed briefing shows, with no console error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

test('the demo page shows the seed headline with no console error', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.server.url}/`);
  const headline = page.locator('briefing-widget [data-testid=headline]');
  await headline.waitFor({ state: 'visible' });
  assert.match(await headline.textContent(), /Russia/);
  assert.deepEqual(page.problems, []);
});

test('the demo page switches to Korean and back', async () => {
  const page = await openPage(env.browser);
  await page.goto(`${env.server.url}/`);
  const root = page.locator('briefing-widget [data-testid=briefing]');
  await root.waitFor();
  await page.locator('briefing-widget [data-testid=lang-toggle]').click();
  await page.waitForFunction(
    () => document.querySelector('briefing-widget').shadowRoot.querySelector('[data-testid=briefing]')?.lang === 'ko',
  );
  assert.match(await page.locator('briefing-widget [data-testid=headline]').textContent(), /[가-힣]/);
  await page.locator('briefing-widget [data-testid=lang-toggle]').click();
  await page.waitForFunction(
    () => document.querySelector('briefing-widget').shadowRoot.querySelector('[data-testid=briefing]')?.lang === 'en',
  );
  assert.deepEqual(page.problems, []);
});
