/**
 * Reads a quantity a student typed into a calculator field. Strict on purpose: what is not
 * clearly a number in range is refused with a message naming the field, its unit and its range,
 * and nothing the student typed is echoed back (so no markup can travel into the page).
 *
 * Accepted: "3.5", "-2", "+1", ".5", "3e-10", "3E-10", "3×10^-10", "3x10^-10", "3*10^-10",
 * "3×10⁻¹⁰", "−2" (true minus), surrounding spaces, and "3,5" — a single comma as the decimal
 * mark, common in continental Europe. Refused: "1,000" (ambiguous: a thousand or one?), grouping
 * spaces, "0x10", "Infinity", "NaN", anything longer than MAX_INPUT_LENGTH characters.
 */
import { plainNumber } from './plainNumber';

/** No honest quantity needs more characters; longer input is refused before any parsing. */
export const MAX_INPUT_LENGTH = 32;

/** The range a field accepts, in the unit it is shown in. */
export interface QuantityRule {
  label: string;
  /** Shown after the bounds; '' for pure numbers. */
  unit: string;
  min: number;
  max: number;
  /** Whole numbers only (cycles). */
  integer?: boolean;
}

export type ParsedQuantity = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d{1,4})?$/i;
const POWER_OF_TEN = /\s*[×x*·]\s*10\s*(?:\^\s*)?([+-]?\d{1,4})$/i;
const AMBIGUOUS_GROUPING = /^[+-]?\d{1,3}(?:,\d{3})+$/;
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+',
};

/** "from 0 to 20 mAh/cm²", the phrase every message and hint shares. */
export function describeRange(rule: QuantityRule): string {
  const unit = rule.unit ? ` ${rule.unit}` : '';
  return `from ${plainNumber(rule.min)} to ${plainNumber(rule.max)}${unit}`;
}

function kind(rule: QuantityRule): string {
  return rule.integer ? 'a whole number' : 'a number';
}

/** Turns accepted spellings into JavaScript's decimal syntax, or returns null. */
function normalise(raw: string): string | null {
  let s = raw.trim().replace(/\u2212/g, '-');
  s = s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+$/, (sup) => `^${[...sup].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('')}`);
  const power = POWER_OF_TEN.exec(s);
  if (power) s = `${s.slice(0, power.index)}e${power[1]}`;
  if (AMBIGUOUS_GROUPING.test(s)) return null;
  if (!s.includes('.') && (s.match(/,/g) ?? []).length === 1) s = s.replace(',', '.');
  return DECIMAL.test(s) ? s : null;
}

export function parseQuantity(text: string, rule: QuantityRule): ParsedQuantity {
  const range = describeRange(rule);
  const fail = (message: string): ParsedQuantity => ({ ok: false, message });
  if (typeof text !== 'string' || text.trim() === '') return fail(`Enter ${rule.label.toLowerCase()}: ${kind(rule)} ${range}.`);
  if (text.length > MAX_INPUT_LENGTH) return fail(`${rule.label} is too long to be a number; enter ${kind(rule)} ${range}.`);
  if (AMBIGUOUS_GROUPING.test(text.trim())) {
    return fail(`${rule.label}: write numbers without thousands separators (1000, or 1.5 for a decimal), ${range}.`);
  }
  const normalised = normalise(text);
  if (normalised === null) return fail(`${rule.label} must be ${kind(rule)} ${range}.`);
  const value = Number(normalised);
  if (!Number.isFinite(value)) return fail(`${rule.label} is far too large; enter ${kind(rule)} ${range}.`);
  if (rule.integer && !Number.isInteger(value)) return fail(`${rule.label} must be a whole number ${range}.`);
  // Bounds compare with a relative slack of 1e-12 so 95.00000000000001 (0.95 × 100) counts as 95.
  const slack = (b: number) => Math.abs(b) * 1e-12;
  if (value < rule.min - slack(rule.min)) return fail(`${rule.label} is below the range: enter ${kind(rule)} ${range}.`);
  if (value > rule.max + slack(rule.max)) return fail(`${rule.label} is above the range: enter ${kind(rule)} ${range}.`);
  return { ok: true, value: value === 0 ? 0 : value };
}
