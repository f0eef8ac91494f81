/**
 * Calculator state in the page URL, so a lecturer can share a preset link. Parameters are named
 * `<calculator id>.<library argument>` (cycle-life.coulombicEfficiency=0.999) and hold values in
 * the library's unit. Reading is strict, driven by the parameter metadata: unknown names are
 * ignored, numbers must be plain decimals inside the declared range, choices must be one of the
 * declared options; anything else keeps the default. Values only ever become numbers or one of
 * the declared option strings, so nothing from the URL reaches the page as markup.
 */
import { type FieldsOf, type Field, type InputValues } from './fields';
import { isInWidgetRange } from '../physics/parameters';
import { tidy } from './plainNumber';

const URL_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d{1,3})?$/i;
/** Longer values are not numbers a lecturer typed; refuse them unread. */
const MAX_VALUE_LENGTH = 32;

export function presetKey(calculatorId: string, key: string): string {
  return `${calculatorId}.${key}`;
}

function readValue(field: Field, raw: string): number | string | undefined {
  if (raw.length > MAX_VALUE_LENGTH) return undefined;
  if (field.kind === 'choice') return (field.spec.options as readonly string[]).includes(raw) ? raw : undefined;
  if (!URL_NUMBER.test(raw)) return undefined;
  const value = Number(raw);
  if (!isInWidgetRange(field.spec, value)) return undefined;
  if (field.integer && !Number.isInteger(value)) return undefined;
  return value;
}

/** The values a query string sets for one calculator; fields it does not set (validly) are absent. */
export function readPreset<V extends Record<keyof V, number | string>>(search: string, calculatorId: string, fields: FieldsOf<V>): Partial<V> {
  const params = new URLSearchParams(search.length > 4000 ? '' : search);
  const out: Partial<InputValues> = {};
  for (const [key, field] of Object.entries(fields) as [string, Field][]) {
    const raw = params.get(presetKey(calculatorId, key));
    if (raw === null) continue;
    const value = readValue(field, raw.trim());
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<V>;
}

/**
 * The query string with this calculator's values written in (defaults left out so links stay
 * short) and every other parameter kept, including other calculators' on the same page.
 */
export function writePreset<V extends Record<keyof V, number | string>>(
  search: string,
  calculatorId: string,
  fields: FieldsOf<V>,
  values: Partial<V>,
): string {
  const params = new URLSearchParams(search);
  for (const [key, field] of Object.entries(fields) as [string, Field][]) {
    const name = presetKey(calculatorId, key);
    const value = (values as Partial<InputValues>)[key];
    if (value === undefined || value === field.spec.default) params.delete(name);
    else params.set(name, typeof value === 'number' ? String(tidy(value)) : value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
