// Summaries, budgets and the console tables.

import { CONDITIONS, EVENT_THRESHOLD_MS, INTERACTIONS, MEASURED_KINDS } from './browser.mjs';
import { summarize } from './stats.mjs';

export const EXPECTED_PANELS = ['map', 'security', 'trade', 'refugees', 'opinion'];

/** 1 KB = 1000 bytes, as Vite reports sizes. */
export const BUDGETS = {
  firstViewJsGzip: 170_000,
  totalJsGzip: 280_000,
  // Every panel showing its data ÷ the same finished page loaded as static HTML (scripts removed),
  // both measured in the same run: median over median, per condition.
  readyRatio: { cold: 1.2, throttled: 1.3 },
  // Interaction to next paint (Event Timing duration), p95 per kind, per condition.
  inpP95Ms: { unthrottled: 50, throttled: 100 },
  // "No layout shift": a CLS that rounds to 0.0000 (Chromium can report sub-pixel noise).
  maxCls: 0.00005,
};

const KB = (bytes) => (bytes / 1000).toFixed(1);
const ms0 = (v) => (v === null || v === undefined ? '–' : Math.round(v).toString());
const ms1 = (v) => (v === null || v === undefined ? '–' : v.toFixed(1));
/** An INP figure: "< 16" when it is the threshold stand-in (no entry for that many samples). */
const inpText = (v, s) =>
  v === null || v === undefined
    ? '–'
    : v <= EVENT_THRESHOLD_MS && s.belowThreshold > 0
      ? `< ${EVENT_THRESHOLD_MS}`
      : ms0(v);

/** "median (min–max)" of a summary, with a formatter. */
function spread(s, fmt = ms0) {
  if (!s || s.n === 0) return 'n/a';
  return s.min === s.max ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

// ---- Summaries --------------------------------------------------------------------------------

function summarizeLoads(runs) {
  const panelIds = [...new Set(runs.flatMap((r) => r.panelIds))];
  const perPanel = {};
  for (const id of panelIds) {
    perPanel[id] = summarize(
      runs.map((r) => r.panels.find((p) => p.id === id && p.state === 'ready')?.readyAt ?? null),
    );
  }
  return {
    runs: runs.length,
    panelsFound: panelIds,
    maxPanelCount: Math.max(0, ...runs.map((r) => r.panelCount)),
    allReady: summarize(runs.map((r) => r.allReady)),
    interactive: summarize(runs.map((r) => r.interactive)),
    failedRuns: runs.filter((r) => r.panelCount > 0 && r.allReady === null).length,
    errors: [...new Set(runs.flatMap((r) => r.errors))],
    neverReady: [...new Set(runs.flatMap((r) => r.loading))],
    timeouts: runs.filter((r) => r.timedOut).length,
    perPanel,
    fcp: summarize(runs.map((r) => r.fcp)),
    loadEvent: summarize(runs.map((r) => r.loadEvent)),
    longTaskCount: summarize(runs.map((r) => r.longTasks.count)),
    longTaskMs: summarize(runs.map((r) => r.longTasks.totalMs)),
    blockingMs: summarize(runs.map((r) => r.longTasks.blockingMs)),
    cls: summarize(runs.map((r) => r.cls)),
  };
}

function loadedAtFirstView(coldRuns, sizes) {
  const byFile = new Map(sizes.chunks.map((c) => [c.file, c]));
  const seen = new Map();
  const unknown = new Set();
  for (const run of coldRuns) {
    for (const r of run.resources) {
      if (!r.beforeReady) continue;
      let file;
      try {
        file = decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, '');
      } catch {
        continue;
      }
      if (!/\.(m?js|css)$/i.test(file)) continue;
      const chunk = byFile.get(file);
      if (!chunk) unknown.add(file);
      else seen.set(file, (seen.get(file) ?? 0) + 1);
    }
  }
  const files = [...seen.keys()].sort();
  const js = files.map((f) => byFile.get(f)).filter((c) => c.type === 'js');
  return {
    files: files.map((f) => ({ file: f, runs: seen.get(f) })),
    js: {
      files: js.map((c) => c.file),
      raw: js.reduce((a, c) => a + c.raw, 0),
      gzip: js.reduce((a, c) => a + c.gzip, 0),
    },
    lazyJsFetched: js.filter((c) => !c.firstView).map((c) => c.file),
    unknown: [...unknown],
  };
}

const KIND_NAMES = {
  floor: 'no-op key press (floor)',
  year: 'year step (slider, arrow key)',
  theme: 'theme toggle (click)',
  province: 'province (click on the map)',
  bar: 'chart bar (click, security chart)',
};

function summarizeInteractions(runs) {
  const out = {};
  for (const condition of CONDITIONS) {
    out[condition] = {};
    for (const kind of MEASURED_KINDS) {
      const all = runs.flatMap((r) => r.samples[condition]?.[kind] ?? []);
      const seen = all.filter((s) => s.observed);
      out[condition][kind] = {
        n: all.length,
        observed: seen.length,
        // Interactions with no Event Timing entry: every event under 16 ms, counted as 16.
        belowThreshold: all.length - seen.length,
        duration: summarize(all.map((s) => s.duration)),
        inputDelay: summarize(seen.map((s) => s.inputDelay)),
        processing: summarize(seen.map((s) => s.processing)),
        presentation: summarize(seen.map((s) => s.presentation)),
        perRunP95: runs.map(
          (r) => summarize((r.samples[condition]?.[kind] ?? []).map((s) => s.duration)).p95,
        ),
        unchanged: kind === 'floor' ? 0 : all.filter((s) => !s.changed).length,
      };
    }
  }
  return out;
}

function summarizeHeap(runs) {
  return {
    afterLoadMB: summarize(runs.map((r) => r.heap.afterLoad.usedMB)),
    atEndMB: summarize(runs.map((r) => r.heap.atEnd.usedMB)),
    interactions: runs.map((r) =>
      Object.values(r.samples).reduce(
        (a, byKind) => a + Object.values(byKind).reduce((b, list) => b + list.length, 0),
        0,
      ),
    ),
  };
}

export function summarizeAll({
  sizes,
  cold,
  throttled,
  staticCold = [],
  staticThrottled = [],
  interactions,
  throttleRate,
}) {
  return {
    load: {
      cold: summarizeLoads(cold),
      throttled: summarizeLoads(throttled),
      staticCold: summarizeLoads(staticCold),
      staticThrottled: summarizeLoads(staticThrottled),
    },
    loadedAtFirstView: loadedAtFirstView(cold, sizes),
    interactions: summarizeInteractions(interactions),
    available: Object.fromEntries(
      MEASURED_KINDS.map((k) => [k, interactions.some((r) => r.available[k])]),
    ),
    heap: summarizeHeap(interactions),
    panelsInInteractionRuns: Math.max(0, ...interactions.map((r) => r.panelCount)),
    throttleRate,
  };
}

// ---- Budgets ----------------------------------------------------------------------------------

const NOT_MEASURED = 'not measured';

export function evaluateBudgets({ sizes, summary }) {
  const budgets = [];
  const add = (id, label, limit, value, status, note = '') =>
    budgets.push({ id, label, limit, value, status, note });
  const cmp = (value, limit) => (value <= limit ? 'pass' : 'fail');

  add(
    'first-view-js',
    'First-view JS, gzip (entry + static imports)',
    `≤ ${KB(BUDGETS.firstViewJsGzip)} KB`,
    `${KB(sizes.firstView.js.gzip)} KB`,
    cmp(sizes.firstView.js.gzip, BUDGETS.firstViewJsGzip),
  );
  add(
    'total-js',
    'All JS, gzip',
    `≤ ${KB(BUDGETS.totalJsGzip)} KB`,
    `${KB(sizes.total.js.gzip)} KB`,
    cmp(sizes.total.js.gzip, BUDGETS.totalJsGzip),
  );
  for (const f of sizes.features) {
    const value =
      f.status === 'fail'
        ? `in ${f.inFirstView.join(', ')}`
        : f.status === 'pass'
          ? f.lazy.join(', ')
          : 'no such code found';
    add(
      `split-${f.id}`,
      f.label,
      'lazy chunk',
      value,
      f.status === 'not found' ? NOT_MEASURED : f.status,
    );
  }

  for (const condition of ['cold', 'throttled']) {
    const app = summary.load[condition];
    const floor = summary.load[condition === 'cold' ? 'staticCold' : 'staticThrottled'];
    const limit = BUDGETS.readyRatio[condition];
    const label = `Every panel showing data ÷ same page as static HTML, ${condition === 'cold' ? 'unthrottled' : `CPU ${summary.throttleRate}×`} (medians)`;
    const limitText = `≤ ${limit.toFixed(2)}×`;
    if (app.maxPanelCount === 0) {
      add(`ready-ratio-${condition}`, label, limitText, 'no panels found', NOT_MEASURED);
    } else if (app.failedRuns > 0) {
      const why = [
        app.errors.length ? `error in ${app.errors.join(', ')}` : '',
        app.neverReady.length ? `never ready: ${app.neverReady.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      const runsText = `${app.failedRuns}/${app.runs} runs failed`;
      add(`ready-ratio-${condition}`, label, limitText, runsText, 'fail', why);
    } else if (!floor.allReady.n) {
      add(`ready-ratio-${condition}`, label, limitText, 'static floor not measured', NOT_MEASURED);
    } else {
      const ratio = app.allReady.median / floor.allReady.median;
      add(
        `ready-ratio-${condition}`,
        label,
        limitText,
        `${ratio.toFixed(2)}× (${ms0(app.allReady.median)} ÷ ${ms0(floor.allReady.median)} ms, ${app.panelsFound.length} panels)`,
        cmp(ratio, limit),
      );
    }
  }

  const maxCls = Math.max(summary.load.cold.cls.max ?? 0, summary.load.throttled.cls.max ?? 0);
  add(
    'layout-shift',
    'Layout shift during load and take-over (max CLS, all runs)',
    '0',
    maxCls.toFixed(4),
    maxCls < BUDGETS.maxCls ? 'pass' : 'fail',
  );

  const panels = summary.panelsInInteractionRuns;
  for (const condition of CONDITIONS) {
    const limit = BUDGETS.inpP95Ms[condition];
    const floor = summary.interactions[condition].floor;
    const floorText = floor.n ? `floor p95 ${inpText(floor.duration.p95, floor)}` : 'no floor';
    for (const kind of INTERACTIONS) {
      const s = summary.interactions[condition][kind];
      const reason =
        panels === 0
          ? 'no panels found'
          : !summary.available[kind] || s.n === 0
            ? 'control not found'
            : null;
      add(
        `inp-${kind}-${condition}`,
        `INP ${KIND_NAMES[kind]}, ${condition === 'throttled' ? `CPU ${summary.throttleRate}×` : 'unthrottled'}, p95`,
        `≤ ${limit} ms`,
        reason ?? `${inpText(s.duration.p95, s)} ms (${floorText})`,
        reason ? NOT_MEASURED : cmp(s.duration.p95, limit),
      );
    }
  }
  return budgets;
}

// ---- Tables -----------------------------------------------------------------------------------

/** A plain-text table; `align` is a string of 'l'/'r' per column. */
export function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (cells) =>
    cells
      .map((c, i) =>
        align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [fmt(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export function renderReport(result) {
  const { meta, sizes, summary, budgets, warnings, options } = result;
  const out = [];
  const m = meta.machine;
  out.push(
    `npm run bench — ${meta.date}`,
    `commit ${meta.git.commit ?? 'unknown'}${meta.git.dirty ? ' (uncommitted changes)' : ''} · ` +
      `${m.cpus} cores (${m.cpuModel}), ${m.memoryGB.toFixed(1)} GB RAM · ${m.os} · ` +
      `Chromium ${m.chromium} · Node ${m.node}`,
    `${options.runs} load runs per condition, ${options.interactionRuns} interaction runs × ` +
      `${options.iterations} interactions per kind per condition, ` +
      `viewport ${options.viewport.width}×${options.viewport.height}, CPU throttling ${options.throttleRate}×`,
    '',
  );

  // Bundle
  out.push('Bundle (gzip level 9; 1 KB = 1000 bytes)', '');
  const chunkRows = sizes.chunks.map((c) => [
    c.file,
    c.type.toUpperCase(),
    c.entry ? 'entry' : c.firstView ? 'first view' : 'lazy',
    KB(c.raw),
    KB(c.gzip),
  ]);
  const lf = summary.loadedAtFirstView;
  const sumRows = [
    ['First-view JS (entry + static imports)', sizes.firstView.js],
    ['JS loaded before all panels were ready', lf.js],
    ['Lazy JS (dynamic imports)', sizes.lazy.js],
    ['All JS', sizes.total.js],
    ['First-view CSS', sizes.firstView.css],
    ['All CSS', sizes.total.css],
  ].map(([label, s]) => [label, '', `${s.files.length} file(s)`, KB(s.raw), KB(s.gzip)]);
  out.push(
    table(
      ['File', 'Type', 'Loaded', 'Raw KB', 'Gzip KB'],
      [...chunkRows, ['', '', '', '', ''], ...sumRows],
      'lllrr',
    ),
    '',
  );

  // Load
  const { cold, throttled } = summary.load;
  out.push(
    `Load: navigation start → every panel showing its data (ms; median (min–max) of ${options.runs} cold runs)`,
    '',
  );
  const loadRows = [
    ['Every panel ready, painted', spread(cold.allReady), spread(throttled.allReady)],
    [
      'Same page as static HTML (floor)',
      spread(summary.load.staticCold.allReady),
      spread(summary.load.staticThrottled.allReady),
    ],
    [
      'The app has taken over (time to interactive)',
      spread(cold.interactive),
      spread(throttled.interactive),
    ],
    ...[...new Set([...cold.panelsFound, ...throttled.panelsFound])].map((id) => [
      `  panel ${id} ready (commit)`,
      spread(cold.perPanel[id]),
      spread(throttled.perPanel[id]),
    ]),
    ['First contentful paint', spread(cold.fcp), spread(throttled.fcp)],
    ['Load event end', spread(cold.loadEvent), spread(throttled.loadEvent)],
    ['Long tasks until ready (count)', spread(cold.longTaskCount), spread(throttled.longTaskCount)],
    ['Long tasks until ready (total ms)', spread(cold.longTaskMs), spread(throttled.longTaskMs)],
    ['Blocking time (sum over 50 ms)', spread(cold.blockingMs), spread(throttled.blockingMs)],
    [
      'Layout shift (CLS)',
      spread(cold.cls, (v) => v.toFixed(4)),
      spread(throttled.cls, (v) => v.toFixed(4)),
    ],
  ];
  out.push(
    table(['Metric', 'Unthrottled', `CPU ${options.throttleRate}× slower`], loadRows, 'lrr'),
    '',
  );
  if (cold.maxPanelCount === 0)
    out.push('No section[data-panel] found: panel timings not measured.', '');

  // Interactions
  out.push(
    'Interaction to next paint, real input (Event Timing duration, ms; all samples of all runs pooled)',
    '',
  );
  const iRows = [];
  for (const condition of CONDITIONS) {
    for (const kind of MEASURED_KINDS) {
      const s = summary.interactions[condition][kind];
      const when = condition === 'throttled' ? `CPU ${options.throttleRate}×` : 'unthrottled';
      if (s.n === 0) {
        iRows.push([KIND_NAMES[kind], when, 0, 'n/a', '', '', '', '', '', '', '']);
        continue;
      }
      iRows.push([
        KIND_NAMES[kind],
        when,
        s.n,
        s.belowThreshold,
        inpText(s.duration.median, s),
        inpText(s.duration.p95, s),
        inpText(s.duration.max, s),
        ms0(s.inputDelay.median),
        ms0(s.processing.median),
        ms0(s.presentation.median),
        s.unchanged,
      ]);
    }
  }
  out.push(
    table(
      [
        'Interaction',
        'Condition',
        'n',
        '< 16',
        'Median',
        'p95',
        'Max',
        'Input delay',
        'Processing',
        'To paint',
        'No effect',
      ],
      iRows,
      'llrrrrrrrrr',
    ),
    '',
    'Per interaction: the longest Event Timing entry (PerformanceObserver type event, durationThreshold',
    '16) of the key press or click, from the input to the next paint after its handlers, in 8 ms steps.',
    `< 16: interactions with no entry (every event under ${EVENT_THRESHOLD_MS} ms), counted as ${EVENT_THRESHOLD_MS};`,
    'a "< 16" figure is that stand-in. Input delay, processing and to paint: medians of the entries seen.',
    'No effect: interactions after which the state they change (year, pressed) was the same.',
    '',
  );

  // Heap
  const h = summary.heap;
  out.push('JS heap (MB used after forced GC; median (min–max))', '');
  out.push(
    table(
      ['When', 'Used MB'],
      [
        ['After load', spread(h.afterLoadMB, ms1)],
        [`After ${h.interactions[0] ?? 0} timed interactions`, spread(h.atEndMB, ms1)],
      ],
      'lr',
    ),
    '',
  );

  // Budgets
  out.push('Budgets', '');
  out.push(
    table(
      ['Budget', 'Limit', 'Measured', 'Result'],
      budgets.map((b) => [
        b.label,
        b.limit,
        b.value,
        b.status === 'pass' ? 'PASS' : b.status === 'fail' ? 'FAIL' : 'n/a (not measured)',
      ]),
      'llll',
    ),
  );
  const notes = budgets.filter((b) => b.note && b.status === 'fail');
  for (const b of notes) out.push(`  ${b.label}: ${b.note}`);
  out.push('');

  if (warnings.length) {
    out.push('Warnings', ...warnings.map((w) => `  - ${w}`), '');
  }
  return out.join('\n');
}
