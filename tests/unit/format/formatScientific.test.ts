import { describe, expect, it } from 'vitest';
import { formatScientific } from '../../../src/lib/format/formatNumber';
import { formatAnswer } from '../../../src/lib/problems/defineProblems';
import { parseNumericAnswer } from '../../../src/lib/quiz/numericAnswer';

describe('formatScientific', () => {
  it('writes a mantissa, ×10 and a superscript exponent', () => {
    expect(formatScientific(1.5234e-6)).toBe('1.52×10⁻⁶');
    expect(formatScientific(-2.5e12, 2)).toBe('\u22122.5×10¹²');
    expect(formatScientific(6.02214076e23, 4)).toBe('6.022×10²³');
  });
  it('refuses what it cannot print', () => {
    expect(() => formatScientific(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatAnswer', () => {
  it('uses scientific notation only for very small or very large answers', () => {
    expect(formatAnswer(1.52e-6)).toBe('1.52×10⁻⁶');
    expect(formatAnswer(0.0152)).toBe('0.0152');
    expect(formatAnswer(0.00081, { significant: 2 })).toBe('0.00081');
    expect(formatAnswer(3861)).toBe('3,860');
    expect(formatAnswer(2.4e7)).toBe('2.40×10⁷');
  });
  it('prints what the answer box reads back as the same number', () => {
    for (const v of [1.52e-6, 7.3e-5, 2.4e7, -4.1e-5]) {
      const read = parseNumericAnswer(formatAnswer(v));
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.value).toBeCloseTo(Number(v.toPrecision(3)), 12);
    }
  });
});
