// Compact on a news page: the seed briefing, with everything collapsed, fits in 1,600 px of a
// 1,000 px column, and opening the relation list makes it taller (the list is really there).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const MAX_COLLAPSED_PX = 1600;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>column</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="/embed/embed.js"></script></head>
<body style="margin:0"><main style="width:1000px"><briefing-widget id="w" src="/reports/kbs-nk-russia-treaty.json" lang="en"></briefing-widget></main></body></html>`;

const env = useServerAndBrowser({
  routes: { '/column.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE) },
});

const height = (page) => page.evaluate(() => document.getElementById('w').getBoundingClientRect().height);

test('the collapsed seed briefing fits in 1,600 px of a 1,000 px column', async (t) => {
  const page = await openPage(env.browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(`${env.server.url}/column.html`);
  await page.locator('#w [data-testid=briefing][data-live]').waitFor();
  const collapsed = await height(page);
  t.diagnostic(`collapsed: ${Math.round(collapsed)} px`);
  assert.ok(collapsed <= MAX_COLLAPSED_PX, `collapsed height ${collapsed} px is over ${MAX_COLLAPSED_PX} px`);

  // The <summary> opens its <details> at once; the list follows the toggle event.
  await page.locator('#w [data-testid=relations-toggle]').click();
  await page.locator('#w [data-testid=relation]').first().waitFor();
  const open = await height(page);
  t.diagnostic(`relation list open: ${Math.round(open)} px`);
  assert.ok(open > collapsed + 200, 'the relation list opens below the map');
  assert.deepEqual(page.problems, []);
});
