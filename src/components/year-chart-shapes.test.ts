import { describe, expect, it } from 'vitest';
import { yearTickName, type YearSlot } from './year-chart-shapes';

const slot = (status: YearSlot['status']): YearSlot => ({
  key: '2024',
  status,
  top: status === 'gap' ? null : 290,
  description: '290 incidents',
});

describe('yearTickName', () => {
  it('starts with what the button shows and says the status in words', () => {
    expect(yearTickName('2024', slot('projected'))).toBe('2024 projected: 290 incidents');
    expect(yearTickName('2024', slot('observed'))).toBe('2024: 290 incidents, observed');
  });

  it('says "no data" for a gap, never a number', () => {
    expect(yearTickName('2022', slot('gap'))).toBe('2022: no data');
    expect(yearTickName('2022', undefined)).toBe('2022: no data');
  });
});
