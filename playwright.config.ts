// Browser tests (tests/browser/*.spec.ts) against the production build, served by `vite preview`.
// The system Chromium is used (CHROMIUM_PATH, default /usr/bin/chromium): no browser is downloaded.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/browser.mjs';

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.spec.ts',
  outputDir: 'tests/browser/artifacts/results',
  // Two cores: one test at a time beside the preview server keeps timings steady.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  // The list reporter ends with "N passed", so a CI log shows the tests ran.
  reporter: 'list',
  use: {
    baseURL: 'http://127.0.0.1:4173',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    // Service workers could fetch outside context.route(); block them so every request is seen.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Serves dist/ (run `npm run build` first) on 127.0.0.1:4173, strictPort.
    command: 'npm run preview',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
