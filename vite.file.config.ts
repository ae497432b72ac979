import { fileURLToPath, URL } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/csp.mjs';
import base, { appPlugins } from './vite.config';

// `npm run build:file`: the whole dashboard as one HTML file that opens from file:// with no
// network (a USB stick, an email attachment). Mode "file" makes the loaders read the datasets and
// boundaries bundled into the page instead of fetching them (src/data/load.ts); the singlefile
// plugin inlines every script and style and turns code splitting off.
export default mergeConfig(
  // The policy comes after the inlining, so it can hash the inlined script and styles.
  { ...base, plugins: appPlugins() },
  defineConfig({
    mode: 'file',
    plugins: [
      viteSingleFile({ removeViteModuleLoader: true }),
      // The hosted build's "Download briefing file" fetches this file and checks for this line,
      // so a development server's fallback page is never taken for it
      // (src/features/briefing/briefing-file.ts).
      {
        name: 'briefing-file-marker',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { name: 'generator', content: 'pak-afghan-briefing single file' },
            injectTo: 'head',
          },
        ],
      },
      contentSecurityPolicy(),
    ],
    publicDir: false,
    // No service worker in the single file (src/app/app-update.ts).
    resolve: {
      alias: [
        {
          find: 'virtual:pwa-register',
          replacement: fileURLToPath(new URL('./src/app/no-pwa-register.ts', import.meta.url)),
        },
      ],
    },
    build: {
      outDir: 'dist-file',
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
