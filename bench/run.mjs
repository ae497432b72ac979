// npm run bench: builds the app, serves dist/ on 127.0.0.1, drives the system Chromium and prints
// bundle sizes, load timings (cold and CPU-throttled), interaction to next paint for real input
// (unthrottled and CPU-throttled, beside a no-op floor), long tasks, layout shift and JS heap,
// then checks the budgets. Method and budgets: BENCHMARKS.md.
//
//   node bench/run.mjs [--runs N] [--interaction-runs N] [--iterations N] [--json PATH]
//                      [--no-build] [--dist DIR] [--throttle RATE] [--viewport WxH] [--timeout S]
//
// Exit code: 0 when every measured budget holds, 1 when one is broken, 2 when the benchmark could
// not run (build failed, no Chromium, crash).

import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, PROJECT_ROOT, startServer } from '../scripts/browser.mjs';
import {
  CONDITIONS,
  launchIsolatedBrowser,
  measureInteractions,
  measureLoad,
  startBlackholeProxy,
  withTimeout,
} from './lib/browser.mjs';
import {
  BUDGETS,
  EXPECTED_PANELS,
  evaluateBudgets,
  renderReport,
  summarizeAll,
} from './lib/report.mjs';
import { analyzeDist } from './lib/sizes.mjs';
import { roundDeep } from './lib/stats.mjs';

const USAGE = `Usage: npm run bench -- [options]

  --runs N          page loads per condition (default 5)
  --interaction-runs N
                    pages on which interactions are timed (default 2)
  --iterations N    timed interactions per kind, per condition, per interaction run (default 10)
  --json PATH       where to write the JSON results (default bench/results/latest.json)
  --no-build        measure the existing build instead of running npm run build
  --dist DIR        the build to serve (default dist)
  --throttle RATE   CPU slow-down for the throttled loads and interactions (default 4)
  --viewport WxH    browser viewport (default 1280x2000, tall enough to show every panel)
  --timeout S       give up after S seconds, build included (default 900)
  --help            this text

Exit code: 0 budgets hold, 1 a measured budget is broken, 2 the benchmark could not run.`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      'interaction-runs': { type: 'string', default: '2' },
      iterations: { type: 'string', default: '10' },
      json: { type: 'string', default: 'bench/results/latest.json' },
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      throttle: { type: 'string', default: '4' },
      viewport: { type: 'string', default: '1280x2000' },
      timeout: { type: 'string', default: '900' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  const viewport = /^(\d+)x(\d+)$/.exec(values.viewport);
  if (!viewport) throw new Error('--viewport must look like 1280x2000');
  const throttleRate = Number(values.throttle);
  if (!(throttleRate >= 1)) throw new Error('--throttle must be a number ≥ 1');
  return {
    help: values.help,
    runs: int('runs', 1),
    interactionRuns: int('interaction-runs', 1),
    iterations: int('iterations', 2),
    json: values.json,
    build: !values['no-build'],
    dist: values.dist,
    throttleRate,
    viewport: { width: Number(viewport[1]), height: Number(viewport[2]) },
    timeoutS: int('timeout', 30),
  };
}

function git(args) {
  try {
    return execFileSync('git', args, {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function gitInfo() {
  return {
    commit: git(['rev-parse', '--short', 'HEAD']),
    branch: git(['rev-parse', '--abbrev-ref', 'HEAD']),
    dirty: Boolean(git(['status', '--porcelain', '--untracked-files=no'])),
  };
}

/** Writes the results; returns the path to show (relative to the current directory if inside it). */
async function writeJson(file, data) {
  const jsonPath = path.resolve(PROJECT_ROOT, file);
  await mkdir(path.dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(roundDeep(data, 5), null, 2)}\n`);
  const relative = path.relative(process.cwd(), jsonPath);
  return relative && !relative.startsWith('..') ? relative : jsonPath;
}

function runBuild() {
  return new Promise((resolve) => {
    const started = Date.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'build'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    open.build = child;
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) =>
      resolve({ ok: false, ms: Date.now() - started, output: String(error) }),
    );
    child.on('exit', (code) => {
      open.build = null;
      resolve({ ok: code === 0, ms: Date.now() - started, output });
    });
  });
}

// What has to be closed before the process can exit, whatever happens: the build, the static
// server, the proxy and the browser. Each close is bounded, so closing can never hang either.
const open = { build: null, server: null, proxy: null, browser: null };
/** Where the server answers with the finished page as static HTML (the load floor). */
const STATIC_PATH = '/__bench-static.html';
let closing = null;
function closeAll() {
  closing ??= (async () => {
    open.build?.kill('SIGTERM');
    const quietly = (promise, ms, what) => withTimeout(promise, ms, what).catch(() => {});
    if (open.browser) await quietly(open.browser.close(), 15_000, 'browser close');
    if (open.server) await quietly(open.server.close(), 5_000, 'server close');
    if (open.proxy) await quietly(open.proxy.close(), 5_000, 'proxy close');
  })();
  return closing;
}

/** Ends the process with `code` once stdout and stderr are flushed, whatever is still open. */
function exit(code) {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

const t0 = Date.now();
const log = (text) =>
  console.error(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${text}`);

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  // The whole run has a deadline: past it, close everything and exit 2 rather than hang.
  setTimeout(() => {
    console.error(
      `bench: gave up after ${options.timeoutS} s (--timeout); the figures so far are not written.`,
    );
    closeAll().then(() => exit(2));
  }, options.timeoutS * 1000).unref();

  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    console.error(
      `bench: Chromium not found or not executable at ${CHROMIUM_PATH}; install it or set CHROMIUM_PATH.`,
    );
    return 2;
  }

  let build = { ran: false, ms: null };
  if (options.build) {
    log('bench: npm run build …');
    const result = await runBuild();
    build = { ran: true, ms: result.ms };
    if (!result.ok) {
      await writeJson(options.json, {
        schema: 1,
        meta: { date: new Date().toISOString(), git: gitInfo() },
        options,
        ok: false,
        error: 'build failed',
        buildOutput: result.output.trim().split('\n').slice(-40),
      });
      console.error(
        `bench: the build failed, nothing measured.\n\n${result.output.trim().split('\n').slice(-40).join('\n')}`,
      );
      return 2;
    }
    log(`bench: built in ${(result.ms / 1000).toFixed(1)} s`);
  }

  const distDir = path.resolve(PROJECT_ROOT, options.dist);
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error(`bench: ${options.dist}/index.html not found; run without --no-build.`);
    return 2;
  }

  const sizes = await analyzeDist(distDir);
  const warnings = [...sizes.warnings];

  const cold = [];
  const throttled = [];
  const staticCold = [];
  const staticThrottled = [];
  const interactions = [];
  let meta;
  let phase = 'starting the server and the browser';
  try {
    const server = (open.server = await startServer({ root: distDir }));
    const proxy = (open.proxy = await startBlackholeProxy());
    const browser = (open.browser = await launchIsolatedBrowser(proxy));
    const { runs, interactionRuns, viewport, throttleRate, iterations } = options;
    // One discarded load first, so the first measured run does not pay for starting a renderer;
    // it also takes the finished page as static HTML, the floor each load is measured against.
    phase = 'warm-up load';
    log(`bench: ${phase}`);
    const warm = await measureLoad(browser, server, {
      viewport,
      timeoutMs: 15_000,
      captureStatic: true,
    });
    server.setOverrides({
      [STATIC_PATH]: { body: warm.staticHtml ?? '', contentType: 'text/html; charset=utf-8' },
    });
    const load = (path, rate) =>
      measureLoad(browser, server, {
        viewport,
        path,
        throttleRate: rate,
        timeoutMs: 15_000 * rate,
      });
    for (let i = 0; i < runs; i++) {
      phase = `load run ${i + 1}/${runs}`;
      log(`bench: ${phase} (unthrottled, then CPU ${throttleRate}×; the app, then static HTML)`);
      cold.push(await load('/', 1));
      staticCold.push(await load(STATIC_PATH, 1));
      throttled.push(await load('/', throttleRate));
      staticThrottled.push(await load(STATIC_PATH, throttleRate));
    }
    for (let i = 0; i < interactionRuns; i++) {
      // Conditions alternate in order between runs, so neither always comes first.
      const order = i % 2 === 0 ? [...CONDITIONS] : [...CONDITIONS].reverse();
      phase = `interaction run ${i + 1}/${interactionRuns}`;
      log(`bench: ${phase} (${order.join(', then ')})`);
      interactions.push(
        await measureInteractions(browser, server, {
          viewport,
          iterations,
          warmUp: 2,
          throttleRate,
          order,
          timeoutMs: 15_000,
        }),
      );
    }
    const machine = {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGB: os.totalmem() / 1e9,
      node: process.version,
      chromium: browser.version(),
    };
    meta = { date: new Date().toISOString(), git: gitInfo(), machine };
  } catch (error) {
    const message = `${phase}: ${String(error?.message ?? error).split('\n')[0]}`;
    await closeAll();
    const shown = await writeJson(options.json, {
      schema: 1,
      meta: { date: new Date().toISOString(), git: gitInfo(), durationMs: Date.now() - started },
      options,
      build,
      ok: false,
      error: message,
      sizes,
      raw: { load: { cold, throttled, staticCold, staticThrottled }, interactions },
    });
    console.error(`bench: ${message}\nbench: nothing was judged; partial results in ${shown}`);
    return 2;
  }
  await closeAll();

  const summary = summarizeAll({
    sizes,
    cold,
    throttled,
    staticCold,
    staticThrottled,
    interactions,
    throttleRate: options.throttleRate,
  });

  // Warnings: anything that makes the figures less trustworthy or the app less healthy.
  const found = summary.load.cold.panelsFound;
  if (found.length === 0) {
    warnings.push('no section[data-panel] found: panel timings not measured');
  } else {
    const missing = EXPECTED_PANELS.filter((id) => !found.includes(id));
    if (missing.length)
      warnings.push(`panels not found (measured over the others): ${missing.join(', ')}`);
  }
  const allLoads = [...cold, ...throttled];
  const timeouts = allLoads.filter((r) => r.timedOut).length;
  if (timeouts) warnings.push(`${timeouts} page load(s) did not settle before the timeout`);
  const collect = (key, runsList) => [...new Set(runsList.flatMap((r) => r[key] ?? []))];
  for (const [key, text] of [
    ['pageErrors', 'uncaught page errors'],
    ['consoleErrors', 'console errors'],
    ['httpErrors', 'HTTP errors'],
    ['blockedRequests', 'blocked non-loopback requests'],
    ['observerErrors', 'performance observers unavailable'],
  ]) {
    const list = collect(key, [...allLoads, ...interactions]);
    if (list.length)
      warnings.push(`${text}: ${list.slice(0, 5).join(' | ')}${list.length > 5 ? ' …' : ''}`);
  }
  if (summary.loadedAtFirstView.lazyJsFetched.length) {
    warnings.push(
      `lazy chunks the first view fetched anyway (not in the first-view budget): ${summary.loadedAtFirstView.lazyJsFetched.join(', ')}`,
    );
  }
  for (const [condition, byKind] of Object.entries(summary.interactions)) {
    for (const [kind, s] of Object.entries(byKind)) {
      if (s.n === 0 || kind === 'floor') continue;
      if (s.unchanged)
        warnings.push(
          `${kind} (${condition}): ${s.unchanged}/${s.n} interactions changed nothing they should have (a missed target?)`,
        );
    }
  }
  for (const [kind, available] of Object.entries(summary.available)) {
    if (!available) warnings.push(`${kind}: control not found, not measured`);
  }

  const budgets = evaluateBudgets({ sizes, summary });
  const failed = budgets.filter((b) => b.status === 'fail');
  const result = {
    schema: 1,
    meta: { ...meta, durationMs: Date.now() - started },
    options,
    build,
    budgetLimits: BUDGETS,
    budgets,
    ok: failed.length === 0,
    sizes,
    summary,
    raw: {
      load: { cold, throttled, staticCold, staticThrottled },
      interactions,
      refusedByProxy: [...new Set(open.proxy.blocked)],
    },
    warnings,
  };

  console.log(renderReport(result));

  const shown = await writeJson(options.json, result);
  console.log(
    `JSON: ${shown} · ${((Date.now() - started) / 1000).toFixed(0)} s · ` +
      (failed.length ? `${failed.length} budget(s) broken` : 'all measured budgets hold'),
  );
  return failed.length ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`bench: stopped by ${signal}`);
    closeAll().then(() => exit(2));
  });
}

main().then(
  (code) => closeAll().then(() => exit(code)),
  (error) => {
    console.error(`bench: ${error.stack || error}`);
    closeAll().then(() => exit(2));
  },
);
