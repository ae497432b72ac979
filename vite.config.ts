import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp.mjs';
import { sharedSources } from './scripts/shared-sources.mjs';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// recharts, the packages only it uses, and the app's chart components: one lazy chunk. Split into a
// dozen files, as they were, they cost about 13 KB more gzip, since each file compresses alone.
// Nothing the entry imports may match (it would then import the whole chunk before first paint:
// the benchmark's first-view budget shows it), so the app's files are named one by one.
const CHART_PACKAGES =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|react-redux|redux-thunk|react-is|use-sync-external-store|clsx)[\\/]/;
const CHART_COMPONENTS =
  /[\\/]src[\\/](components[\\/](year-chart(-shapes)?|year-bar-chart)\.tsx|features[\\/][a-z]+[\\/][a-z]+-chart\.tsx|lib[\\/](use-chart-keys\.ts|active-label-probe\.tsx)|features[\\/]refugees[\\/]compact\.ts)$/;
// React Compiler (oxc-transform-react, the Rust port): memoises components and hooks, so the
// code carries no hand memo/useMemo/useCallback. sharedSources: the documents, for
// src/data/quotes.test.ts only (the app never imports them). Both builds use these; each adds
// the plugins that write its page (vite.file.config.ts), the policy last.
export const appPlugins = () => [react({ compiler: true }), sharedSources()];

// The hosted build works offline after one visit and can be installed: a service worker that
// precaches the app, its datasets and boundaries; a new deployment waits until the person
// chooses Reload (src/app/app-update.ts). The single file has none (vite.file.config.ts).
const offlineApp = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Pakistan–Afghanistan relations: briefing dashboard',
      short_name: 'Pak–Afghan briefing',
      description:
        'Security, trade, refugees, public opinion and the border, every figure sourced.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f4f5f7',
      theme_color: '#1b1f24',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // The icon and the manifest are added by the plugin.
      globPatterns: ['**/*.{js,css,html,json}'],
      // Every view is index.html with a query; the briefing file is fetched, never precached.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/pak-afghan-briefing\.html$/],
    },
  });

// `base: './'` keeps every asset URL relative, so `dist/` works from any sub-folder of a static host.
export default defineConfig({
  base: './',
  // The Content-Security-Policy in the page's <meta> (scripts/csp.mjs).
  plugins: [...appPlugins(), offlineApp(), contentSecurityPolicy()],
  // The footer's "Data built": the day this build ran, in UTC.
  define: { __DATA_BUILT__: JSON.stringify(new Date().toISOString().slice(0, 10)) },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // Leaflet's own ES module build (same source as its default UMD file, which package.json's
      // "main" points to), so unused parts can be left out: 1.4 KB gzip less. It does not set
      // the global `window.L`, which nothing here reads.
      { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' },
    ],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the modules named here: their imports from the app (formatters, colours) stay
          // in the entry, which must not import the chart chunk.
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'charts',
              test: (id) => CHART_PACKAGES.test(id) || CHART_COMPONENTS.test(id),
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Two cores shared with a build: property tests get room, timings live in the benchmark.
    testTimeout: 30000,
  },
});
