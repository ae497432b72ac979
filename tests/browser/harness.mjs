// The benchmark (bench/) imports the static server and Chromium launcher from this path; they live
// in scripts/browser.mjs now. The browser tests do not use this file (see fixtures.ts).
export * from '../../scripts/browser.mjs';
