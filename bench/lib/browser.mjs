// The browser half of the benchmark: page loads (cold, optionally CPU-throttled) and filter-change
// timings, in the system Chromium launched by the browser-test harness.
//
// Network isolation without interception: the harness's newPage() aborts non-loopback requests
// through context.route(), which sends every request through Node and back; on a 2-core machine
// that added ~300 ms to the first view. Here Chromium is launched with a proxy that refuses every
// request instead (see startBlackholeProxy); loopback hosts bypass proxies, so the app's own
// requests go straight to the static server and nothing else leaves the machine.

import net from 'node:net';
import { isAllowedUrl, launchBrowser } from '../../tests/browser/harness.mjs';
import { installProbe } from './probe.mjs';

/**
 * A "proxy" on 127.0.0.1 that answers every request with 403 and records what was asked for
 * (`CONNECT host:port` for https/wss, the absolute URL for http/ws).
 */
export async function startBlackholeProxy() {
  const blocked = [];
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      const line = chunk.toString('latin1').split('\r\n', 1)[0];
      blocked.push(line.replace(/ HTTP\/\d(\.\d)?$/, ''));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    blocked,
    // server.close() alone waits for every open connection, and Chromium may hold one open (a
    // preconnect that never sends a request): close them, or the process never exits.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * Resolves or rejects like `promise`, or rejects with `message` after `ms`. The bench never waits
 * on the browser without a limit: a page whose main thread hangs would otherwise hang the bench.
 */
export function withTimeout(promise, ms, message) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Headless Chromium (harness flags) whose only way off the machine is the black-hole proxy. */
export function launchIsolatedBrowser(proxy) {
  return launchBrowser({
    args: [
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=127.0.0.1;localhost;[::1]',
    ],
  });
}

/**
 * A fresh context (empty cache) and page, with the harness's context options, recording page
 * errors, console errors and HTTP errors, and any request to a non-loopback URL.
 */
async function newBenchPage(browser, { viewport, reducedMotion }) {
  const context = await browser.newContext({
    viewport,
    locale: 'en-GB',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    ...(reducedMotion ? { reducedMotion: 'reduce' } : {}),
  });
  const page = await context.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  const httpErrors = [];
  const offMachine = [];
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:')) {
      consoleErrors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) httpErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!isAllowedUrl(request.url())) offMachine.push(request.url());
  });
  // Rejects when the renderer crashes or the page goes away, so a wait on the page ends at once.
  const gone = new Promise((_, reject) => {
    page.once('crash', () => reject(new Error('the page crashed (renderer process gone)')));
    page.once('close', () => reject(new Error('the page was closed')));
  });
  gone.catch(() => {});
  return { page, context, pageErrors, consoleErrors, httpErrors, offMachine, gone };
}

/**
 * page.evaluate with a time limit (Playwright's has none) that also ends when the page crashes.
 * Errors name the step, and the in-page error message comes without Playwright's prefix.
 */
async function inPage(p, step, ms, fn, arg) {
  try {
    return await withTimeout(
      Promise.race([p.page.evaluate(fn, arg), p.gone]),
      ms,
      `no answer from the page within ${(ms / 1000).toFixed(0)} s (main thread busy or hung?)`,
    );
  } catch (error) {
    const message = String(error?.message ?? error)
      .replace(/^page\.evaluate: (Error: )?/, '')
      .split('\n')[0];
    throw new Error(`${step}: ${message}`, { cause: error });
  }
}

/** A DevTools Protocol call with a time limit. */
function cdpSend(cdp, method, params, ms = 30_000) {
  return withTimeout(cdp.send(method, params), ms, `${method}: no answer within ${ms / 1000} s`);
}

const POLL_MS = 100;

/**
 * Waits until the first view is complete: the load event has fired, no request is in flight,
 * and every `section[data-panel]` present is ready or showing an error (or there are none), and
 * all of that has held for `quietMs`. Gives up after `timeoutMs`.
 * @returns {Promise<{ timedOut: boolean, waitedMs: number }>}
 */
async function waitForFirstView(p, inflight, { quietMs, timeoutMs }) {
  const start = Date.now();
  let okSince = null;
  for (;;) {
    const state = await inPage(p, 'waiting for the first view', 10_000, () => ({
      complete: document.readyState === 'complete',
      snap: window.__bench ? window.__bench.snapshotPanels() : { count: 0, settled: false },
      painted: window.__bench ? window.__bench.allSettledPaintAt !== null : false,
    }));
    const panelsDone = state.snap.count === 0 || (state.snap.settled && state.painted);
    const ok = state.complete && inflight.size === 0 && panelsDone;
    const t = Date.now();
    if (ok) {
      okSince ??= t;
      if (t - okSince >= quietMs) return { timedOut: false, waitedMs: t - start };
    } else {
      okSince = null;
    }
    if (t - start > timeoutMs) return { timedOut: true, waitedMs: t - start };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Requests without a response yet. A response counts as the end: the page may never read the
 * body of, say, a 404, and Chromium then never reports the request finished.
 */
function trackInflight(page) {
  const inflight = new Set();
  page.on('request', (r) => inflight.add(r));
  page.on('response', (r) => inflight.delete(r.request()));
  page.on('requestfinished', (r) => inflight.delete(r));
  page.on('requestfailed', (r) => inflight.delete(r));
  return inflight;
}

async function openPage(browser, { viewport, reducedMotion, throttleRate }) {
  const p = await newBenchPage(browser, { viewport, reducedMotion });
  await p.page.addInitScript(installProbe);
  const inflight = trackInflight(p.page);
  const cdp = await p.context.newCDPSession(p.page);
  if (throttleRate && throttleRate !== 1) {
    await cdpSend(cdp, 'Emulation.setCPUThrottlingRate', { rate: throttleRate });
  }
  // Start the renderer and let the previous context's teardown finish before the clock starts.
  await p.page.goto('about:blank');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { p, cdp, inflight };
}

/**
 * One cold page load in a fresh browser context (empty cache).
 * Times are ms since navigation start (performance.now() in the page).
 */
export async function measureLoad(browser, server, { viewport, throttleRate = 1, timeoutMs }) {
  const { p, cdp, inflight } = await openPage(browser, { viewport, throttleRate });
  try {
    const response = await p.page.goto(`${server.url}/`, { waitUntil: 'load', timeout: timeoutMs });
    const wait = await waitForFirstView(p, inflight, {
      quietMs: 500,
      timeoutMs,
    });
    const report = await inPage(p, 'load report', 10_000, () => window.__bench.loadReport());
    const panels = Object.entries(report.panels).map(([id, rec]) => ({ id, ...rec }));
    const present = report.snapshot.list;
    const errors = present.filter((x) => x.state === 'error').map((x) => x.id);
    const loading = present.filter((x) => x.state === 'loading').map((x) => x.id);
    // The end of the first view: when every panel showed its data (painted), or, with no panels,
    // when the page went quiet. Long tasks are counted up to that point; layout shifts up to the
    // moment the report was taken (after the quiet period), so late shifts are not missed.
    const end =
      present.length > 0 && report.allSettledPaintAt !== null
        ? report.allSettledPaintAt
        : report.now;
    const longTasks = report.longTasks.filter((t) => t.startTime <= end);
    return {
      status: response?.status() ?? null,
      throttleRate,
      timedOut: wait.timedOut,
      panelCount: present.length,
      panelIds: present.map((x) => x.id),
      errors,
      loading,
      allReady:
        present.length > 0 && errors.length === 0 && loading.length === 0
          ? report.allSettledPaintAt
          : null,
      allSettled: present.length > 0 ? report.allSettledPaintAt : null,
      panels,
      fcp: report.fcp,
      domContentLoaded: report.domContentLoaded,
      loadEvent: report.loadEvent,
      longTasks: {
        count: longTasks.length,
        totalMs: longTasks.reduce((a, t) => a + t.duration, 0),
        blockingMs: longTasks.reduce((a, t) => a + Math.max(0, t.duration - 50), 0),
        entries: longTasks,
      },
      cls: report.cls,
      shifts: report.shifts,
      resources: report.resources.map((r) => ({ ...r, beforeReady: r.startTime <= end })),
      end,
      pageErrors: [...p.pageErrors],
      consoleErrors: [...p.consoleErrors],
      httpErrors: [...p.httpErrors],
      blockedRequests: [...p.offMachine],
      observerErrors: report.observerErrors,
    };
  } finally {
    await closePage(p, cdp);
  }
}

/** Closes a page's context; bounded, since a hung renderer can stall the close. */
async function closePage(p, cdp) {
  await withTimeout(cdp.detach(), 5_000, 'detach').catch(() => {});
  await withTimeout(p.context.close(), 15_000, 'context close').catch(() => {});
}

async function heapMB(cdp) {
  await cdpSend(cdp, 'HeapProfiler.collectGarbage');
  await cdpSend(cdp, 'HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdpSend(cdp, 'Runtime.getHeapUsage');
  return { usedMB: usedSize / 1e6, totalMB: totalSize / 1e6 };
}

/** The filter changes that are timed and budgeted. */
export const INTERACTIONS = ['year', 'theme', 'province'];
/** Also timed: a no-op, the floor of the method on this machine (not budgeted). */
export const MEASURED_KINDS = ['baseline', ...INTERACTIONS];

/**
 * One interaction run: load, measure the JS heap (after GC) before and after 50 filter changes,
 * then time `iterations` changes of each kind (see probe.mjs, measureOne).
 */
export async function measureInteractions(
  browser,
  server,
  { viewport, iterations, seed, heapChanges, timeoutMs },
) {
  const { p, cdp, inflight } = await openPage(browser, { viewport, reducedMotion: true });
  // Every in-page step is bounded: a change takes at most ~1 s to measure plus 5 s for panels
  // that went back to loading (the probe stops the run sooner if one never settles), so these
  // limits only catch a page that stopped answering.
  const perChangeMs = 7_000;
  try {
    await p.page.goto(`${server.url}/`, { waitUntil: 'load', timeout: timeoutMs });
    const wait = await waitForFirstView(p, inflight, { quietMs: 500, timeoutMs });
    if (wait.timedOut) {
      const snap = await inPage(p, 'first view', 10_000, () => window.__bench.snapshotPanels());
      const loading = snap.list.filter((x) => x.state === 'loading').map((x) => x.id);
      throw new Error(
        `the first view did not settle within ${timeoutMs / 1000} s` +
          (loading.length ? ` (still loading: ${loading.join(', ')})` : ''),
      );
    }
    await inPage(p, 'setup', 10_000, () => window.__bench.stopLoadObserver());
    const controls = await inPage(p, 'setup', 10_000, () => window.__bench.controls());
    const panelCount = await inPage(
      p,
      'setup',
      10_000,
      () => window.__bench.snapshotPanels().count,
    );

    await cdpSend(cdp, 'HeapProfiler.enable');
    const heapAfterLoad = await heapMB(cdp);
    const changes = await inPage(
      p,
      `${heapChanges} warm-up changes`,
      30_000 + heapChanges * perChangeMs,
      (n) => window.__bench.churn(n),
      heapChanges,
    );
    const heapAfterChanges = await heapMB(cdp);
    await inPage(p, 'reset', 30_000, () => window.__bench.resetView());

    const samples = {};
    const available = {};
    for (const [k, kind] of MEASURED_KINDS.entries()) {
      available[kind] = await inPage(p, kind, 10_000, (x) => window.__bench.available(x), kind);
      samples[kind] = available[kind]
        ? await inPage(
            p,
            `timed ${kind} changes`,
            30_000 + iterations * perChangeMs,
            ([x, n, s]) => window.__bench.measure(x, n, s),
            [kind, iterations, seed * 7 + k],
          )
        : [];
      await inPage(p, 'reset', 30_000, () => window.__bench.resetView());
    }
    const heapAtEnd = await heapMB(cdp);
    return {
      timedOut: wait.timedOut,
      panelCount,
      controls,
      available,
      samples,
      heap: {
        afterLoad: heapAfterLoad,
        afterChanges: heapAfterChanges,
        changes,
        atEnd: heapAtEnd,
      },
      pageErrors: [...p.pageErrors],
      consoleErrors: [...p.consoleErrors],
    };
  } finally {
    await closePage(p, cdp);
  }
}
