// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { combineRealScaleType } from 'recharts/es6/state/selectors/combiners/combineRealScaleType.js';
import * as d3Scale from 'victory-vendor/d3-scale';
import { describe, expect, it } from 'vitest';
import { RECHARTS_SCALES, rechartsScales, SCALES_ID } from './recharts-scales.mjs';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const d3Name = (type) => `scale${type[0].toUpperCase()}${type.slice(1)}`;

describe('the d3 scales recharts gets', () => {
  it('cover every scale recharts picks for scale="auto"', () => {
    for (const type of ['number', 'category']) {
      for (const chart of ['BarChart', 'LineChart', 'AreaChart', 'ComposedChart', undefined]) {
        for (const hasBar of [true, false]) {
          const real = combineRealScaleType({ scale: 'auto', type }, hasBar, chart);
          expect(RECHARTS_SCALES).toContain(d3Name(real));
        }
      }
    }
  });

  it('are d3-scale’s own functions', () => {
    for (const name of RECHARTS_SCALES) expect(typeof d3Scale[name]).toBe('function');
    const plugin = rechartsScales();
    expect(plugin.load(SCALES_ID)).toBe(
      `export { ${RECHARTS_SCALES.join(', ')} } from 'victory-vendor/d3-scale';\n`,
    );
    const inRecharts = path.join(SRC, '..', 'node_modules', 'recharts', 'es6', 'x.js');
    expect(plugin.resolveId('victory-vendor/d3-scale', inRecharts)).toBe(SCALES_ID);
    expect(plugin.resolveId('victory-vendor/d3-scale', SCALES_ID)).toBeNull();
  });

  it('suffice for the app: no chart sets a scale of its own', () => {
    const files = readdirSync(SRC, { recursive: true }).filter((f) => /\.tsx$/.test(f));
    const withScale = files.filter((f) => /\bscale=/.test(readFileSync(path.join(SRC, f), 'utf8')));
    // A chart that needs another scale: add it to RECHARTS_SCALES (scripts/recharts-scales.mjs).
    expect(withScale).toEqual([]);
  });
});
