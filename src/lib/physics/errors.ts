/**
 * Invalid input to a physics function. Every function in src/lib/physics throws this (and only
 * this) for NaN, non-finite, negative-where-impossible, out-of-range or unknown inputs, so a
 * widget can catch one class and show `message` to the student as it is.
 */
export class PhysicsInputError extends Error {
  /** Name of the offending argument or option, e.g. `arealCapacity_mAh_per_cm2`. */
  readonly parameter: string;
  /** Short machine-friendly reason: `not-a-number`, `not-finite`, `below-minimum`, ... */
  readonly reason: PhysicsInputErrorReason;

  constructor(parameter: string, reason: PhysicsInputErrorReason, message: string) {
    super(message);
    this.name = 'PhysicsInputError';
    this.parameter = parameter;
    this.reason = reason;
  }
}

export type PhysicsInputErrorReason =
  | 'not-a-number'
  | 'not-finite'
  | 'not-an-integer'
  | 'below-minimum'
  | 'above-maximum'
  | 'unknown-choice';

/** Physical limits a number must respect; the message is built from them. */
export interface NumberRule {
  /** Argument name as it appears in the code, e.g. `thickness_um`. */
  parameter: string;
  /** Student-facing name, e.g. "Areal capacity". */
  label: string;
  /** Unit shown after the bounds, e.g. "mAh/cm²"; empty for pure numbers. */
  unit?: string;
  min?: number;
  /** True when `min` itself is not allowed (a strict lower bound). */
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** 0.5 → "0.5", 1e-6 → "10⁻⁶", 3e-9 → "3×10⁻⁹": bounds a student can read. */
function formatBound(x: number): string {
  const abs = Math.abs(x);
  if (x === 0 || (abs >= 1e-3 && abs < 1e6)) return String(x);
  const [mantissa = '', exponent = ''] = x.toExponential().split('e');
  const power = `10${exponent.replace('+', '').replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c)}`;
  return mantissa === '1' ? power : mantissa === '-1' ? `−${power}` : `${mantissa}×${power}`;
}

function describeBounds(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`${rule.minExclusive ? '>' : '≥'} ${formatBound(rule.min)}`);
  if (rule.max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '≤'} ${formatBound(rule.max)}`);
  const bounds = parts.join(' and ');
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const kind = rule.integer ? 'a whole number' : 'a number';
  return `${rule.label} must be ${kind}${bounds ? ` ${bounds}` : ''}${bounds ? unit : ''}.`;
}

/**
 * Returns `value` if it is a finite number within the rule's limits, otherwise throws a
 * PhysicsInputError whose message names the quantity, the allowed range and the unit.
 */
export function requireNumber(value: unknown, rule: NumberRule): number {
  const fail = (reason: PhysicsInputErrorReason): never => {
    throw new PhysicsInputError(rule.parameter, reason, describeBounds(rule));
  };
  if (typeof value !== 'number' || Number.isNaN(value)) return fail('not-a-number');
  if (!Number.isFinite(value)) return fail('not-finite');
  if (rule.integer && !Number.isInteger(value)) return fail('not-an-integer');
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) {
    return fail('below-minimum');
  }
  if (rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max)) {
    return fail('above-maximum');
  }
  return value;
}

/** Returns `value` narrowed to one of `options`, or throws listing the options. */
export function requireChoice<T extends string>(
  value: unknown,
  options: readonly T[],
  parameter: string,
  label: string,
): T {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  throw new PhysicsInputError(
    parameter,
    'unknown-choice',
    `${label} must be one of ${options.join(', ')}.`,
  );
}
