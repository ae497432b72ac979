import { beforeEach, describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import { useFilterStore } from '@/features/filters/filter-store';
import { drawStillBody, registeredStill, stubChartLayout } from '@/test/render-panel';
import { TradePanel } from './trade-panel';

const { trade, connectivity, discrepancies, sources } = loadShipped();

/** Nothing to click, focus or hover (recharts' own layers carry tabindex -1). */
const LIVE_PARTS =
  '[role], [tabindex]:not([tabindex="-1"]), button, ul, p, .recharts-tooltip-wrapper';

describe('trade still', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
    stubChartLayout();
  });

  it('draws trade per year with its gaps, the balance, the flag and the sources', async () => {
    useFilterStore.getState().setYear(2023);
    const spec = await registeredStill(<TradePanel mode="chart" />, {
      trade,
      connectivity,
      discrepancies,
      sources,
    });
    expect(spec.subtitle).toBe('Trade per year (USD million), 2019–2024; year in focus 2023');
    expect(spec.notes).toEqual([
      'No trade figures for 2023: the source gives none (a gap, not a zero).',
      '2024 (projected) balance: +1,050 (Pakistan surplus) = exports 1,400 − imports 350, USD million',
      expect.stringMatching(/^⚑ Sources disagree: JSSA 2025: trade “projected to expand/),
    ]);
    expect(spec.sources[0]).toMatch(/^Sources: JSSA 2025, Introduction \(p\. 1169\);.*Table 1$/);
    const body = await drawStillBody(spec.body, (c) => expect(c).toHaveTextContent('1,750'));
    for (const figure of ['1,700', '1,200', '1,900']) expect(body).toHaveTextContent(figure);
    expect(body.querySelectorAll('.year-gap')).toHaveLength(2);
    expect(body).toHaveTextContent('Imports from Afghanistan');
    expect(body.querySelector(LIVE_PARTS)).toBeNull();
  });

  it('draws the connectivity projects with n/a, flags on the axis, and paints set as attributes', async () => {
    useFilterStore.getState().setTradeView('connectivity');
    const spec = await registeredStill(<TradePanel mode="chart" />, {
      trade,
      connectivity,
      discrepancies,
      sources,
    });
    expect(spec.subtitle).toBe('Regional connectivity initiatives (USD billion, projected)');
    expect(spec.notes).toContainEqual(
      '⚑ Sources disagree: CPEC investment: 62 or 65 billion US dollars?',
    );
    expect(spec.notes).toContainEqual(
      expect.stringMatching(
        /^TAPI, further figures: Length of the proposed pipeline: 1,000 miles;/,
      ),
    );
    expect(spec.sources[0]).toMatch(/^Sources: JSSA 2025, Table 4; /);
    const body = await drawStillBody(spec.body, (c) => expect(c).toHaveTextContent('CASA-1000'));
    const values = [...body.querySelectorAll('text.connectivity-value')].map((t) => t.textContent);
    expect(values).toEqual(expect.arrayContaining(['65', '12', 'n/a', '3', '1.5', '0.8', '2']));
    for (const text of body.querySelectorAll('.connectivity-value, .connectivity-tick')) {
      expect(text).toHaveAttribute('fill');
      expect(text).toHaveAttribute('font-size');
    }
    expect(body.querySelectorAll('.flag-glyph[fill]')).toHaveLength(3);
    expect(body).toHaveTextContent('Expected increase in trade volume (USD billion)');
    expect(body.querySelector(LIVE_PARTS)).toBeNull();
  });
});
