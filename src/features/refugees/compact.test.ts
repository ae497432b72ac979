import { describe, expect, it } from 'vitest';
import { compactNumber, niceTicks } from './compact';

describe('niceTicks', () => {
  it('gives round steps from 0 to just above the maximum', () => {
    expect(niceTicks(840_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(niceTicks(3_272_290)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(niceTicks(1_000_000)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('compactNumber', () => {
  it('shortens axis ticks', () => {
    expect(compactNumber(0)).toBe('0');
    expect(compactNumber(250_000)).toBe('250k');
    expect(compactNumber(1_500_000)).toBe('1.5m');
    expect(compactNumber(4_000_000)).toBe('4m');
  });
});
