import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumericAnswer } from '../../../src/lib/quiz/numericAnswer';
import { compareUnits } from '../../../src/lib/quiz/units';

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
    expect(value('1,166,000')).toBe(1166000);
    expect(value('1,166.5')).toBe(1166.5);
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
    ['0,001', 'ambiguous-comma'],
    ['1,166', 'ambiguous-comma'],
    ['5^2', 'not-a-number'],
    ['1.2 x 10', 'not-a-number'],
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

  it('asks about a comma that could be a decimal point or a thousands separator', () => {
    // 0.001 V is the answer to overpotential-of-a-contact; reading "0,001" as 1 would mark it wrong.
    expect(parseNumericAnswer('0,001', 'V')).toMatchObject({
      ok: false,
      reason: 'ambiguous-comma',
      message: 'Did you mean 0.001 or 1? Type a point for decimals (0.001), or leave out the comma (1).',
    });
    expect(parseNumericAnswer('1,166 mAh/g', 'mAh/g')).toMatchObject({ message: expect.stringContaining('1.166 or 1166') });
  });
});

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => `${n < 0 ? '⁻' : ''}${[...String(Math.abs(n))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')}`;
/** A mantissa with up to 4 decimals and an exponent, as a student would write them. */
const mantissa = fc.integer({ min: 1, max: 99999 }).map((n) => n / 1e4); // 0.0001 … 9.9999
const exponent = fc.integer({ min: -9, max: 9 });
const readsAs = (text: string, unit: string, expected: number) => {
  const r = parseNumericAnswer(text, unit);
  return r.ok && Math.abs(r.value - expected) <= 1e-12 * Math.abs(expected);
};

describe('numbers as students write them (property tests)', () => {
  it('reads "m×10ⁿ" and "m × 10⁻ⁿ" with superscript exponents', () => {
    fc.assert(
      fc.property(mantissa, exponent, fc.constantFrom('×', ' × ', 'x', ' x ', '*', '·'), (m, e, times) =>
        readsAs(`${m}${times}10${superscript(e)}`, '', m * 10 ** e),
      ),
    );
    expect(value('1.166×10³')).toBe(1166);
    expect(value('1.7 × 10⁻⁵')).toBeCloseTo(1.7e-5, 15);
  });

  it('reads "mE-0n" with or without the unit', () => {
    fc.assert(
      fc.property(mantissa, exponent, fc.constantFrom('', ' M', 'M', ' mol/L', ' mol L⁻¹', ' mol·L^-1'), (m, e, unit) => {
        const e2 = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
        return readsAs(`${m}E${e2}${unit}`, 'M', m * 10 ** e);
      }),
    );
    expect(value('1.7E-05 M', 'M')).toBeCloseTo(1.7e-5, 15);
  });

  it.each([
    ['mAh/g', ['mAh g⁻¹', 'mAh g^-1', 'mAh·g-1', 'mAh/g', 'mah/g']],
    ['mA/cm²', ['mA cm⁻²', 'mA/cm^2', 'mA cm-2', 'mA/cm2']],
    ['mAh/cm²', ['mAh cm⁻²', 'mAh/cm^2']],
    ['Wh/kg', ['Wh kg⁻¹', 'Wh/kg']],
    ['M', ['mol/L', 'mol L⁻¹', 'mol/l', 'M']],
    ['% per cycle', ['%', '% per cycle', '%/cycle']],
    ['µm', ['um', 'μm', 'µm']],
  ])('accepts every way of writing %s', (asked, spellings) => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), fc.constantFrom(...spellings), fc.constantFrom('', ' '), (x, typed, gap) =>
        readsAs(`${x}${gap}${typed}`, asked, x),
      ),
    );
  });

  it('converts min, minutes and h to the unit asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.constantFrom(['min', 1], ['minutes', 1], ['mins', 1], ['h', 60], ['hours', 60], ['s', 1 / 60]), (n, [typed, factor]) =>
        readsAs(`${n} ${typed}`, 'min', n * (factor as number)),
      ),
    );
    expect(value('2 h', 'min')).toBe(120);
    expect(value('90 min', 'h')).toBe(1.5);
  });

  it('never reads a unit of another kind', () => {
    expect(value('3 mAh', 'mAh/g')).toBe('wrong-unit');
    expect(value('3 g/mAh', 'mAh/g')).toBe('wrong-unit');
    expect(value('3 m', 'M')).toBe('wrong-unit'); // metres are not molar
    expect(value('3 %', '')).toBe('wrong-unit');
    expect(value('3 V', 'min')).toBe('wrong-unit');
    expect(compareUnits('mAh/g/cm', 'mAh/g')).toBeUndefined();
  });

  it('asks about every lone comma group and reads every multi-group number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, frac) => {
        const f = String(frac).padStart(3, '0');
        const r = parseNumericAnswer(`${whole},${f}`);
        return !r.ok && r.reason === 'ambiguous-comma' && r.message.includes(`${whole}.${f}`) && r.message.includes(`${Number(`${whole}${f}`)}`);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 999_999_999 }), (n) => readsAs(n.toLocaleString('en-US'), '', n)),
    );
  });
});
