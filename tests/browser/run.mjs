// Runs every tests/browser/*.spec.mjs with Node's built-in test runner (TAP output, one file at a
// time) against the production build in dist/. Exits non-zero if any test fails.
//
//   node tests/browser/run.mjs                     all spec files
//   node tests/browser/run.mjs smoke               only files whose name contains "smoke"
//   node tests/browser/run.mjs tests/browser/smoke.spec.mjs
//   node tests/browser/run.mjs --test-name-pattern=overrides   (other --flags go to node --test)
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), BROWSER_TEST_TIMEOUT (ms per test,
// default 120000), BROWSER_TEST_REPORTER (default tap).

import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function fail(message) {
  console.error(`browser tests: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(projectRoot, 'dist', 'index.html'))) {
  fail('dist/index.html not found; run npm run build first.');
}
try {
  accessSync(chromiumPath, constants.X_OK);
} catch {
  fail(
    `Chromium not found or not executable at ${chromiumPath}. ` +
      'Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
  );
}

const args = process.argv.slice(2);
const nodeFlags = args.filter((arg) => arg.startsWith('--'));
const selectors = args.filter((arg) => !arg.startsWith('--'));

const allSpecs = readdirSync(here)
  .filter((name) => name.endsWith('.spec.mjs'))
  .sort()
  .map((name) => path.join(here, name));

const specs =
  selectors.length === 0
    ? allSpecs
    : allSpecs.filter((file) =>
        selectors.some((sel) =>
          existsSync(sel) ? path.resolve(sel) === file : path.basename(file).includes(sel),
        ),
      );

if (specs.length === 0) {
  fail(
    selectors.length === 0
      ? 'no tests/browser/*.spec.mjs files found.'
      : `no spec file matches ${selectors.join(', ')}.`,
  );
}

const timeout = Number(process.env.BROWSER_TEST_TIMEOUT) || 120_000;
const reporter = process.env.BROWSER_TEST_REPORTER || 'tap';

const child = spawn(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    `--test-timeout=${timeout}`,
    `--test-reporter=${reporter}`,
    ...nodeFlags,
    ...specs.map((file) => path.relative(projectRoot, file)),
  ],
  { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromiumPath } },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
