import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validView } from '@/test/filter-arbitrary';
import { DEFAULT_FILTERS, THEMES } from './filter-config';
import { decodeFilters, encodeFilters } from './url-codec';

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
    });
    expect(search).toBe('?year=2021&themes=security%2Ctrade&province=PK-KP');
  });

  it('falls back to the default for each malformed parameter and reports it', () => {
    const { state, issues } = decodeFilters(
      '?year=20x4&themes=security,bogus&tier=nope&province=<script>&range=2030-1990&tables=trade',
    );
    expect(state).toEqual({ ...DEFAULT_FILTERS, tables: ['trade'] });
    expect(issues.map((r) => r.param).sort()).toEqual(
      ['province', 'range', 'themes', 'tier', 'year'].sort(),
    );
  });

  it('keeps the year inside the range it arrives with', () => {
    const { state, issues } = decodeFilters('?year=1950&range=2000-2010');
    expect(state.range).toEqual([2000, 2010]);
    expect(state.year).toBe(2000);
    expect(issues).toEqual([
      { param: 'year', value: '1950', reason: 'outside the years shown, 2000–2010; showing 2000' },
    ]);
  });

  it('ignores parameters it does not own, and keeps them when it writes the view', () => {
    expect(decodeFilters('?utm_source=mail&year=2020')).toEqual({
      state: { ...DEFAULT_FILTERS, year: 2020 },
      issues: [],
    });
    expect(encodeFilters({ ...DEFAULT_FILTERS, year: 2021 }, '?utm_source=mail&year=2020')).toBe(
      '?year=2021&utm_source=mail',
    );
  });

  it('reports a retired filter’s parameter as ignored, and drops it from the address', () => {
    const { state, issues } = decodeFilters('?country=PK&year=2020');
    expect(state).toEqual({ ...DEFAULT_FILTERS, year: 2020 });
    expect(issues).toEqual([
      {
        param: 'country',
        value: 'PK',
        reason: expect.stringMatching(/^ignored: no longer a filter/),
      },
    ]);
    expect(encodeFilters(state, '?country=PK&year=2020&utm_source=mail')).toBe(
      '?year=2020&utm_source=mail',
    );
  });

  it('reads a repeated parameter from its first value and says so', () => {
    expect(decodeFilters('?year=2001&year=2010').issues).toEqual([
      { param: 'year', value: '2010', reason: 'given 2 times; the first, 2001, was used' },
    ]);
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
      fc.property(validView, (state) => {
        const { state: back, issues } = decodeFilters(encodeFilters(state));
        expect(issues).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
