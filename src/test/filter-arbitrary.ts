import fc from 'fast-check';
import {
  type FilterKey,
  type FilterState,
  PANELS,
  THEMES,
  TIERS,
  TRADE_VIEWS,
  YEAR_MAX,
  YEAR_MIN,
} from '@/features/filters/filter-config';

const year = fc.integer({ min: YEAR_MIN, max: YEAR_MAX });
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/);
const subsetInOrder = <T>(values: readonly T[]) =>
  fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));

/**
 * A valid value for each filter, one entry per descriptor in FILTERS: a filter added there does
 * not compile here until the tests can generate it.
 */
const VALUES: { [K in FilterKey]: fc.Arbitrary<FilterState[K]> } = {
  year,
  range: fc.tuple(year, year).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  themes: subsetInOrder(THEMES),
  province: fc.option(id, { nil: null }),
  event: fc.option(id, { nil: null }),
  tier: fc.constantFrom(...TIERS),
  survey: fc.option(year, { nil: null }),
  tradeView: fc.option(fc.constantFrom(...TRADE_VIEWS), { nil: null }),
  allSeries: fc.boolean(),
  tables: subsetInOrder(PANELS),
  focus: fc.option(fc.constantFrom(...PANELS), { nil: null }),
};

/** Every valid view state: the year inside the range, lists in canonical order without repeats. */
export const validView: fc.Arbitrary<FilterState> = fc
  .record(VALUES)
  .chain((view) =>
    fc
      .integer({ min: view.range[0], max: view.range[1] })
      .map((inRange) => ({ ...view, year: inRange })),
  );
