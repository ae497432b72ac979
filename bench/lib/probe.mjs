// The in-page half of the benchmark. `installProbe` is passed to page.addInitScript(), so it runs in
// every document before the app's own scripts, and must be self-contained (Playwright sends its
// source text, not a closure). It exposes `window.__bench`:
//
// - load: per-panel state of every shown `section[data-panel]` (not `[hidden]`; ready = `data-ready="true"`, error = a
//   `[role="alert"]` inside a panel that is not ready, otherwise loading), tracked by a
//   MutationObserver; the time every panel present was settled, and the end of the next frame
//   (requestAnimationFrame + a MessageChannel tick) after it; layout shifts and long tasks from
//   buffered PerformanceObservers. All times are performance.now(), i.e. ms since navigation start.
// - interactions: `measure(kind, iterations, seed)` dispatches filter changes in the page and
//   times each one (see measureOne below).

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
    shifts: [],
    cls: 0,
    longTasks: [],
    mutations: 0,
    panelMutations: 0,
    observerErrors: [],
  };
  window.__bench = B;

  function panelState(section) {
    if (section.getAttribute('data-ready') === 'true') return 'ready';
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

  // ---- Interactions --------------------------------------------------------------------------

  function label(el) {
    return (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ');
  }
  function filterBar() {
    return document.querySelector('[role="search"][aria-label="Filters"]') || document;
  }
  function button(name) {
    return Array.from(filterBar().querySelectorAll('button')).find((b) => label(b) === name);
  }
  /**
   * The "Year in focus" slider: a range input named so by aria-label, its labels or an enclosing
   * <label>; failing that, the only range input in the filter bar.
   */
  function yearSlider() {
    const ranges = Array.from(filterBar().querySelectorAll('input[type="range"]'));
    const named = (r) =>
      r.getAttribute('aria-label') === 'Year in focus' ||
      Array.from(r.labels ?? []).some((l) => l.textContent.includes('Year in focus')) ||
      Boolean(r.closest('label')?.textContent.includes('Year in focus'));
    return ranges.find(named) ?? (ranges.length === 1 ? ranges[0] : null);
  }
  const THEMES = [
    'Security',
    'Trade',
    'Refugees',
    'Opinion',
    'Connectivity',
    'Border',
    'Diplomacy',
  ];
  function themeButtons() {
    return THEMES.map((name) => button(name)).filter((b) => b && b.hasAttribute('aria-pressed'));
  }
  const usable = (el) => el && !el.disabled;

  B.controls = () => ({
    filterBar: filterBar() !== document,
    slider: Boolean(yearSlider()),
    previousYear: Boolean(button('Previous year')),
    nextYear: Boolean(button('Next year')),
    themes: themeButtons().map(label),
    resetAll: Boolean(button('Reset all')),
  });

  function setSlider(slider, value) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(slider, String(value));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function navigate(search) {
    history.pushState(null, '', search || location.pathname);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }

  /**
   * One filter change of the given kind, dispatched synchronously. Returns a description of what
   * was done, or null when the control is missing. Iterations alternate so the view oscillates:
   * year: slider to year-1, then "Next year" (or the other control when one is missing);
   * theme: a theme on, then off (cycling through the themes); province: PK-KP, PK-BA, none.
   */
  const ACTIONS = {
    // Nothing: the floor of the method (waiting for the next frame from a random phase).
    baseline() {
      return 'no-op';
    },
    year(i) {
      const slider = yearSlider();
      const prev = button('Previous year');
      const next = button('Next year');
      const down = i % 2 === 0;
      if (slider && (down || !usable(next))) {
        const value = Number(slider.value) + (down ? -1 : 1);
        setSlider(slider, value);
        return `slider ${value}`;
      }
      const target = down ? prev : next;
      if (usable(target)) {
        target.click();
        return label(target);
      }
      if (slider) {
        const value = Number(slider.value) + (down ? -1 : 1);
        setSlider(slider, value);
        return `slider ${value}`;
      }
      return null;
    },
    theme(i) {
      const buttons = themeButtons();
      if (buttons.length === 0) return null;
      const b = buttons[Math.floor(i / 2) % buttons.length];
      const turningOn = b.getAttribute('aria-pressed') !== 'true';
      b.click();
      return `${label(b)} ${turningOn ? 'on' : 'off'}`;
    },
    province(i) {
      const target = ['?province=PK-KP', '?province=PK-BA', ''][i % 3];
      navigate(target);
      return target || 'none';
    },
  };
  B.available = (kind) => {
    if (kind === 'year') return Boolean(yearSlider() || button('Previous year'));
    if (kind === 'theme') return themeButtons().length > 0;
    return kind === 'province' || kind === 'baseline';
  };

  // Counts DOM mutations: all of them (did the change do anything?) and those inside a panel or
  // adding/removing one (when did the panels stop changing?).
  let mutationObserver = null;
  function startMutationCounter() {
    if (mutationObserver) return;
    const inPanel = (node) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      return Boolean(el && el.closest('section[data-panel]'));
    };
    const hasPanel = (nodes) =>
      Array.from(nodes).some(
        (n) =>
          n.nodeType === 1 &&
          (n.matches('section[data-panel]') || n.querySelector('section[data-panel]')),
      );
    mutationObserver = new MutationObserver((records) => {
      B.mutations += records.length;
      for (const r of records) {
        if (
          inPanel(r.target) ||
          (r.type === 'childList' && (hasPanel(r.addedNodes) || hasPanel(r.removedNodes)))
        ) {
          B.panelMutations += 1;
        }
      }
    });
    mutationObserver.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }

  /** Waits until every panel present is ready or in error; false after `timeoutMs`. */
  async function waitPanelsSettled(timeoutMs) {
    const start = now();
    for (;;) {
      const snap = snapshotPanels();
      if (snap.count === 0 || snap.settled) return true;
      if (now() - start > timeoutMs) return false;
      await sleep(5);
    }
  }

  // A panel that never settles after a change would make every later change wait the full
  // timeout, so a run would take many minutes and look hung. The run stops instead, saying which
  // panels and which change; the Node side reports it and exits with code 2.
  const SETTLE_TIMEOUT_MS = 5000;
  // The changes made so far, newest last: a panel can stay loading because of an earlier one
  // (hidden by a theme, then shown again), so the error names the one before too.
  const changeLog = [];
  function act(kind, i) {
    const what = ACTIONS[kind](i);
    if (what !== null) changeLog.push(what);
    return what;
  }
  function stuckError(what) {
    const loading = snapshotPanels()
      .list.filter((p) => p.state === 'loading')
      .map((p) => p.id);
    const before = changeLog.at(-2);
    return new Error(
      `after the filter change "${what}"${before ? ` (the one before: "${before}")` : ''}, ` +
        `URL now ${location.search || 'without a query'}, panel(s) ${loading.join(', ')} ` +
        `stayed loading for ${SETTLE_TIMEOUT_MS / 1000} s: no data-ready="true" and no ` +
        'role="alert" inside',
    );
  }

  /**
   * Times one filter change, from t0 just before the dispatch:
   * - firstFrame: → end of the next frame (rAF, then a MessageChannel task after it), or of the
   *   frame after every panel is ready again if a panel went back to loading. React renders
   *   discrete events and external-store updates synchronously (flushed in a microtask before
   *   the frame), so for a synchronous update this covers render, commit, style, layout, paint.
   * - updated (the budgeted figure): → end of the frame that painted the last DOM change inside
   *   a panel, found by waiting until two frames pass without one (at most 1 s: `capped`). Equal
   *   to firstFrame unless the panels kept rendering later (transitions, deferred values,
   *   effects, JS animations).
   * - work: → after React's microtask flush and a forced style/layout (no wait for a frame).
   */
  async function measureOne(kind, i) {
    const mutationsBefore = B.mutations;
    const t0 = now();
    const what = act(kind, i);
    if (what === null) return null;
    await Promise.resolve();
    await Promise.resolve();
    document.documentElement.getBoundingClientRect();
    const tWork = now();
    let t1 = await frame();
    const snap = snapshotPanels();
    let reloaded = false;
    if (snap.count > 0 && !snap.settled) {
      reloaded = true;
      if (!(await waitPanelsSettled(SETTLE_TIMEOUT_MS))) throw stuckError(what);
      t1 = await frame();
    }
    let lastChange = t1;
    let seen = B.panelMutations;
    let quiet = 0;
    while (quiet < 2 && now() - t0 < 1000) {
      const end = await frame();
      if (B.panelMutations !== seen) {
        seen = B.panelMutations;
        lastChange = end;
        quiet = 0;
      } else {
        quiet += 1;
      }
    }
    return {
      what,
      updated: lastChange - t0,
      firstFrame: t1 - t0,
      work: tWork - t0,
      late: lastChange > t1,
      capped: quiet < 2,
      domChanged: B.mutations !== mutationsBefore,
      reloaded,
      panels: snapshotPanels().count,
    };
  }

  // A small deterministic PRNG (mulberry32) for the dispatch phase relative to vsync.
  function random(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Runs `iterations` changes of one kind; each starts at a random point within a frame. */
  B.measure = async (kind, iterations, seed) => {
    startMutationCounter();
    const rnd = random(seed);
    const samples = [];
    for (let i = 0; i < iterations; i++) {
      await frame();
      await sleep(rnd() * 16.7);
      const sample = await measureOne(kind, i);
      if (sample === null) break;
      samples.push(sample);
    }
    return samples;
  };

  /** Unmeasured filter changes (warm-up, heap test): year, theme and province in turn. */
  B.churn = async (count) => {
    startMutationCounter();
    const kinds = ['year', 'theme', 'province'].filter((k) => B.available(k));
    let done = 0;
    for (let i = 0; done < count && kinds.length > 0; i++) {
      const kind = kinds[i % kinds.length];
      const what = act(kind, Math.floor(i / kinds.length));
      if (what === null) continue;
      done += 1;
      await frame();
      if (!(await waitPanelsSettled(SETTLE_TIMEOUT_MS))) throw stuckError(what);
    }
    return done;
  };

  /** Back to the default view (no query string), unmeasured. */
  B.resetView = async () => {
    if (location.search) {
      navigate('');
      changeLog.push('reset to no query');
    }
    await frame();
    if (!(await waitPanelsSettled(SETTLE_TIMEOUT_MS))) throw stuckError('reset to no query');
  };
}
