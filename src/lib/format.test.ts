import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatSigned, NO_DATA } from './format';

describe('formatNumber', () => {
  it('says "no data" for missing or non-finite values, never "0"', () => {
    expect(formatNumber(null)).toBe('no data');
    expect(formatNumber(undefined)).toBe(NO_DATA);
    expect(formatNumber(Number.NaN)).toBe(NO_DATA);
    expect(formatNumber(Number.POSITIVE_INFINITY, '%')).toBe(NO_DATA);
  });

  it('formats zero as "0", including negative zero and values that round to zero', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.0001, undefined, { maximumFractionDigits: 1 })).toBe('0');
  });

  it('groups thousands the en-GB way', () => {
    expect(formatNumber(1_400_000)).toBe('1,400,000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1234.5678)).toBe('1,234.568');
  });

  it('uses a real minus sign (U+2212) for negatives', () => {
    expect(formatNumber(-1050)).toBe('\u22121,050');
    expect(formatNumber(-1050)).not.toContain('-');
  });

  it('appends "%" directly and other units after a space', () => {
    expect(formatNumber(12.5, '%')).toBe('12.5%');
    expect(formatNumber(-3.25, '%', { maximumFractionDigits: 1 })).toBe('\u22123.3%');
    expect(formatNumber(40, '%', { minimumFractionDigits: 1 })).toBe('40.0%');
    expect(formatNumber(3200, 't')).toBe('3,200 t');
    expect(formatNumber(null, '%')).toBe(NO_DATA);
  });

  it('never emits a hyphen-minus and keeps the digits of integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatNumber(n);
        expect(text).not.toContain('-');
        expect(Number(text.replace('\u2212', '-').replaceAll(',', ''))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('formatSigned', () => {
  it('always signs non-zero balances', () => {
    expect(formatSigned(1050)).toBe('+1,050');
    expect(formatSigned(-1050)).toBe('\u22121,050');
    expect(formatSigned(2.5, '%')).toBe('+2.5%');
  });

  it('leaves zero unsigned and says "no data" for null', () => {
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(-0)).toBe('0');
    expect(formatSigned(null)).toBe('no data');
  });
});
