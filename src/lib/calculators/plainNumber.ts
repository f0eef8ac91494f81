/**
 * Numbers written for a text field or a range hint: no thousands separator (a student may copy
 * "1,000" back into a field, where a comma is read as a decimal mark), a true minus sign in
 * hints, and powers of ten for very small or large magnitudes.
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** Rounds away binary noise such as 99.80000000000001 (12 significant digits). */
export function tidy(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(12)) : x;
}

/** For hints and messages: 0.5 → "0.5", 1e-12 → "10⁻¹²", 3e-10 → "3×10⁻¹⁰", −2 → "−2". */
export function plainNumber(x: number): string {
  const v = tidy(x);
  const abs = Math.abs(v);
  if (v === 0 || (abs >= 1e-3 && abs < 1e6)) return String(v).replace('-', '\u2212');
  const [mantissa = '', exponent = ''] = v.toExponential().split('e');
  const power = `10${exponent.replace('+', '').replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c)}`;
  if (mantissa === '1') return power;
  if (mantissa === '-1') return `\u2212${power}`;
  return `${mantissa.replace('-', '\u2212')}×${power}`;
}

/**
 * For a text field's value (what a slider or a reset writes): plain ASCII the parser reads back
 * exactly, "3e-10" for tiny values, at most 6 significant digits.
 */
export function inputText(x: number): string {
  if (!Number.isFinite(x)) return '';
  const abs = Math.abs(x);
  const v = Number(x.toPrecision(6));
  if (v === 0 || (abs >= 1e-4 && abs < 1e9)) return String(v);
  return v.toExponential().replace('e+', 'e');
}
