import { describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import {
  balanceWords,
  connectivityDiscrepancies,
  defaultTradeView,
  DISCREPANCY_FIELDS,
  flagFor,
  selectAllTradeRows,
  selectInitiativeBars,
  selectInitiatives,
  selectTradeBars,
  selectTradeRows,
  TRADE_SERIES,
  tradeMismatches,
} from './select';
import { connectivityFlatTable, tradeFlatTable } from './table';

const shortName = (id: string) =>
  ({ 'jssa-2025': 'JSSA 2025', 'security-dilemma': 'Security-dilemma study' })[id] ?? id;

describe('selectTradeRows', () => {
  it('gives every covered year, 2020 and 2023 as gaps', () => {
    const rows = selectAllTradeRows(loadShipped().trade);
    expect(rows.map((r) => `${r.year}:${r.kind}`)).toEqual([
      '2019:figure',
      '2020:gap',
      '2021:figure',
      '2022:figure',
      '2023:gap',
      '2024:figure',
    ]);
  });

  it('keeps to the years in the range', () => {
    const file = loadShipped().trade;
    expect(selectTradeRows(file, [2020, 2022]).map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(selectTradeRows(file, [1893, 2018])).toEqual([]);
  });
});

describe('selectTradeBars', () => {
  const bars = selectTradeBars(selectAllTradeRows(loadShipped().trade));
  const bar = (year: number) => bars.find((b) => b.year === year)!;

  it('leaves gaps empty, never 0', () => {
    for (const year of [2020, 2023]) {
      expect(bar(year)).toMatchObject({ status: 'gap', top: null, balance: null });
      for (const s of TRADE_SERIES) expect(bar(year)[s]).toBeNull();
    }
  });

  it('draws a year with only a total as one bar', () => {
    expect(bar(2019)).toMatchObject({ totalOnly: 1700, exports: null, imports: null, top: 1700 });
    expect(bar(2022)).toMatchObject({ totalOnly: 1900, status: 'observed' });
  });

  it('stacks 2024 exports on imports: the stack is the total and their difference the balance', () => {
    const b = bar(2024);
    expect(b).toMatchObject({ status: 'projected', totalOnly: null, exports: 1400, imports: 350 });
    expect(b.exports! + b.imports!).toBe(b.top);
    expect(b.top).toBe(1750);
    expect(b.exports! - b.imports!).toBe(b.balance);
    expect(b.balance).toBe(1050);
  });
});

describe('balance in words', () => {
  it('names the sign, so it never rests on colour', () => {
    expect(balanceWords(1050)).toBe('Pakistan surplus');
    expect(balanceWords(-20)).toBe('Pakistan deficit');
    expect(balanceWords(0)).toBe('balanced');
    expect(balanceWords(null)).toBeNull();
  });
});

describe('tradeMismatches', () => {
  it('finds none in the shipped data', () => {
    expect(tradeMismatches(selectAllTradeRows(loadShipped().trade))).toEqual([]);
  });

  it('catches parts that do not add up to the total or the balance', () => {
    const file = loadShipped().trade;
    file.records.at(-1)!.balance = 1000;
    expect(tradeMismatches(selectAllTradeRows(file))).toEqual([2024]);
    const other = loadShipped().trade;
    other.records.at(-1)!.total = 1700;
    expect(tradeMismatches(selectAllTradeRows(other))).toEqual([2024]);
  });
});

describe('tradeFlatTable', () => {
  const file = loadShipped().trade;
  const table = tradeFlatTable('trade', file, selectAllTradeRows(file), shortName);

  it('has unit, status and source columns', () => {
    for (const key of ['unit', 'status', 'source']) {
      expect(table.columns.map((c) => c.key)).toContain(key);
    }
  });

  it('gives the 2024 projection exactly, with the balance signed in words', () => {
    expect(table.rows.find((r) => r.year === 2024)).toEqual({
      year: 2024,
      exports: 1400,
      imports: 350,
      total: 1750,
      balance: 1050,
      balanceWords: 'Pakistan surplus',
      unit: 'USD million',
      status: 'projected',
      source: 'JSSA 2025, Table 1: “2024 1,400 350 1,750 +1,050”',
    });
  });

  it('writes a gap as nulls and "no data"', () => {
    expect(table.rows.find((r) => r.year === 2020)).toMatchObject({
      total: null,
      exports: null,
      balance: null,
      status: 'no data',
      source: null,
    });
  });
});

describe('defaultTradeView', () => {
  it('opens on connectivity only when that theme is chosen without trade', () => {
    expect(defaultTradeView([])).toBe('trade');
    expect(defaultTradeView(['connectivity'])).toBe('connectivity');
    expect(defaultTradeView(['security', 'connectivity'])).toBe('connectivity');
    expect(defaultTradeView(['trade', 'connectivity'])).toBe('trade');
    expect(defaultTradeView(['trade'])).toBe('trade');
  });
});

describe('connectivity initiatives', () => {
  const data = loadShipped();
  const rows = selectInitiatives(data.connectivity, data.discrepancies);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('keeps APTTA’s missing investment missing (n/a), not 0', () => {
    expect(row('aptta').investment).toBeNull();
    expect(selectInitiativeBars(rows).find((b) => b.id === 'aptta')!.investment).toBeNull();
  });

  it('flags the disagreements on the figures they concern', () => {
    expect(flagFor(row('cpec'), 'investment')?.id).toBe('cpec-investment');
    expect(flagFor(row('cpec'), 'tradeGain')?.id).toBe('cpec-trade-gain');
    expect(flagFor(row('aptta'), 'tradeGain')?.id).toBe('aptta-trade-gain');
    expect(flagFor(row('tapi'), 'investment')?.id).toBe('tapi-cost');
    expect(row('casa-1000').flags).toEqual([]);
  });

  it('places every connectivity disagreement in the data on a figure', () => {
    for (const d of connectivityDiscrepancies(data.discrepancies)) {
      expect(DISCREPANCY_FIELDS[d.id], d.id).toBeDefined();
    }
  });

  it('charts Table 4’s figures and leaves the disputed ones to the flags', () => {
    expect(row('cpec').investment).toBe(65);
    expect(row('aptta').tradeGain).toBe(3);
  });

  it('attaches the TAPI facts', () => {
    expect(row('tapi').facts.map((f) => [f.value, f.unit])).toEqual([
      [1000, 'miles'],
      [33, 'billion cubic metres per year'],
      [1.4, 'USD billion'],
    ]);
  });

  it('flattens for CSV with unit, status, source and the disagreements', () => {
    const table = connectivityFlatTable('connectivity', data.connectivity, rows, shortName);
    const aptta = table.rows.find((r) => String(r.initiative).includes('APTTA'))!;
    expect(aptta).toMatchObject({
      investment: null,
      investmentNote: 'n/a in the source',
      tradeGain: 3,
      unit: 'USD billion',
      status: 'projected',
      source: 'JSSA 2025, Table 4: “Transit Trade Agreement N/A 3”',
    });
    expect(String(aptta.disagreements)).toContain('2 or 3');
  });
});
