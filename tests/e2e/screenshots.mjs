// Takes the README's screenshots of the demo page in headless Chromium:
// English, Korean, dark and 360 px wide, into docs/. Run with `cargo xtask screenshots`.

import { join } from 'node:path';
import { ROOT, serve, launch, openPage } from './harness.mjs';

const shots = [
  { file: 'demo-en.png', viewport: { width: 900, height: 1400 }, lang: 'en', fullPage: true, relations: true },
  { file: 'demo-ko.png', viewport: { width: 900, height: 1400 }, lang: 'ko' },
  { file: 'demo-dark.png', viewport: { width: 900, height: 1400 }, lang: 'en', colorScheme: 'dark' },
  { file: 'demo-360.png', viewport: { width: 360, height: 1600 }, lang: 'en' },
];

const server = await serve();
const browser = await launch();
try {
  for (const shot of shots) {
    const page = await openPage(browser, { viewport: shot.viewport, colorScheme: shot.colorScheme ?? 'light' });
    await page.goto(`${server.url}/`);
    // A pre-rendered briefing shows its headline at once and its controls once it is live.
    await page.locator('briefing-widget [data-testid=briefing][data-live]').waitFor();
    if (shot.lang === 'ko') {
      await page.locator('briefing-widget [data-testid=lang-toggle]').click();
      await page.waitForFunction(
        () => document.querySelector('briefing-widget').shadowRoot.querySelector('[data-testid=briefing]')?.lang === 'ko',
      );
    }
    // The <summary> opens its <details> at once; the card follows the toggle event.
    await page.locator('briefing-widget [data-testid=quote-toggle]').first().click();
    await page.locator('briefing-widget .briefing-quote--open .briefing-quote__text').waitFor();
    if (shot.relations) {
      await page.locator('briefing-widget [data-testid=relations-toggle]').click();
      await page.locator('briefing-widget [data-testid=relation]').first().waitFor();
    }
    // The widget lets the browser skip laying out what is off screen (content-visibility:
    // auto), and a full-page capture paints only what is laid out: for the picture, lay out
    // everything, as a reader scrolling down would see it.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('* { content-visibility: visible !important; }');
      for (const host of document.querySelectorAll('briefing-widget')) {
        host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
      }
    });
    await page.screenshot({ path: join(ROOT, 'docs', shot.file), fullPage: shot.fullPage ?? false });
    if (page.problems.length) throw new Error(`${shot.file}: ${page.problems.join('; ')}`);
    console.log(`docs/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
