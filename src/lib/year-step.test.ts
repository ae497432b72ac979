import { describe, expect, it } from 'vitest';
import { yearForKey } from './year-step';

const years = [2020, 2021, 2022, 2023, 2024];

describe('yearForKey', () => {
  it('steps one year from the year in focus, not from an end', () => {
    expect(yearForKey(years, 2023, 'ArrowLeft')).toBe(2022);
    expect(yearForKey(years, 2023, 'ArrowDown')).toBe(2022);
    expect(yearForKey(years, 2021, 'ArrowRight')).toBe(2022);
    expect(yearForKey(years, 2021, 'ArrowUp')).toBe(2022);
  });

  it('goes to the ends with Home and End and stays at an end', () => {
    expect(yearForKey(years, 2022, 'Home')).toBe(2020);
    expect(yearForKey(years, 2022, 'End')).toBe(2024);
    expect(yearForKey(years, 2020, 'ArrowLeft')).toBe(2020);
    expect(yearForKey(years, 2024, 'ArrowRight')).toBe(2024);
  });

  it('skips the years a series does not hold', () => {
    expect(yearForKey([1979, 1990, 2020, 2021], 2020, 'ArrowLeft')).toBe(1990);
    expect(yearForKey(years, 2030, 'ArrowLeft')).toBe(2024);
    expect(yearForKey(years, 1990, 'ArrowRight')).toBe(2020);
  });

  it('ignores other keys and empty charts', () => {
    expect(yearForKey(years, 2022, 'Enter')).toBeNull();
    expect(yearForKey([], 2022, 'ArrowLeft')).toBeNull();
  });
});
