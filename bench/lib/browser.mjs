// The browser half of the benchmark: page loads (cold, optionally CPU-throttled) and filter-change
// timings, in the system Chromium launched by scripts/browser.mjs.
//
// Network isolation without interception: the browser tests' fixtures abort non-loopback requests
// through context.route(), which sends every request through Node and back; on a 2-core machine
// that added ~300 ms to the first view. Here Chromium is launched with a proxy that refuses every
// request instead (see startBlackholeProxy); loopback hosts bypass proxies, so the app's own
// requests go straight to the static server and nothing else leaves the machine.

import net from 'node:net';
import { isAllowedUrl, launchBrowser } from '../../scripts/browser.mjs';
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

/** Headless Chromium (the browser tests' flags) whose only way off the machine is the black-hole proxy. */
export function launchIsolatedBrowser(proxy) {
  return launchBrowser({
    args: [
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=127.0.0.1;localhost;[::1]',
    ],
  });
}

/**
 * A fresh context (empty cache) and page, with the browser tests' context options, recording page
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
async function waitForFirstView(p, inflight, { quietMs, timeoutMs, slowDown = 1 }) {
  const start = Date.now();
  let okSince = null;
  for (;;) {
    // A throttled page on a busy machine can block for seconds: the limit grows with the slow-down.
    const state = await inPage(p, 'waiting for the first view', 10_000 * slowDown, () => ({
      complete: document.readyState === 'complete',
      snap: window.__bench ? window.__bench.snapshotPanels() : { count: 0, settled: false },
      painted: window.__bench ? window.__bench.allSettledPaintAt !== null : false,
      // The app has replaced the default view baked into the page (or there was none).
      takenOver:
        !document.querySelector('[data-baked]') &&
        (!window.__bench ||
          window.__bench.snapshotPanels().count === 0 ||
          window.__bench.takenOverPaintAt !== null),
    }));
    const panelsDone =
      state.snap.count === 0 || (state.snap.settled && state.painted && state.takenOver);
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
export async function measureLoad(
  browser,
  server,
  { viewport, throttleRate = 1, timeoutMs, path = '/', captureStatic = false },
) {
  const { p, cdp, inflight } = await openPage(browser, { viewport, throttleRate });
  try {
    const response = await p.page.goto(`${server.url}${path}`, {
      waitUntil: 'load',
      timeout: timeoutMs,
    });
    const wait = await waitForFirstView(p, inflight, {
      quietMs: 500,
      timeoutMs,
      slowDown: throttleRate,
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
    const staticHtml = captureStatic ? await inPage(p, 'static copy', 10_000, staticCopy) : null;
    return {
      staticHtml,
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
      // Time to interactive: the app has taken over the page, every panel its own.
      interactive: report.takenOverPaintAt,
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

/**
 * The finished page as static HTML, for the floor the first view is measured against: the same
 * markup, stylesheets and data-ready panels, without scripts (and without the policy, which would
 * refuse the style attributes the scripts set). Runs in the page.
 */
function staticCopy() {
  const copy = document.documentElement.cloneNode(true);
  const gone = 'script, link[rel=modulepreload], link[rel=manifest], meta[http-equiv]';
  for (const el of copy.querySelectorAll(gone)) el.remove();
  return `<!doctype html>\n${copy.outerHTML}`;
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

/** The interactions that are timed and budgeted: real input, sent through the browser. */
export const INTERACTIONS = ['year', 'theme', 'province', 'bar'];
/** Also timed: a key press the app ignores, the floor of the method on this machine. */
export const MEASURED_KINDS = ['floor', ...INTERACTIONS];
/** The two conditions every interaction is timed in: 'throttled' is the CPU slowed down. */
export const CONDITIONS = ['unthrottled', 'throttled'];
/** Event Timing reports nothing shorter: an interaction without an entry counts as this. */
export const EVENT_THRESHOLD_MS = 16;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Where to click so the click lands on `locator`'s element: its centre if that is what the
 * browser hits there, otherwise the first point of a grid over its box that hits it (a province's
 * centre may lie outside its outline). When no point hits it (covered, say by the sticky filter
 * bar), it is scrolled to the middle of the viewport and tried again; null after `attempts` tries.
 */
async function hitPoint(locator, attempts = 3) {
  try {
    await locator.scrollIntoViewIfNeeded({ timeout: 5_000 });
  } catch (error) {
    // A chart redrawn just after the last interaction's paint can replace the element while it is
    // being scrolled to: the locator finds the new one on the next try.
    if (attempts <= 1) throw error;
    await sleep(250);
    return hitPoint(locator, attempts - 1);
  }
  const point = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hits = (x, y) => {
      const top = document.elementFromPoint(x, y);
      return top === el || el.contains(top);
    };
    const points = [[r.left + r.width / 2, r.top + r.height / 2]];
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++)
        points.push([r.left + (r.width * i) / 10, r.top + (r.height * j) / 10]);
    const p = points.find(
      ([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && hits(x, y),
    );
    if (p) return { x: p[0], y: p[1] };
    // Covered (the sticky filter bar over a target scrolled just under it) or off screen: bring
    // it to the middle of the viewport for the next try.
    el.scrollIntoView({ block: 'center', inline: 'center' });
    return null;
  });
  if (point || attempts <= 1) return point;
  await sleep(250);
  return hitPoint(locator, attempts - 1);
}

/**
 * The controls, found as a user (or a screen reader) would: by role and accessible name, and for
 * the map and the chart by the elements Leaflet and recharts draw. Each `kind` gets a function
 * that performs its i-th interaction with real input and returns a description, plus a way to
 * read the state it changes (to tell a miss from a change).
 */
async function findControls(page) {
  const bar = page.getByRole('search', { name: 'Filters' });
  const slider = bar.getByRole('slider', { name: 'Year in focus' });
  const themeButtons = bar.getByRole('group', { name: 'Themes' }).getByRole('button');
  const reset = bar.getByRole('button', { name: 'Reset all' });
  const provinces = page.locator('.leaflet-container path.leaflet-interactive[aria-pressed]');
  const chart = page
    .getByRole('region', { name: /security/i })
    .locator('.recharts-wrapper')
    .first();
  const bars = chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect');

  const found = {
    slider: (await slider.count()) === 1,
    themes: await themeButtons.count(),
    provinces: await provinces.count(),
    bars: await bars.count(),
    reset: (await reset.count()) === 1,
  };

  // The two largest provinces and the two largest bars of different years, by on-screen area.
  const largest = async (locator, distinctX) => {
    const boxes = await locator.evaluateAll((els) =>
      els.map((el, index) => {
        const r = el.getBoundingClientRect();
        return { index, area: r.width * r.height, x: Math.round(r.left + r.width / 2) };
      }),
    );
    boxes.sort((a, b) => b.area - a.area);
    const picked = [];
    for (const b of boxes) {
      if (b.area <= 0 || (distinctX && picked.some((p) => p.x === b.x))) continue;
      picked.push(b);
      if (picked.length === 2) break;
    }
    return picked.map((b) => locator.nth(b.index));
  };
  const provinceTargets = found.provinces ? await largest(provinces, false) : [];
  const barTargets = found.bars ? await largest(bars, true) : [];

  const yearValue = () => slider.inputValue({ timeout: 2_000 });
  const click = async (locator) => {
    const point = await hitPoint(locator);
    if (!point) throw new Error('no point of the element is clickable (covered or off screen)');
    return point;
  };
  const kinds = {
    // Shift pressed with the focus on the page body: no element handles it.
    floor: {
      available: true,
      prepare: async () => {
        await page.locator('body').evaluate(() => document.activeElement?.blur?.());
      },
      act: async () => {
        await page.keyboard.press('Shift');
        return 'Shift on body';
      },
      state: async () => null,
    },
    // The year slider focused, ArrowLeft then ArrowRight: 2024 → 2023 → 2024 from the default.
    year: {
      available: found.slider,
      prepare: async () => slider.focus({ timeout: 5_000 }),
      act: async (i) => {
        const key = i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight';
        await page.keyboard.press(key);
        return `slider ${key}`;
      },
      state: yearValue,
    },
    // A theme toggle clicked on, then off, moving through the themes.
    theme: {
      available: found.themes > 0,
      aim: async (i) => click(themeButtons.nth(Math.floor(i / 2) % found.themes)),
      act: async (i, point) => {
        await page.mouse.click(point.x, point.y);
        return `theme ${Math.floor(i / 2) % found.themes} ${i % 2 === 0 ? 'on' : 'off'}`;
      },
      state: async (i) =>
        themeButtons.nth(Math.floor(i / 2) % found.themes).getAttribute('aria-pressed'),
    },
    // The largest province clicked (selected), clicked again (cleared), then the second largest.
    province: {
      available: provinceTargets.length > 0,
      aim: async (i) => click(provinceTargets[Math.floor(i / 2) % provinceTargets.length]),
      act: async (i, point) => {
        await page.mouse.click(point.x, point.y);
        return `province ${Math.floor(i / 2) % provinceTargets.length} ${i % 2 === 0 ? 'on' : 'off'}`;
      },
      state: async (i) =>
        provinceTargets[Math.floor(i / 2) % provinceTargets.length].getAttribute('aria-pressed'),
    },
    // A bar of the security chart clicked, then a bar of another year: each click moves the year.
    bar: {
      available: barTargets.length === 2,
      aim: async (i) => click(barTargets[i % 2]),
      act: async (i, point) => {
        await page.mouse.click(point.x, point.y);
        return `bar ${i % 2}`;
      },
      state: yearValue,
    },
  };

  const resetView = async () => {
    if (found.reset && (await reset.isEnabled({ timeout: 2_000 }))) {
      const point = await click(reset);
      await page.mouse.click(point.x, point.y);
    }
  };
  return { found, kinds, resetView };
}

/**
 * Times `count` interactions of one kind (after `warmUp` unmeasured ones). Per interaction: aim
 * (scroll the target into view, find a point that hits it, move the mouse there: hover effects
 * happen before the clock starts), let the page settle, read performance.now() in the page, send
 * the input, then take the longest Event Timing entry of that interaction (see probe.mjs,
 * interactionSince). No entry (every event under 16 ms) is recorded as 16 ms with observed: false.
 */
async function timeKind(p, control, { count, warmUp, startIndex, settleMs }) {
  const samples = [];
  for (let n = 0; n < warmUp + count; n++) {
    const i = startIndex + n;
    await control.prepare?.();
    const point = control.aim ? await control.aim(i) : null;
    if (point) await p.page.mouse.move(point.x, point.y);
    const settled = await inPage(
      p,
      'settle',
      settleMs + 10_000,
      (ms) => window.__bench.settle(ms),
      settleMs,
    );
    if (!settled) throw new Error('a panel stayed loading before an interaction');
    // A random wait so the input lands anywhere in a frame, as a person's would.
    await sleep(Math.random() * 17);
    const before = await control.state(i);
    const since = await inPage(p, 'clock', 10_000, () => window.__bench.now());
    const what = await control.act(i, point);
    const entry = await inPage(
      p,
      `${what}: event timing`,
      20_000,
      (ms) => window.__bench.interactionSince(...ms),
      [since, 300],
    );
    const after = await control.state(i);
    if (n < warmUp) continue;
    samples.push({
      what,
      observed: entry !== null,
      duration: entry ? entry.duration : EVENT_THRESHOLD_MS,
      event: entry?.name ?? null,
      inputDelay: entry ? entry.processingStart - entry.startTime : null,
      processing: entry ? entry.processingEnd - entry.processingStart : null,
      presentation: entry ? entry.startTime + entry.duration - entry.processingEnd : null,
      target: entry?.target ?? null,
      changed: before !== after,
    });
  }
  return samples;
}

/**
 * One interaction run: load (with prefers-reduced-motion: reduce), then for each condition (in
 * `order`) and each kind, `iterations` timed interactions with real input; the JS heap (after GC)
 * after load and at the end.
 */
export async function measureInteractions(
  browser,
  server,
  { viewport, iterations, warmUp, throttleRate, order, timeoutMs },
) {
  const { p, cdp, inflight } = await openPage(browser, { viewport, reducedMotion: true });
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
    const panelCount = await inPage(
      p,
      'setup',
      10_000,
      () => window.__bench.snapshotPanels().count,
    );
    const { found, kinds, resetView } = await findControls(p.page);

    await cdpSend(cdp, 'HeapProfiler.enable');
    const heapAfterLoad = await heapMB(cdp);

    const samples = {};
    const available = {};
    for (const condition of order) {
      const rate = condition === 'throttled' ? throttleRate : 1;
      await cdpSend(cdp, 'Emulation.setCPUThrottlingRate', { rate });
      samples[condition] = {};
      for (const kind of MEASURED_KINDS) {
        const control = kinds[kind];
        available[kind] = control.available;
        if (!control.available) {
          samples[condition][kind] = [];
          continue;
        }
        try {
          samples[condition][kind] = await timeKind(p, control, {
            count: iterations,
            warmUp,
            startIndex: 0,
            settleMs: 5_000 * rate,
          });
        } catch (error) {
          throw new Error(
            `${condition} ${kind}: ${String(error?.message ?? error).split('\n')[0]}`,
            {
              cause: error,
            },
          );
        }
        await resetView();
      }
    }
    await cdpSend(cdp, 'Emulation.setCPUThrottlingRate', { rate: 1 });
    const heapAtEnd = await heapMB(cdp);
    return {
      timedOut: wait.timedOut,
      panelCount,
      controls: found,
      available,
      order,
      samples,
      heap: { afterLoad: heapAfterLoad, atEnd: heapAtEnd },
      pageErrors: [...p.pageErrors],
      consoleErrors: [...p.consoleErrors],
    };
  } finally {
    await closePage(p, cdp);
  }
}
