// Helpers shared by every browser test (tests/browser/*.spec.mjs).
//
// - startServer(): a dependency-free static server for the production build (dist/), with
//   per-path response overrides so a test can simulate a missing or broken data file.
// - launchBrowser(): headless Chromium through playwright-core (no bundled browser download).
// - newPage(): a fresh context + page that aborts every request to a non-loopback host and
//   records console errors, uncaught page errors, HTTP errors and blocked URLs.
// - checkA11y(): runs axe-core (WCAG 2.0/2.1 A + AA rules) in the page.
// - screenshot(): writes tests/browser/artifacts/<name>.png (gitignored).
// - setupSuite(): registers before/after hooks that start and stop a server and a browser.

import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, afterEach, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Repository root (two levels above this file). Relative paths are resolved against it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('./artifacts/', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Content type for a file name, `application/octet-stream` when unknown. */
export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Start a static file server on 127.0.0.1 with an ephemeral port.
 *
 * @param {object} [options]
 * @param {string} [options.root='dist'] Directory to serve; relative paths resolve against the
 *   repository root, not the current directory.
 * @param {Record<string, Override>} [options.overrides] Per request path (no query string), e.g.
 *   `{ '/data/trade.json': { status: 200, body: '{ not json' } }` or `{ '/data/x.json': { status: 404 } }`.
 *   An override is `{ status?: number = 200, body?: string | Buffer | object, headers?: object,
 *   contentType?: string, delayMs?: number }` (an object body is sent as JSON), or a function
 *   `(req) => Override | undefined` (undefined falls through to the file on disk).
 * @returns {Promise<{ url: string, port: number, root: string, requests: string[],
 *   setOverrides(o: Record<string, Override>): void, clearOverrides(): void,
 *   close(): Promise<void> }>} `url` has no trailing slash; `requests` logs every request path.
 */
export async function startServer({ root = 'dist', overrides = {} } = {}) {
  const rootDir = path.resolve(PROJECT_ROOT, root);
  let currentOverrides = { ...overrides };
  const requests = [];

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${error.message}`);
    });
  });

  async function handle(req, res) {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);

    let override = currentOverrides[pathname];
    if (typeof override === 'function') override = await override(req);
    if (override) return sendOverride(req, res, override);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }

    let relative;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return notFound(res);
    }
    if (relative.endsWith('/')) relative += 'index.html';
    const filePath = path.resolve(rootDir, `.${relative}`);
    // Refuse anything outside the root (e.g. /../package.json) and NUL bytes.
    if (relative.includes('\0') || !filePath.startsWith(rootDir + path.sep)) return notFound(res);

    let info;
    try {
      info = await stat(filePath);
    } catch {
      return notFound(res);
    }
    if (!info.isFile()) return notFound(res);

    res.writeHead(200, {
      'content-type': contentTypeFor(filePath),
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(filePath).pipe(res);
  }

  async function sendOverride(req, res, override) {
    const { status = 200, headers = {}, delayMs = 0 } = override;
    let { body = '', contentType } = override;
    if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) {
      body = JSON.stringify(body);
      contentType ??= 'application/json; charset=utf-8';
    }
    contentType ??= contentTypeFor(new URL(req.url ?? '/', 'http://x').pathname);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    res.writeHead(status, {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(res) {
    res.writeHead(404, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end('Not found');
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    root: rootDir,
    requests,
    setOverrides(next) {
      currentOverrides = { ...next };
    },
    clearOverrides() {
      currentOverrides = {};
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * Launch headless Chromium (the system one, or $CHROMIUM_PATH).
 * @param {object} [options]
 * @param {string[]} [options.args] extra command-line flags, after the standard ones
 */
export function launchBrowser({ args = [] } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...args,
    ],
  });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for http(s)/ws(s) URLs on a loopback host and for in-page schemes (data:, blob:, about:). */
export function isAllowedUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return LOOPBACK_HOSTS.has(parsed.hostname);
}

/**
 * Open a new browser context and page whose network is restricted to loopback hosts.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string }} server the object returned by startServer()
 * @param {object} [options]
 * @param {{ width: number, height: number }} [options.viewport={ width: 1280, height: 800 }]
 * @param {object} [options.contextOptions] extra options for browser.newContext()
 *   (e.g. `{ reducedMotion: 'reduce', colorScheme: 'dark', locale: 'en-GB' }`).
 * @returns {Promise<{ page, context, consoleErrors: string[], pageErrors: string[],
 *   blockedRequests: string[], httpErrors: string[], goto(path?: string, options?): Promise,
 *   appConsoleErrors(): string[], close(): Promise<void> }>}
 *   `consoleErrors`: console.error messages and the browser's own error lines (e.g. "Failed to load
 *   resource"), as "text (source:line)". `pageErrors`: uncaught exceptions and unhandled rejections.
 *   `blockedRequests`: every aborted non-loopback URL. `httpErrors`: "STATUS URL" for responses >= 400.
 */
export async function newPage(
  browser,
  server,
  { viewport = { width: 1280, height: 800 }, contextOptions = {} } = {},
) {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    timezoneId: 'UTC',
    // Service workers could fetch outside context.route(); block them so every request is seen.
    serviceWorkers: 'block',
    ...contextOptions,
  });
  const consoleErrors = [];
  const pageErrors = [];
  const blockedRequests = [];
  const httpErrors = [];

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowedUrl(url)) return route.continue();
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    if (isAllowedUrl(ws.url())) return ws.connectToServer();
    blockedRequests.push(ws.url());
    return ws.close();
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => {
    pageErrors.push(error.stack || `${error.name}: ${error.message}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) httpErrors.push(`${response.status()} ${response.url()}`);
  });

  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    blockedRequests,
    httpErrors,
    /** Navigate to a path on the test server (default '/'), waiting for the load event. */
    goto(pathname = '/', options = {}) {
      return page.goto(new URL(pathname, `${server.url}/`).href, { waitUntil: 'load', ...options });
    },
    /**
     * Console errors minus the browser's own "Failed to load resource: ..." lines, which every
     * 4xx/5xx response and blocked request produces (those are in httpErrors / blockedRequests).
     */
    appConsoleErrors() {
      return consoleErrors.filter((line) => !line.startsWith('Failed to load resource:'));
    },
    close: () => context.close(),
  };
}

let axeSource;

/**
 * Run axe-core in the page against WCAG 2.0/2.1 level A and AA rules.
 *
 * @param {import('playwright-core').Page} page
 * @param {object} [options]
 * @param {string | string[]} [options.include] CSS selector(s) to limit the scan (default: document)
 * @param {string | string[]} [options.exclude] CSS selector(s) to leave out
 * @param {Record<string, { enabled: boolean }>} [options.rules] per-rule overrides for axe
 * @returns {Promise<object[]>} axe violations (empty when clean); see formatViolations().
 */
export async function checkA11y(page, { include, exclude, rules } = {}) {
  const hasAxe = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!hasAxe) {
    axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
  }
  const toList = (value) => (value === undefined ? undefined : [value].flat());
  const context =
    include || exclude
      ? {
          ...(include ? { include: toList(include) } : {}),
          ...(exclude ? { exclude: toList(exclude) } : {}),
        }
      : undefined;
  const options = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
    ...(rules ? { rules } : {}),
  };
  const results = await page.evaluate(
    ({ context, options }) => window.axe.run(context ?? document, options),
    { context, options },
  );
  return results.violations;
}

/** Human-readable report of axe violations, for assertion messages. */
export function formatViolations(violations) {
  if (violations.length === 0) return 'No accessibility violations.';
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const v of violations) {
    lines.push(`\n[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}`, `  ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`  - ${node.target.join(' ')}`, `    ${node.html}`);
      if (node.failureSummary) {
        lines.push(...node.failureSummary.split('\n').map((line) => `      ${line}`));
      }
    }
  }
  return lines.join('\n');
}

/**
 * Save a PNG screenshot to tests/browser/artifacts/<name>.png and return its path.
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without extension; unsafe characters become '-'
 * @param {object} [options] passed to page.screenshot() (default `{ fullPage: true }`)
 */
export async function screenshot(page, name, options = {}) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const safeName = String(name).replace(/[^\w.-]+/g, '-');
  const file = path.join(ARTIFACTS_DIR, `${safeName}.png`);
  const fullPage = options.fullPage ?? true;
  // Sections with content-visibility: auto are not painted while off screen, and a full-page
  // capture does not count as on screen: they are drawn for the capture, as printing does.
  if (fullPage) await page.evaluate(drawSkippedSections, true);
  try {
    await page.screenshot({ fullPage: true, ...options, path: file });
  } finally {
    if (fullPage) await page.evaluate(drawSkippedSections, false);
  }
  return file;
}

/** Runs in the page: sets (or removes) content-visibility: visible on every `auto` element. */
function drawSkippedSections(draw) {
  const MARK = 'data-capture-visible';
  if (!draw) {
    for (const el of document.querySelectorAll(`[${MARK}]`)) {
      el.style.removeProperty('content-visibility');
      el.removeAttribute(MARK);
    }
    return;
  }
  for (const el of document.querySelectorAll('body *')) {
    if (getComputedStyle(el).contentVisibility !== 'auto') continue;
    el.setAttribute(MARK, '');
    el.style.setProperty('content-visibility', 'visible');
  }
}

/**
 * Register node:test hooks for a spec file: one server and one browser for the whole file,
 * overrides cleared after each test. Read `suite.server` / `suite.browser` inside tests.
 * @param {{ root?: string, overrides?: object }} [serverOptions] passed to startServer()
 * @returns {{ server: Awaited<ReturnType<typeof startServer>>, browser: import('playwright-core').Browser }}
 */
export function setupSuite(serverOptions = {}) {
  const suite = { server: undefined, browser: undefined };
  before(async () => {
    suite.server = await startServer(serverOptions);
    suite.browser = await launchBrowser();
  });
  afterEach(() => {
    suite.server?.setOverrides(serverOptions.overrides ?? {});
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Wait until every shown dashboard panel (`[data-panel]` without `hidden`: one the theme filter
 * hides stays mounted) shows its data (`data-ready="true"`) or an error (`role=alert` inside).
 * Resolves to `{ ready: string[], failed: string[] }` panel ids.
 */
export async function waitForPanels(page, { timeout = 15000 } = {}) {
  await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll('[data-panel]:not([hidden])')];
      return (
        panels.length > 0 &&
        panels.every(
          (el) => el.getAttribute('data-ready') === 'true' || el.querySelector('[role=alert]'),
        )
      );
    },
    null,
    { timeout },
  );
  return page.evaluate(() => {
    const panels = [...document.querySelectorAll('[data-panel]:not([hidden])')];
    return {
      ready: panels
        .filter((el) => el.getAttribute('data-ready') === 'true')
        .map((el) => el.dataset.panel),
      failed: panels.filter((el) => el.querySelector('[role=alert]')).map((el) => el.dataset.panel),
    };
  });
}

/**
 * Waits until the address bar says `expected`: a RegExp the URL matches, or an object its query
 * parameters equal (`partial`: only those keys compared). The app writes the URL right after the
 * frame that shows a change, so a test reads it by waiting, never at once. Fails with the last
 * URL seen after `timeout` ms.
 */
export async function expectUrl(page, expected, { partial = false, timeout = 5000 } = {}) {
  const start = Date.now();
  for (;;) {
    const url = page.url();
    try {
      if (expected instanceof RegExp) {
        assert.match(url, expected);
      } else {
        const query = Object.fromEntries(new URL(url).searchParams);
        const seen = partial
          ? Object.fromEntries(Object.keys(expected).map((k) => [k, query[k]]))
          : query;
        assert.deepEqual(seen, expected);
      }
      return;
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
    }
    await page.waitForTimeout(20);
  }
}
