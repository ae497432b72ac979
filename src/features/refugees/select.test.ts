import { describe, expect, it } from 'vitest';
import type { RefugeesFile } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import {
  formatComputation,
  OTHER_ID,
  selectConflictingClaims,
  selectFullFlat,
  selectMissingSelection,
  selectProvinceView,
  selectSeries,
  selectShareBasis,
  selectTotals,
  selectVisibleFlat,
  shareOf,
  tierChoiceLabel,
} from './select';
import { shortNamer } from '@/lib/citation';

const shipped = loadShipped();
const file = shipped.refugees;
const names = shortNamer(shipped.sources);
const totalDiscrepancy = shipped.discrepancies.discrepancies.find(
  (d) => d.id === 'refugee-total-documents',
);

describe('tierChoiceLabel', () => {
  it('names each tier by the share set it shows: its date, and projection or shares', () => {
    expect(tierChoiceLabel(file, 'document')).toBe('Documents (2024 projection)');
    expect(tierChoiceLabel(file, 'public-series')).toBe('UNHCR (Feb 2021 shares)');
  });

  it('follows the file: a newer observed set, or none at all', () => {
    const newer: RefugeesFile = {
      ...file,
      provinceShares: file.provinceShares.map((s) =>
        s.tier === 'document' ? { ...s, asOf: '2025-06-30', status: 'observed' } : s,
      ),
    };
    expect(tierChoiceLabel(newer, 'document')).toBe('Documents (Jun 2025 shares)');
    const none: RefugeesFile = {
      ...file,
      provinceShares: file.provinceShares.filter((s) => s.tier !== 'public-series'),
    };
    expect(tierChoiceLabel(none, 'public-series')).toBe('UNHCR');
  });
});

describe('selectProvinceView, documents tier', () => {
  const view = selectProvinceView(file, 'document');

  it('computes people from the 2024 projection: 840,000; 280,000; 210,000; 70,000', () => {
    expect(view?.rows.map((r) => [r.key, r.people])).toEqual([
      ['PK-KP', 840_000],
      ['PK-PB', 280_000],
      ['PK-BA', 210_000],
      [OTHER_ID, 70_000],
    ]);
  });

  it('shows each computation in full', () => {
    expect(view?.rows.map((r) => r.computation)).toEqual([
      '1,400,000 × 60% = 840,000',
      '1,400,000 × 20% = 280,000',
      '1,400,000 × 15% = 210,000',
      '1,400,000 × 5% = 70,000',
    ]);
  });

  it('keeps the 5% remainder as "other", never spread over provinces, and not selectable', () => {
    const other = view?.rows.filter((r) => r.key === OTHER_ID) ?? [];
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ percent: 5, selectable: false });
    // No unit the document does not name gets a share.
    expect(view?.rows.map((r) => r.key)).not.toContain('PK-SD');
    expect(view?.rows.map((r) => r.key)).not.toContain('PK-IS');
    const provinces = view?.rows.filter((r) => r.key !== OTHER_ID) ?? [];
    expect(provinces.every((r) => r.selectable)).toBe(true);
    expect(provinces.reduce((sum, r) => sum + (r.people ?? 0), 0)).toBe(1_330_000);
  });

  it('flags the projection as projected', () => {
    expect(view?.set.status).toBe('projected');
    expect(view?.rows.every((r) => r.status === 'projected')).toBe(true);
  });

  it('puts "other" last whatever the order in the file', () => {
    const reordered: RefugeesFile = structuredClone(file);
    const set = reordered.provinceShares[0]!;
    set.shares = [set.shares[3]!, ...set.shares.slice(0, 3)];
    expect(selectProvinceView(reordered, 'document')?.rows.at(-1)?.key).toBe(OTHER_ID);
  });
});

describe('selectProvinceView, UNHCR tier', () => {
  const view = selectProvinceView(file, 'public-series');

  it('multiplies UNHCR’s Feb 2021 shares by UNHCR’s own end-2020 total, and says so', () => {
    expect(view?.basis).toMatchObject({
      total: 1_438_432,
      label: 'UNHCR end-2020 refugee total',
      sameSource: false,
    });
    expect(view?.rows[0]).toMatchObject({
      key: 'PK-KP',
      percent: 58.1,
      people: 835_729,
      computation: '1,438,432 × 58.1% ≈ 835,729',
      status: 'observed',
    });
  });

  it('never borrows a document total when a set has no total of its own', () => {
    const set = { ...file.provinceShares[1]!, tier: 'document' as const, basisTotal: null };
    expect(selectShareBasis(file, set)).toBeNull();
  });

  it('has no basis when UNHCR has no end-of-year figure before the shares', () => {
    const early: RefugeesFile = {
      ...file,
      unhcrSeries: { ...file.unhcrSeries, records: file.unhcrSeries.records.slice(-2) },
    };
    const v = selectProvinceView(early, 'public-series');
    expect(v?.basis).toBeNull();
    expect(v?.rows.every((r) => r.people === null && r.computation === null)).toBe(true);
  });
});

describe('selectMissingSelection', () => {
  it('names a selected province the share set has no row for, and points at "other"', () => {
    const docs = selectProvinceView(file, 'document');
    expect(selectMissingSelection(file, docs, 'PK-SD')).toEqual({
      id: 'PK-SD',
      name: 'Sindh',
      mayBeInOther: true,
    });
    expect(selectMissingSelection(file, docs, 'PK-KP')).toBeNull();
    expect(selectMissingSelection(file, docs, null)).toBeNull();
    // An Afghan province is not a host province in these figures: nothing to say.
    expect(selectMissingSelection(file, docs, 'AF-PKA')).toBeNull();
    const unhcr = selectProvinceView(file, 'public-series');
    expect(selectMissingSelection(file, unhcr, 'PK-GB')).toEqual({
      id: 'PK-GB',
      name: 'PK-GB',
      mayBeInOther: false,
    });
  });
});

describe('shareOf and formatComputation', () => {
  it('is exact where the arithmetic is, and marks rounding with ≈', () => {
    expect(shareOf(1_400_000, 15)).toEqual({ people: 210_000, exact: true });
    expect(shareOf(1_438_432, 0.4)).toEqual({ people: 5_754, exact: false });
    expect(formatComputation(1_400_000, 60)).toBe('1,400,000 × 60% = 840,000');
    expect(formatComputation(1_438_432, 22.8)).toBe('1,438,432 × 22.8% ≈ 327,962');
  });
});

describe('selectTotals and the discrepancy', () => {
  it('gives the documents’ totals latest first and UNHCR’s figure for the year', () => {
    const t = selectTotals(file, 2023);
    expect(t.documents.map((d) => [d.year, d.value, d.status])).toEqual([
      [2024, 1_400_000, 'projected'],
      // Undated: the document gives 2023 only as its citation's year.
      [null, 1_420_000, 'observed'],
    ]);
    expect(t.unhcr?.refugees).toBe(1_987_717);
  });

  it('says "no data" (null) for a year outside the UNHCR series, not 0', () => {
    expect(selectTotals(file, 1950).unhcr).toBeNull();
  });

  it('picks out the 2.6 million claim as the one to flag', () => {
    const claims = selectConflictingClaims(file, totalDiscrepancy);
    expect(claims.map((c) => [c.value, c.sources])).toEqual([[2_600_000, ['mumtaz-2024']]]);
    expect(selectConflictingClaims(file, undefined)).toEqual([]);
  });
});

describe('selectSeries', () => {
  it('keeps only the years in the range', () => {
    const rows = selectSeries(file, [2020, 2022]);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(selectSeries(file, [1893, 1950])).toEqual([]);
  });
});

describe('flat tables', () => {
  const input = {
    file,
    tier: 'document' as const,
    year: 2024,
    range: [2020, 2025] as const,
    discrepancy: totalDiscrepancy,
    names,
  };

  it('visible: this tier’s provinces, the totals with the flagged claim, related, the series in range', () => {
    const t = selectVisibleFlat(input);
    const sections = t.rows.map((r) => r.section);
    expect(sections.filter((s) => s === 'Refugees by province')).toHaveLength(4);
    expect(sections.filter((s) => s === 'UNHCR yearly series')).toHaveLength(6 * 4);
    const kp = t.rows.find((r) => r.provinceId === 'PK-KP');
    expect(kp).toMatchObject({
      value: 840_000,
      unit: 'persons',
      status: 'projected',
      computation: '1,400,000 × 60% = 840,000',
      source: 'JSSA 2025, Table 2: “2024 1,400,000 -1.4% KP: 60%, Punjab: 20%, Balochistan: 15%”',
    });
    const other = t.rows.find((r) => r.item === 'Other / not specified');
    expect(other).toMatchObject({ provinceId: null, value: 70_000 });
    expect(
      t.rows.some((r) => r.value === 2_600_000 && String(r.item).startsWith('Sources disagree')),
    ).toBe(true);
    expect(t.rows.find((r) => r.value === 500_000)?.source).toContain('Punjab Today');
    for (const key of ['unit', 'status', 'source']) {
      expect(t.columns.map((c) => c.key)).toContain(key);
    }
  });

  it('visible: UNHCR’s figure for a year it does not cover is null, never 0', () => {
    const t = selectVisibleFlat({ ...input, year: 1950 });
    const unhcr = t.rows.find((r) => String(r.item).startsWith('Refugees (UNHCR'));
    expect(unhcr).toMatchObject({ value: null, status: null, note: 'no data for this year' });
  });

  it('visible rows change with the tier', () => {
    const t = selectVisibleFlat({ ...input, tier: 'public-series' });
    const provinces = t.rows.filter((r) => r.section === 'Refugees by province');
    expect(provinces.map((r) => r.item)).toContain('Sindh');
    expect(provinces.every((r) => r.tier === 'public-series')).toBe(true);
  });

  it('full: both tiers and the whole series', () => {
    const t = selectFullFlat(file, totalDiscrepancy, names);
    expect(t.rows.filter((r) => r.section === 'Refugees by province')).toHaveLength(10);
    expect(t.rows.filter((r) => r.section === 'UNHCR yearly series')).toHaveLength(
      file.unhcrSeries.records.length * 4,
    );
  });
});
