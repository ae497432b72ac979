import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECURITY_CATEGORIES, type SecurityIncidentsFile } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import {
  breakdownMismatches,
  SECURITY_SERIES,
  selectAllSecurityRows,
  selectSecurityBars,
  selectSecurityRows,
} from './select';
import { securityFlatTable } from './table';

const shipped = () => loadShipped().securityIncidents;
const shortName = (id: string) => (id === 'jssa-2025' ? 'JSSA 2025' : id);

describe('selectSecurityRows', () => {
  it('gives one row per covered year, with 2022 a gap rather than a zero', () => {
    const rows = selectAllSecurityRows(shipped());
    expect(rows.map((r) => [r.year, r.kind])).toEqual([
      [2020, 'figure'],
      [2021, 'figure'],
      [2022, 'gap'],
      [2023, 'figure'],
      [2024, 'figure'],
    ]);
    expect(rows[2]).toEqual({ kind: 'gap', year: 2022 });
  });

  it('keeps to the years in the range', () => {
    const rows = selectSecurityRows(shipped(), [2021, 2023]);
    expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
    expect(selectSecurityRows(shipped(), [1990, 2019])).toEqual([]);
    expect(selectSecurityRows(shipped(), [2024, 2025]).map((r) => r.year)).toEqual([2024]);
  });

  it('for any range: consecutive years inside coverage and range, every record kept as is', () => {
    const file = shipped();
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 40 }), (a, n) => {
        const range = [a, a + n] as const;
        const rows = selectSecurityRows(file, range);
        rows.forEach((r, i) => {
          expect(r.year).toBe(Math.max(range[0], file.coverage.from) + i);
          expect(r.year).toBeLessThanOrEqual(Math.min(range[1], file.coverage.to));
          const record = file.records.find((rec) => rec.year === r.year);
          expect(r).toEqual(record ? { kind: 'figure', ...record } : { kind: 'gap', year: r.year });
        });
      }),
    );
  });
});

describe('selectSecurityBars', () => {
  const bars = selectSecurityBars(selectAllSecurityRows(shipped()));
  const bar = (year: number) => bars.find((b) => b.year === year)!;

  it('draws nothing for a gap: every value null, never 0', () => {
    expect(bar(2022)).toMatchObject({ status: 'gap', top: null, label: '2022' });
    for (const s of SECURITY_SERIES) expect(bar(2022)[s]).toBeNull();
  });

  it('draws a total-only year as one bar', () => {
    expect(bar(2021)).toMatchObject({ totalOnly: 370, top: 370, status: 'observed' });
    for (const c of SECURITY_CATEGORIES) expect(bar(2021)[c]).toBeNull();
  });

  it('stacks the projected 2024 breakdown, which sums to its total, and flags it projected', () => {
    const b = bar(2024);
    expect(b.status).toBe('projected');
    expect(b.totalOnly).toBeNull();
    expect([b.crossBorderAttacks, b.militantActivities, b.counterTerrorismOperations]).toEqual([
      140, 80, 70,
    ]);
    const stacked = SECURITY_SERIES.reduce((sum, s) => sum + (b[s] ?? 0), 0);
    expect(stacked).toBe(b.top);
    expect(b.top).toBe(290);
  });

  it('every drawn bar is as high as the reported total', () => {
    for (const b of bars.filter((x) => x.status !== 'gap')) {
      expect(SECURITY_SERIES.reduce((sum, s) => sum + (b[s] ?? 0), 0)).toBe(b.top);
    }
  });
});

describe('breakdownMismatches', () => {
  it('finds none in the shipped data', () => {
    expect(breakdownMismatches(selectAllSecurityRows(shipped()))).toEqual([]);
  });

  it('catches a breakdown that does not add up', () => {
    const file: SecurityIncidentsFile = shipped();
    const last = file.records.at(-1)!;
    last.breakdown = {
      crossBorderAttacks: 141,
      militantActivities: 80,
      counterTerrorismOperations: 70,
    };
    expect(breakdownMismatches(selectAllSecurityRows(file))).toEqual([2024]);
  });
});

describe('securityFlatTable', () => {
  const file = shipped();
  const table = securityFlatTable('security', file, selectAllSecurityRows(file), shortName);

  it('has unit, status and source columns', () => {
    expect(table.columns.map((c) => c.key)).toEqual([
      'year',
      'total',
      'crossBorderAttacks',
      'militantActivities',
      'counterTerrorismOperations',
      'unit',
      'status',
      'source',
    ]);
  });

  it('writes a gap as null figures with status "no data"', () => {
    expect(table.rows.find((r) => r.year === 2022)).toEqual({
      year: 2022,
      total: null,
      crossBorderAttacks: null,
      militantActivities: null,
      counterTerrorismOperations: null,
      unit: 'incidents',
      status: 'no data',
      source: null,
    });
  });

  it('gives exact figures, the status and the citation', () => {
    expect(table.rows.find((r) => r.year === 2024)).toEqual({
      year: 2024,
      total: 290,
      crossBorderAttacks: 140,
      militantActivities: 80,
      counterTerrorismOperations: 70,
      unit: 'incidents',
      status: 'projected',
      source: 'JSSA 2025, Table 3: “2024 140 80 70 290”',
    });
    expect(table.rows.find((r) => r.year === 2020)).toMatchObject({
      total: 270,
      crossBorderAttacks: null,
      status: 'observed',
    });
  });

  it('has only the rows it is given (the visible table follows the range)', () => {
    const visible = securityFlatTable('v', file, selectSecurityRows(file, [2023, 2030]), shortName);
    expect(visible.rows.map((r) => r.year)).toEqual([2023, 2024]);
  });
});
