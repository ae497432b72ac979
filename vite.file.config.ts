import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config';

// `npm run build:file`: the whole dashboard as one HTML file that opens from file:// with no
// network (a USB stick, an email attachment). Mode "file" makes the loaders read the datasets and
// boundaries bundled into the page instead of fetching them (src/data/load.ts); the singlefile
// plugin inlines every script and style and turns code splitting off.
export default mergeConfig(
  base,
  defineConfig({
    mode: 'file',
    plugins: [viteSingleFile({ removeViteModuleLoader: true })],
    publicDir: false,
    build: {
      outDir: 'dist-file',
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
