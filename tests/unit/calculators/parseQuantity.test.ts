import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, parseQuantity } from '../../../src/lib/calculators/parseQuantity';

const rule = { label: 'Areal capacity', unit: 'mAh/cm²', min: 0, max: 20 };
const value = (text: string) => {
  const r = parseQuantity(text, rule);
  return r.ok ? r.value : r.message;
};

describe('parseQuantity', () => {
  it.each([
    ['3.5', 3.5],
    [' 3.5 ', 3.5],
    ['3,5', 3.5],
    ['+2', 2],
    ['.5', 0.5],
    ['5.', 5],
    ['2e1', 20],
    ['2E-1', 0.2],
    ['2×10^-1', 0.2],
    ['2x10^1', 20],
    ['2*10^-1', 0.2],
    ['2 × 10⁻¹', 0.2],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads a true minus sign', () => {
    expect(parseQuantity('\u22122', { ...rule, min: -5 })).toEqual({ ok: true, value: -2 });
  });

  it.each(['', '   ', '-', 'abc', '1e309', 'NaN', '0x10', 'Infinity', '-Infinity', '<script>alert(1)</script>', '😀', '1 000', '1,000', '1,5,3', '3.5.1', '1e', '--1', '0b11', '1_000', '٣'])(
    'refuses %j with a message naming the field, its range and unit',
    (text) => {
      const r = parseQuantity(text, rule);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(/areal capacity/i);
        expect(r.message).toMatch(/from 0 to 20 mAh\/cm²/);
        expect(r.message).not.toContain(text.trim() || '\u0000');
      }
    },
  );

  it('refuses values outside the range and says which side', () => {
    expect(value('-1')).toMatch(/below the range/);
    expect(value('21')).toMatch(/above the range/);
    expect(value('1e308')).toMatch(/above the range/);
  });

  it('refuses very long input without parsing it', () => {
    expect(value('1'.repeat(MAX_INPUT_LENGTH + 1))).toMatch(/too long/);
  });

  it('refuses fractions where whole numbers are required', () => {
    expect(parseQuantity('500.5', { label: 'Cycles', unit: '', min: 0, max: 2000, integer: true })).toEqual({
      ok: false,
      message: 'Cycles must be a whole number from 0 to 2000.',
    });
  });

  it('accepts the bounds despite binary rounding (0.95 × 100)', () => {
    expect(parseQuantity('95', { label: 'CE', unit: '%', min: 0.95 * 100, max: 100 }).ok).toBe(true);
  });

  it('never throws and never returns NaN or a value outside the range, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double().map(String), fc.integer().map(String)), (text) => {
        const r = parseQuantity(text, rule);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(20);
        } else {
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('reads back every number in range written plainly', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), (x) => {
        expect(parseQuantity(String(x), rule)).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
    );
  });
});
