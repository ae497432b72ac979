// A static server for the production build and the system Chromium, for scripts/screenshot.mjs and
// the benchmark (bench/). The browser tests use Playwright Test instead (playwright.config.ts,
// tests/browser/fixtures.ts).
//
// - startServer(): a dependency-free static server for the production build (dist/), with
//   per-path response overrides so a caller can simulate a missing or broken data file.
// - launchBrowser(): headless Chromium through playwright-core (no bundled browser download).
// - newPage(): a fresh context + page that aborts every request to a non-loopback host and
//   records console errors, uncaught page errors, HTTP errors and blocked URLs.
// - screenshot(): writes tests/browser/artifacts/<name>.png (gitignored).

import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** Repository root (one level above this file). Relative paths are resolved against it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../tests/browser/artifacts/', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Headless in the sandbox of this machine, with no call home (the browser tests use these too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

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
    args: [...CHROMIUM_ARGS, ...args],
  });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True for http(s)/ws(s) URLs on a loopback host, for in-page schemes (data:, blob:, about:) and
 * for local files (file:, the single-file build opened from disk): nothing that leaves the machine.
 */
export function isAllowedUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:', 'file:'].includes(parsed.protocol)) return true;
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
