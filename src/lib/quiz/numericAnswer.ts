/**
 * Reading a number a student typed, the way students write it: "1.166×10³", "1.7 × 10⁻⁵",
 * "1.7E-05 M", "1,166,000", "10 000.5", with or without the unit, spelled loosely ("mAh g⁻¹" for
 * mAh/g, "mol/L" for M, "2 h" for 120 min). Every rejection says what to type instead; an
 * ambiguous comma ("0,001") is asked about, never silently read one way; and nothing non-finite
 * (NaN, Infinity from "1e999") ever reaches grading.
 */
import { compareUnits, unSuperscript } from './units';

export type NumericParse =
  | { ok: true; value: number }
  | { ok: false; reason: NumericParseFailure; message: string };

export type NumericParseFailure =
  | 'empty'
  | 'too-long'
  | 'not-a-number'
  | 'decimal-comma'
  | 'ambiguous-comma'
  | 'wrong-unit'
  | 'out-of-range';

/** Larger magnitudes are typing slips in this course (the largest answers are ~10⁴). */
export const MAX_MAGNITUDE = 1e15;
const MAX_LENGTH = 40;

/**
 * A mantissa, then optionally an exponent ("e-5", "×10^-5", "x 10^(3)"), then the rest (the unit).
 * Mantissa forms: thousands groups ("1,166,000", "10 000.5"), plain or decimal-comma digits, ".5".
 */
const NUMBER =
  /^([+-]?)(?:(\d{1,3}(?:([,\u00a0\u202f ])\d{3})+)(\.\d*)?|(\d+)(?:([.,])(\d*))?|\.(\d+))(?:\s*[eE]\s*([+-]?\d+)|\s*[×xX*·]\s*10\s*\^\s*\(?([+-]?\d+)\)?|\^\(?([+-]?\d+)\)?)?\s*/;

type Mantissa =
  | { kind: 'number'; text: string }
  | { kind: 'decimal-comma'; whole: string; frac: string }
  | { kind: 'ambiguous-comma'; asDecimal: string; asGrouped: string };

function readMantissa(m: RegExpExecArray): Mantissa {
  const [, sign, grouped, separator, groupedFrac, plain, plainSep, plainFrac, bareFrac] = m;
  if (grouped !== undefined) {
    const digits = grouped.replace(/[,\u00a0\u202f ]/g, '');
    // One comma group and no decimal point: "1,166" is 1166 to some and 1.166 to others.
    if (separator === ',' && grouped.split(',').length === 2 && groupedFrac === undefined) {
      const [whole, frac] = grouped.split(',');
      return { kind: 'ambiguous-comma', asDecimal: `${sign}${whole}.${frac}`, asGrouped: `${sign}${Number(digits)}` };
    }
    return { kind: 'number', text: `${sign}${digits}${groupedFrac ?? ''}` };
  }
  if (plain !== undefined) {
    if (plainSep === ',') return { kind: 'decimal-comma', whole: `${sign}${plain}`, frac: plainFrac };
    return { kind: 'number', text: `${sign}${plain}${plainSep ? `.${plainFrac}` : ''}` };
  }
  return { kind: 'number', text: `${sign}0.${bareFrac}` };
}

function fail(reason: NumericParseFailure, message: string): NumericParse {
  return { ok: false, reason, message };
}

/**
 * Parses `input` as a number in `unit`, converting a typed time unit ("2 h" when minutes are
 * asked). Rejects "", "abc", "1e999", "8,86" (decimal comma), "0,001" (ambiguous), other units.
 */
export function parseNumericAnswer(input: string, unit = ''): NumericParse {
  const s = unSuperscript(input).normalize('NFKC').replace(/[\u2212\u2013]/g, '-').trim();
  const example = unit ? `for example 12.5 (in ${unit})` : 'for example 12.5';
  if (s === '') return fail('empty', `Enter a number, ${example}.`);
  if (s.length > MAX_LENGTH) return fail('too-long', `That entry is too long. Enter just the number, ${example}.`);

  const m = NUMBER.exec(s);
  const rest = m ? s.slice(m[0].length) : s;
  // What follows the number must be a unit (letters, %, µ, °, Ω), not more of a number.
  if (!m || (rest !== '' && !/^[A-Za-zµμ%°Ω]/.test(rest)) || /^[×xX*·]\s*\d/.test(rest)) {
    return fail('not-a-number', `"${input.trim()}" is not a number. Enter digits, ${example}.`);
  }
  const mantissa = readMantissa(m);
  if (mantissa.kind === 'decimal-comma') {
    const { whole, frac } = mantissa;
    return fail('decimal-comma', `Use a point for decimals: ${whole}.${frac}, not ${whole},${frac}.`);
  }
  if (mantissa.kind === 'ambiguous-comma') {
    const { asDecimal, asGrouped } = mantissa;
    return fail(
      'ambiguous-comma',
      `Did you mean ${asDecimal} or ${asGrouped}? Type a point for decimals (${asDecimal}), or leave out the comma (${asGrouped}).`,
    );
  }
  // "10^-5" alone is a number; "5^2" is not something this course asks for.
  const bareExponent = m[11];
  if (bareExponent !== undefined && mantissa.text.replace(/^[+-]/, '') !== '10') {
    return fail('not-a-number', `"${input.trim()}" is not a number. Enter digits, ${example}.`);
  }
  const exponent = m[9] ?? m[10] ?? bareExponent;
  const digits = bareExponent !== undefined ? `${mantissa.text.startsWith('-') ? '-' : ''}1e${bareExponent}` : mantissa.text;
  let number = Number(exponent === undefined || bareExponent !== undefined ? digits : `${digits}e${exponent}`);

  if (rest !== '') {
    const factor = compareUnits(rest, unit);
    if (factor === undefined) {
      return fail('wrong-unit', unit ? `Enter the number in ${unit}, without "${rest}".` : `Enter just the number, without "${rest}".`);
    }
    number *= factor;
  }
  if (!Number.isFinite(number) || Math.abs(number) > MAX_MAGNITUDE) {
    return fail('out-of-range', `That number is far too large to be the answer. Check the exponent; ${example}.`);
  }
  // −0 and 0 are the same answer; keep the result free of the sign of zero.
  return { ok: true, value: number === 0 ? 0 : number };
}
