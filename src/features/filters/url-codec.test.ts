import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  DEFAULT_FILTERS,
  PANELS,
  THEMES,
  TIERS,
  YEAR_MAX,
  YEAR_MIN,
  type FilterState,
} from './filter-config';
import { decodeFilters, encodeFilters } from './url-codec';

const year = fc.integer({ min: YEAR_MIN, max: YEAR_MAX });
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/);
const subsetInOrder = <T>(values: readonly T[]) =>
  fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));

/** Every valid view state: years in range, lists in canonical order without repeats. */
const validState: fc.Arbitrary<FilterState> = fc
  .record({
    a: year,
    b: year,
    c: year,
    themes: subsetInOrder(THEMES),
    province: fc.option(id, { nil: null }),
    country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
    event: fc.option(id, { nil: null }),
    tier: fc.constantFrom(...TIERS),
    tables: subsetInOrder(PANELS),
    focus: fc.option(fc.constantFrom(...PANELS), { nil: null }),
  })
  .map(({ a, b, c, ...rest }) => {
    const [from, y, to] = [a, b, c].sort((x, z) => x - z) as [number, number, number];
    return { ...rest, year: y, range: [from, to] as const };
  });

describe('URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeFilters(DEFAULT_FILTERS)).toBe('');
    expect(decodeFilters('').state).toEqual(DEFAULT_FILTERS);
  });

  it('writes only what differs from the default, readably', () => {
    const search = encodeFilters({
      ...DEFAULT_FILTERS,
      year: 2021,
      themes: ['security', 'trade'],
      province: 'PK-KP',
      country: 'PK',
    });
    expect(search).toBe('?year=2021&themes=security%2Ctrade&province=PK-KP&country=PK');
  });

  it('falls back to the default for each malformed parameter and reports it', () => {
    const { state, rejected } = decodeFilters(
      '?year=20x4&themes=security,bogus&tier=nope&province=<script>&range=2030-1990&tables=trade',
    );
    expect(state).toEqual({ ...DEFAULT_FILTERS, tables: ['trade'] });
    expect(rejected.map((r) => r.param).sort()).toEqual(
      ['province', 'range', 'themes', 'tier', 'year'].sort(),
    );
  });

  it('keeps the year inside the range it arrives with', () => {
    const { state, rejected } = decodeFilters('?year=1950&range=2000-2010');
    expect(state.range).toEqual([2000, 2010]);
    expect(state.year).toBeGreaterThanOrEqual(2000);
    expect(state.year).toBeLessThanOrEqual(2010);
    expect(rejected).toEqual([{ param: 'year', value: '1950' }]);
  });

  it('ignores parameters it does not know', () => {
    expect(decodeFilters('?utm_source=mail&year=2020')).toEqual({
      state: { ...DEFAULT_FILTERS, year: 2020 },
      rejected: [],
    });
  });

  it('decodes any query string without throwing, to a valid state', () => {
    const anyParam = fc.tuple(
      fc.constantFrom(...Object.keys(DEFAULT_FILTERS), 'x', ''),
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.integer({ min: 1700, max: 2200 }).map(String),
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(anyParam).map((ps) => new URLSearchParams(ps).toString()),
        ),
        (search) => {
          const { state } = decodeFilters(search);
          expect(state.year).toBeGreaterThanOrEqual(state.range[0]);
          expect(state.year).toBeLessThanOrEqual(state.range[1]);
          expect(THEMES.filter((t) => state.themes.includes(t))).toEqual(state.themes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, rejected } = decodeFilters(encodeFilters(state));
        expect(rejected).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
