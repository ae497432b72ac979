import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FlatTable } from '@/components/panel-data';
import { STAMP_HEADERS, tableToCsv } from './csv';

const stamp = { link: 'https://example.org/briefing/?year=2022', date: '2026-12-08' };
const stamped = [stamp.link, stamp.date];

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
};

const table: FlatTable = {
  name: 'trade-visible',
  columns: [
    { key: 'year', header: 'Year' },
    { key: 'total', header: 'Total trade' },
    { key: 'balance', header: 'Balance' },
    { key: 'unit', header: 'Unit' },
    { key: 'status', header: 'Status' },
    { key: 'source', header: 'Source' },
  ],
  rows: [
    {
      year: 2022,
      total: 1900,
      balance: null,
      unit: 'USD million',
      status: 'observed',
      source: 'JSSA 2025, Introduction; Discussion',
    },
    {
      year: 2024,
      total: 1750,
      balance: 1050,
      unit: 'USD million',
      status: 'projected',
      source: 'JSSA 2025, "Table 1", p. 1178\nprojection',
    },
  ],
};

describe('tableToCsv', () => {
  it('writes a header row of the column headers, then the rows in order, each ending with the view’s link and the date', () => {
    expect(parse(tableToCsv(table, stamp))).toEqual([
      ['Year', 'Total trade', 'Balance', 'Unit', 'Status', 'Source', ...STAMP_HEADERS],
      [
        '2022',
        '1900',
        '',
        'USD million',
        'observed',
        'JSSA 2025, Introduction; Discussion',
        ...stamped,
      ],
      [
        '2024',
        '1750',
        '1050',
        'USD million',
        'projected',
        'JSSA 2025, "Table 1", p. 1178\nprojection',
        ...stamped,
      ],
    ]);
  });

  it('quotes commas, quotes and newlines, and writes a missing figure as an empty cell', () => {
    const csv = tableToCsv(table, stamp);
    expect(csv).toContain('"JSSA 2025, Introduction; Discussion"');
    expect(csv).toContain('"JSSA 2025, ""Table 1"", p. 1178\nprojection"');
    expect(csv.split('\r\n')[1]).toBe(
      `2022,1900,,USD million,observed,"JSSA 2025, Introduction; Discussion",${stamp.link},${stamp.date}`,
    );
  });

  it('defuses spreadsheet formulas but leaves signed figures alone', () => {
    const t: FlatTable = {
      name: 'x',
      columns: [{ key: 'v', header: 'Value' }],
      rows: [
        { v: '=HYPERLINK("x")' },
        { v: '+1,050' },
        { v: '-1.4%' },
        { v: '@SUM(A1)' },
        { v: -3 },
      ],
    };
    expect(parse(tableToCsv(t, stamp)).slice(1)).toEqual([
      ['\'=HYPERLINK("x")', ...stamped],
      ['+1,050', ...stamped],
      ['-1.4%', ...stamped],
      ["'@SUM(A1)", ...stamped],
      ['-3', ...stamped],
    ]);
  });

  it('round-trips any table of text and numbers', () => {
    const cell = fc.oneof(
      fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
        const t: FlatTable = {
          name: 't',
          columns: [
            { key: 'a', header: 'A' },
            { key: 'b', header: 'B, "quoted"' },
          ],
          rows: rows.map(([a, b]) => ({ a, b })),
        };
        const text = (v: string | number | null) => (v === null ? '' : String(v));
        expect(parse(tableToCsv(t, stamp))).toEqual([
          ['A', 'B, "quoted"', ...STAMP_HEADERS],
          ...rows.map(([a, b]) => [text(a), text(b), ...stamped]),
        ]);
      }),
    );
  });
});
