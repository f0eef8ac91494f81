/**
 * Reading a number a student typed. Every rejection comes with a message that says what to type
 * instead, and nothing non-finite (NaN, Infinity from "1e999") ever reaches grading.
 */

export type NumericParse =
  | { ok: true; value: number }
  | { ok: false; reason: NumericParseFailure; message: string };

export type NumericParseFailure = 'empty' | 'too-long' | 'not-a-number' | 'decimal-comma' | 'wrong-unit' | 'out-of-range';

/** Larger magnitudes are typing slips in this course (the largest answers are ~10⁴). */
export const MAX_MAGNITUDE = 1e15;
const MAX_LENGTH = 40;

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** 1,166 or 1 166 or 10 000.5: thousands groups of exactly three digits. */
const GROUPED = /^[+-]?\d{1,3}(?:([, \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
/** 1.2×10^3, 1.2 x 10^-3, 1.2*10^3 */
const TIMES_TEN = /^(.+?)\s*[×xX*·]\s*10\s*\^\s*([+-]?\d+)$/;

/** Units compare without case, spaces or the micro-sign/Greek-mu/u difference. */
function normaliseUnit(unit: string): string {
  return unit.replace(/[µμ]/g, 'u').replace(/\s+/g, '').replace(/²/g, '2').replace(/³/g, '3').toLowerCase();
}

/** The number in `s`, or why there is none. */
function readNumber(s: string): number | 'not-a-number' | 'decimal-comma' {
  const timesTen = TIMES_TEN.exec(s);
  if (timesTen && PLAIN.test(timesTen[1]) && !/e/i.test(timesTen[1])) return Number(`${timesTen[1]}e${timesTen[2]}`);
  if (PLAIN.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(/[, \u00a0\u202f]/g, ''));
  if (/^[+-]?\d+,\d+$/.test(s)) return 'decimal-comma';
  return 'not-a-number';
}

function fail(reason: NumericParseFailure, message: string): NumericParse {
  return { ok: false, reason, message };
}

/**
 * Parses "8.86", "−8.86", "1,166", "1.2e3", "1.2×10^3" and an optional trailing unit equal to
 * `unit` ("35.4 µm", "35.4 um"). Rejects "", "abc", "1e999", "8,86" (decimal comma), other units.
 */
export function parseNumericAnswer(input: string, unit = ''): NumericParse {
  let s = input.normalize('NFKC').replace(/\u2212|\u2013/g, '-').trim();
  const example = unit ? `for example 12.5 (in ${unit})` : 'for example 12.5';
  if (s === '') return fail('empty', `Enter a number, ${example}.`);
  if (s.length > MAX_LENGTH) return fail('too-long', `That entry is too long. Enter just the number, ${example}.`);

  let read = readNumber(s);
  if (read === 'not-a-number') {
    // A trailing unit is fine when it is the one asked for; any other trailing word is not.
    const withUnit = /^(.*?[\d.])\s*((?![xXeE]\d)[A-Za-zµμ%°Ω].*)$/.exec(s);
    const numberPart = withUnit ? readNumber(withUnit[1].trim()) : 'not-a-number';
    if (withUnit && numberPart !== 'not-a-number') {
      const typed = withUnit[2].trim();
      if (!unit || normaliseUnit(typed) !== normaliseUnit(unit)) {
        return fail('wrong-unit', unit ? `Enter the number in ${unit}, without "${typed}".` : `Enter just the number, without "${typed}".`);
      }
      read = numberPart;
    }
  }
  if (read === 'decimal-comma') {
    const [whole, frac] = s.replace(/\s*[^\d,+-].*$/, '').split(',');
    return fail('decimal-comma', `Use a point for decimals: ${whole}.${frac}, not ${whole},${frac}.`);
  }
  if (read === 'not-a-number') {
    return fail('not-a-number', `"${input.trim()}" is not a number. Enter digits, ${example}.`);
  }
  const value = read;

  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
    return fail('out-of-range', `That number is far too large to be the answer. Check the exponent; ${example}.`);
  }
  // −0 and 0 are the same answer; keep the result free of the sign of zero.
  return { ok: true, value: value === 0 ? 0 : value };
}
