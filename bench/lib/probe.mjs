// The in-page half of the benchmark. `installProbe` is passed to page.addInitScript(), so it runs in
// every document before the app's own scripts, and must be self-contained (Playwright sends its
// source text, not a closure). It exposes `window.__bench`:
//
// - load: per-panel state of every shown `section[data-panel]` (not `[hidden]`; ready = `data-ready="true"`
//   or drawn in the default view baked into the page (`[data-baked]`, unless a linked view hides
//   it), error = a `[role="alert"]` inside a panel that is not ready, otherwise loading), tracked by a
//   MutationObserver; the time every panel present was settled, and the end of the next frame
//   (requestAnimationFrame + a MessageChannel tick) after it; layout shifts and long tasks from
//   buffered PerformanceObservers; the time the app took over (no baked markup left, every panel
//   ready by the app) and the end of the next frame after it. All times are performance.now(), i.e. ms since navigation start.
// - interactions: Event Timing entries (PerformanceObserver type 'event', durationThreshold 16)
//   for the real input the Node side sends; `interactionSince(t)` returns the longest entry of
//   the interaction that started after t. The probe never calls into the app.

export function installProbe() {
  if (window.__bench) return;

  const now = () => performance.now();
  // End of the next frame: the rAF callback runs before style/layout/paint of that frame; a task
  // posted from it runs after the frame has been produced.
  const frame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(now());
        channel.port2.postMessage(0);
      });
    });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  try {
    performance.setResourceTimingBufferSize(5000);
  } catch {
    // Older engines: the default buffer (250 entries) is enough for a first view.
  }

  const B = {
    version: 1,
    panels: {},
    allSettledAt: null,
    allSettledPaintAt: null,
    settledGeneration: 0,
    takenOverAt: null,
    takenOverPaintAt: null,
    shifts: [],
    cls: 0,
    longTasks: [],
    mutations: 0,
    panelMutations: 0,
    observerErrors: [],
  };
  window.__bench = B;

  const baked = (section) =>
    section.closest('[data-baked]') !== null &&
    !document.documentElement.hasAttribute('data-linked');
  function panelState(section) {
    if (section.getAttribute('data-ready') === 'true' || baked(section)) return 'ready';
    if (section.querySelector('[role="alert"]')) return 'error';
    return 'loading';
  }

  // Shown panels only: a panel the theme filter hides may stay in the DOM with the `hidden`
  // attribute (mounted, out of view); it is not a panel on the page.
  function sections() {
    return Array.from(document.querySelectorAll('section[data-panel]:not([hidden])'));
  }

  /** Present panels and whether every one of them is ready or showing an error. */
  function snapshotPanels() {
    const list = sections().map((s) => ({
      id: s.getAttribute('data-panel'),
      state: panelState(s),
    }));
    return {
      count: list.length,
      list,
      settled: list.length > 0 && list.every((p) => p.state !== 'loading'),
    };
  }
  B.snapshotPanels = snapshotPanels;

  let wasSettled = false;
  function checkLoad() {
    const t = now();
    const snap = snapshotPanels();
    for (const { id, state } of snap.list) {
      const rec = (B.panels[id] ??= {
        firstSeenAt: t,
        state: 'loading',
        readyAt: null,
        errorAt: null,
        transitions: 0,
      });
      if (rec.state !== state) {
        rec.transitions += 1;
        if (state === 'ready') rec.readyAt = t;
        if (state === 'error') rec.errorAt = t;
        rec.state = state;
      }
    }
    const present = new Set(snap.list.map((p) => p.id));
    for (const [id, rec] of Object.entries(B.panels)) {
      if (!present.has(id) && rec.state !== 'gone') {
        rec.state = 'gone';
        rec.transitions += 1;
      }
    }
    if (snap.settled && !wasSettled) {
      B.allSettledAt = t;
      B.allSettledPaintAt = null;
      const generation = ++B.settledGeneration;
      frame().then((painted) => {
        if (B.settledGeneration === generation) B.allSettledPaintAt = painted;
      });
    } else if (!snap.settled && wasSettled) {
      B.settledGeneration += 1;
      B.allSettledAt = null;
      B.allSettledPaintAt = null;
    }
    wasSettled = snap.settled;
    const app = sections();
    if (
      B.takenOverAt === null &&
      app.length > 0 &&
      !document.querySelector('[data-baked]') &&
      app.every((s) => s.getAttribute('data-ready') === 'true' || s.querySelector('[role="alert"]'))
    ) {
      B.takenOverAt = t;
      frame().then((painted) => (B.takenOverPaintAt = painted));
    }
  }

  const loadObserver = new MutationObserver(checkLoad);
  loadObserver.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'role', 'data-panel', 'hidden'],
  });
  B.stopLoadObserver = () => loadObserver.disconnect();

  function describeNode(node) {
    if (!node || node.nodeType !== 1) return node ? node.nodeName : null;
    let text = node.tagName.toLowerCase();
    if (node.id) text += `#${node.id}`;
    const classes = Array.from(node.classList).slice(0, 2);
    if (classes.length) text += `.${classes.join('.')}`;
    const panel = node.closest('section[data-panel]');
    if (panel) text += ` in panel ${panel.getAttribute('data-panel')}`;
    return text;
  }

  function observe(type, callback) {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({
        type,
        buffered: true,
      });
    } catch (error) {
      B.observerErrors.push(`${type}: ${error.message}`);
    }
  }
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    B.cls += entry.value;
    if (B.shifts.length < 50) {
      B.shifts.push({
        startTime: entry.startTime,
        value: entry.value,
        sources: (entry.sources ?? []).slice(0, 5).map((s) => describeNode(s.node)),
      });
    }
  });
  observe('longtask', (entry) => {
    B.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  });

  /** Everything the Node side reads at the end of a load run. */
  B.loadReport = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      panels: B.panels,
      allSettledAt: B.allSettledAt,
      allSettledPaintAt: B.allSettledPaintAt,
      takenOverPaintAt: B.takenOverPaintAt,
      snapshot: snapshotPanels(),
      cls: B.cls,
      shifts: B.shifts,
      longTasks: B.longTasks,
      fcp: fcp ? fcp.startTime : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      loadEvent: nav ? nav.loadEventEnd : null,
      resources: performance.getEntriesByType('resource').map((r) => ({
        url: r.name,
        initiatorType: r.initiatorType,
        startTime: r.startTime,
        responseEnd: r.responseEnd,
      })),
      observerErrors: B.observerErrors,
      now: now(),
    };
  };

  // ---- Interactions: Event Timing ------------------------------------------------------------
  // Every event entry of at least 16 ms (the smallest threshold the API allows) that belongs to
  // an interaction (interactionId > 0: pointerdown/up and click, keydown/up). The input itself is
  // real, sent by the Node side through the DevTools Protocol; nothing here touches the app.
  B.events = [];
  let eventObserver = null;
  const keepEvent = (entry) => {
    if (!entry.interactionId) return;
    B.events.push({
      name: entry.name,
      interactionId: entry.interactionId,
      startTime: entry.startTime,
      duration: entry.duration,
      processingStart: entry.processingStart,
      processingEnd: entry.processingEnd,
      target: describeNode(entry.target),
    });
  };
  try {
    eventObserver = new PerformanceObserver((list) => list.getEntries().forEach(keepEvent));
    eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {
    B.observerErrors.push(`event: ${error.message}`);
  }

  /**
   * The longest interaction that started at or after `since` (performance.now()), once the
   * page has painted: waits two frames, then up to `maxWaitMs` for its entries (they are queued
   * when the frame's presentation time is known, after the paint), and a little longer once one
   * is seen, for the other events of the same interaction. `null` when no entry of ≥ 16 ms came.
   */
  B.interactionSince = async (since, maxWaitMs) => {
    await frame();
    await frame();
    const start = now();
    let seenAt = null;
    for (;;) {
      if (eventObserver) eventObserver.takeRecords().forEach(keepEvent);
      const mine = B.events.filter((e) => e.startTime >= since);
      if (mine.length) seenAt ??= now();
      const t = now();
      if ((seenAt !== null && t - seenAt >= 50) || t - start >= maxWaitMs) {
        if (!mine.length) return null;
        const longest = mine.reduce((a, b) => (b.duration > a.duration ? b : a));
        return { ...longest, entries: mine.length };
      }
      await sleep(10);
    }
  };

  /** Resolves after the next frame and once every panel present is ready or in error. */
  B.settle = async (timeoutMs) => {
    await frame();
    const start = now();
    for (;;) {
      const snap = snapshotPanels();
      if (snap.count === 0 || snap.settled) return true;
      if (now() - start > timeoutMs) return false;
      await sleep(10);
    }
  };

  B.now = now;
}
