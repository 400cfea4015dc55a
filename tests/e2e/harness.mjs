// What the page-level tests share: a static server over dist/ on 127.0.0.1 (with an
// optional CSP header and scripted fault routes), and headless Chromium driven by
// playwright-core, the browser being Debian's /usr/bin/chromium.

import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = join(ROOT, 'dist');
/** A bundle built with the `test-panic` feature (`cargo xtask test` builds it), at /test-embed/. */
export const TEST_BUNDLE = process.env.BRIEFING_TEST_BUNDLE ?? join(ROOT, 'target/e2e/embed');

/** The CSP a strict host sends (the embedding contract). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1 (a free port). `routes` maps a path to a handler
 * `(req, res) => void` for scripted answers; `csp` adds the header to every HTML page.
 * Counts requests per path in `server.hits`.
 */
export async function serve({ dir = DIST, csp = null, routes = {} } = {}) {
  const hits = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    // A fresh connection per request: the browser silently re-sends a request whose reused
    // connection breaks, which would blur the count of requests the widget made.
    res.setHeader('connection', 'close');
    if (routes[path]) return routes[path](req, res);
    const [base, rest] = path.startsWith('/test-embed/') ? [TEST_BUNDLE, path.slice('/test-embed'.length)] : [dir, path];
    const file = normalize(join(base, rest.endsWith('/') ? rest + 'index.html' : rest));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Headless Chromium as root may run it: no sandbox, no background traffic. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new page that records console errors, page errors and CSP violations in `page.problems`.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

/** A locator inside the shadow root of the n-th widget host (`css` pierces shadow roots). */
export function inWidget(page, host, selector) {
  return page.locator(`${host} ${selector}`);
}

/**
 * One server and one browser for a test file: started before its tests, closed after them.
 * `options` (or a function returning them, awaited in `before`) go to `serve`.
 */
export function useServerAndBrowser(options = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(typeof options === 'function' ? await options() : options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The `briefing` binary: `BRIEFING_CLI`, or the one cargo builds (again, if it is stale). */
export async function briefingCli() {
  if (process.env.BRIEFING_CLI) return process.env.BRIEFING_CLI;
  const { stdout } = await promisify(execFile)(
    'cargo',
    ['build', '-q', '-p', 'briefing-cli', '--bin', 'briefing', '--message-format=json'],
    { cwd: ROOT, maxBuffer: 64 << 20 },
  );
  const built = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((message) => message.reason === 'compiler-artifact' && message.target?.name === 'briefing' && message.executable);
  if (!built) throw new Error('cargo did not name the briefing binary it built');
  return built.executable;
}
