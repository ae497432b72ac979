import { describe, expect, it } from 'vitest';
import { emptyRangeNote, missingYearNote, yearlySubtitle, yearRows } from './year-rows';

const file = {
  coverage: { from: 2019, to: 2024 },
  records: [
    { year: 2024, total: 1750 },
    { year: 2019, total: 1700 },
    { year: 2021, total: 0 },
  ],
};

describe('yearRows', () => {
  it('gives every year of the coverage in order, a gap where there is no record, and keeps a real 0', () => {
    expect(
      yearRows(file).map((r) => (r.kind === 'gap' ? `${r.year}: gap` : `${r.year}: ${r.total}`)),
    ).toEqual(['2019: 1700', '2020: gap', '2021: 0', '2022: gap', '2023: gap', '2024: 1750']);
  });

  it('keeps to the range inside the coverage, and is empty when they do not meet', () => {
    expect(yearRows(file, [2021, 2030]).map((r) => r.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(yearRows(file, [1990, 2019]).map((r) => r.year)).toEqual([2019]);
    expect(yearRows(file, [1990, 2000])).toEqual([]);
  });
});

describe('missingYearNote', () => {
  it('says nothing for a year with a figure, even 0', () => {
    expect(missingYearNote(file, 2021, 'trade figures')).toBeNull();
  });

  it('names a gap inside the coverage as a gap, and a year outside it with the coverage', () => {
    expect(missingYearNote(file, 2022, 'trade figures')).toBe(
      'No trade figures for 2022: the source gives none (a gap, not a zero).',
    );
    expect(missingYearNote(file, 1990, 'trade figures')).toBe(
      'No trade figures for 1990: they cover 2019–2024. No year is in focus here.',
    );
  });
});

describe('yearlySubtitle and emptyRangeNote', () => {
  const covering = {
    coverage: { from: 2020, to: 2024 },
    records: [{ year: 2020 }, { year: 2021 }],
  };
  it('names the years drawn, and the year in focus only where the figures reach it', () => {
    const rows = [{ year: 2020 }, { year: 2021 }];
    expect(yearlySubtitle(covering, 'Incidents', rows, 2021)).toBe(
      'Incidents, 2020–2021; year in focus 2021',
    );
    expect(yearlySubtitle(covering, 'Incidents', rows, 1990)).toBe('Incidents, 2020–2021');
    expect(yearlySubtitle(covering, 'Incidents', [], 1990)).toBe('Incidents');
  });
  it('says which years the documents cover when none is chosen', () => {
    expect(emptyRangeNote(covering, 'incident figures')).toBe(
      'No incident figures in the years chosen (the documents cover 2020–2024).',
    );
  });
});
