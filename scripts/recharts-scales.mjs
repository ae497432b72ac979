// Vite (build only) plugin: recharts looks its d3 scales up by name in the whole d3-scale module
// (`import * as d3Scales from 'victory-vendor/d3-scale'`), so every d3 scale is bundled, time
// scales with d3-time and d3-time-format among them. With `scale="auto"` (the default, and the
// only value this app uses: a unit test checks) recharts picks linear, band or point scales
// only. The plugin hands recharts' modules a module that re-exports just those from d3-scale:
// the same functions, so the charts behave the same. A chart given another `scale` name would
// fall back to a point scale; the test says to add the scale here first.

export const SCALES_ID = '\0recharts-d3-scales';
/** The scales recharts' `scale="auto"` chooses from (see combineRealScaleType). */
export const RECHARTS_SCALES = ['scaleBand', 'scaleLinear', 'scalePoint'];

const IN_RECHARTS = /[\\/]node_modules[\\/]recharts[\\/]/;

/** @returns {import('vite').Plugin} */
export function rechartsScales() {
  return {
    name: 'recharts-scales',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === SCALES_ID) return SCALES_ID;
      if (source === 'victory-vendor/d3-scale' && importer && IN_RECHARTS.test(importer)) {
        return SCALES_ID;
      }
      return null;
    },
    load(id) {
      if (id !== SCALES_ID) return null;
      return `export { ${RECHARTS_SCALES.join(', ')} } from 'victory-vendor/d3-scale';\n`;
    },
  };
}
