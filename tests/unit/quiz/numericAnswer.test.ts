import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumericAnswer } from '../../../src/lib/quiz/numericAnswer';

const value = (s: string, unit = '') => {
  const r = parseNumericAnswer(s, unit);
  return r.ok ? r.value : r.reason;
};

describe('parseNumericAnswer', () => {
  it('reads plain, signed, grouped and scientific numbers', () => {
    expect(value('8.86')).toBe(8.86);
    expect(value('  -3.04 ')).toBe(-3.04);
    expect(value('−3.04')).toBe(-3.04); // true minus sign, as the course prints it
    expect(value('.5')).toBe(0.5);
    expect(value('1,166')).toBe(1166);
    expect(value('10 000.5')).toBe(10000.5);
    expect(value('1.2e3')).toBe(1200);
    expect(value('1.2×10^3')).toBe(1200);
    expect(value('4.7 x 10^-5')).toBeCloseTo(4.7e-5, 12);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0'), -0)).toBe(false);
  });

  it('accepts the unit asked for, spelled loosely, and rejects any other', () => {
    expect(value('35.4 µm', 'µm')).toBe(35.4);
    expect(value('35.4um', 'µm')).toBe(35.4);
    expect(value('35.4 μm', 'µm')).toBe(35.4); // Greek mu instead of the micro sign
    expect(value('1166 mAh/g', 'mAh/g')).toBe(1166);
    expect(value('3 mAh/cm²', 'mAh/cm²')).toBe(3);
    expect(value('35.4 mm', 'µm')).toBe('wrong-unit');
    expect(parseNumericAnswer('35.4 mm', 'µm')).toMatchObject({ message: expect.stringContaining('µm') });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1/2', 'not-a-number'],
    ['1..2', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1e999', 'out-of-range'],
    ['-1e999', 'out-of-range'],
    ['1e16', 'out-of-range'],
    ['8,86', 'decimal-comma'],
    ['1'.repeat(41), 'too-long'],
  ])('rejects %j (%s) with a message that says what to type', (input, reason) => {
    const r = parseNumericAnswer(input, 'µm');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message).toMatch(/\w+.*[.]$/);
      expect(r.message.replace(input, '')).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('suggests the decimal point for a decimal comma', () => {
    expect(parseNumericAnswer('8,86')).toMatchObject({ ok: false, message: 'Use a point for decimals: 8.86, not 8,86.' });
  });

  it('never returns a non-finite value, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 45 }), (s) => {
        const r = parseNumericAnswer(s, 'µm');
        return r.ok ? Number.isFinite(r.value) : r.message.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every finite number JavaScript prints', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const r = parseNumericAnswer(String(x));
        return r.ok && r.value === (x === 0 ? 0 : x);
      }),
    );
  });
});
