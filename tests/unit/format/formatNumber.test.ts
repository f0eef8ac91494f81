import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/format/formatNumber';
import { formatFact } from '../../../src/lib/facts/formatFact';

describe('formatNumber', () => {
  it('groups thousands and rounds to the digits asked for', () => {
    expect(formatNumber(3860.6)).toBe('3,861');
    expect(formatNumber(4.8512, { digits: 2 })).toBe('4.85');
  });
  it('uses a true minus sign', () => {
    expect(formatNumber(-3.04, { digits: 2 })).toBe('\u22123.04');
  });
  it('gives significant figures for small and large values', () => {
    expect(formatNumber(4.0e-5, { significant: 2 })).toBe('0.000040');
  });
  it('refuses NaN and Infinity instead of printing them', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity)).toThrow(RangeError);
  });
});

describe('formatFact', () => {
  const base = { review: 'xiang2019', section: 'Introduction', evidence: '' } as const;
  it('marks approximate values and bounds, keeps the declared decimals', () => {
    expect(formatFact({ ...base, value: 390, unit: 'Wh/kg', approx: true })).toBe('≈ 390\u00a0Wh/kg');
    expect(formatFact({ ...base, value: 500, unit: 'km', bound: '<' })).toBe('< 500\u00a0km');
    expect(formatFact({ ...base, value: 99.5, unit: '%' })).toBe('99.5%');
    expect(formatFact({ ...base, value: 3860, unit: 'mAh/g' })).toBe('3,860\u00a0mAh/g');
  });
});
