/**
 * Number formatting for prose and widgets: one place decides digits, grouping and the minus sign,
 * so a chapter and a calculator never show the same value two ways.
 */
export interface FormatOptions {
  /** Fixed decimal places (default 0). Ignored when `significant` is set. */
  digits?: number;
  /** Significant figures, for values spanning orders of magnitude. */
  significant?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(o: FormatOptions): Intl.NumberFormat {
  const key = `${o.digits ?? ''}|${o.significant ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', o.significant
      ? { maximumSignificantDigits: o.significant, minimumSignificantDigits: o.significant }
      : { minimumFractionDigits: o.digits ?? 0, maximumFractionDigits: o.digits ?? 0 });
    cache.set(key, f);
  }
  return f;
}

/**
 * Formats a finite number with a true minus sign (U+2212). Throws on NaN or ±Infinity so that a
 * bad value fails the build or the widget's validation instead of reaching the page.
 */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  return formatter(options).format(value).replace('-', '\u2212');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Scientific notation as a student writes it, "1.52×10⁻⁶" (which the quiz's number reader also
 * accepts), with `significant` figures in the mantissa.
 */
export function formatScientific(value: number, significant = 3): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  if (value === 0) return formatNumber(0, { significant });
  const [mantissa, exponent] = value.toExponential(significant - 1).split('e');
  const power = Number(exponent);
  const sup = String(Math.abs(power)).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
  return `${mantissa.replace('-', '\u2212')}×10${power < 0 ? '⁻' : ''}${sup}`;
}
