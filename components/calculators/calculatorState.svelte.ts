/**
 * The live state of one calculator island: what is typed in each field, which entries are
 * valid, the current evaluation, and the last valid one (shown greyed while an entry is
 * invalid, so a result never turns into NaN or disappears mid-edit).
 */
import { evaluate, type CalculatorModel, type Evaluation } from '../../src/lib/calculators/calculatorModel';
import {
  defaultValues,
  displayRule,
  fromDisplay,
  toDisplay,
  type Field,
  type InputValues,
} from '../../src/lib/calculators/fields';
import { parseQuantity } from '../../src/lib/calculators/parseQuantity';
import { inputText } from '../../src/lib/calculators/plainNumber';

export interface CalculatorState<V extends Record<keyof V, number | string>, R> {
  readonly model: CalculatorModel<V, R>;
  /** Field text (numbers, in the shown unit) or option (choices), by key. */
  readonly texts: Record<string, string>;
  /** Message per invalid field. */
  readonly errors: Readonly<Record<string, string>>;
  /** Last valid library value of each field (for sliders). */
  readonly values: V;
  readonly current: Evaluation<V, R>;
  /** The evaluation on screen: the current one if valid, otherwise the last valid one. */
  readonly shown: Extract<Evaluation<V, R>, { ok: true }>;
  readonly stale: boolean;
  /** Message for the whole form (a combination the physics refuses), '' if none. */
  readonly formError: string;
  set(values: Partial<V>): void;
  reset(): void;
}

function textOf(field: Field, value: number | string): string {
  return field.kind === 'number' ? inputText(toDisplay(field, value as number)) : String(value);
}

export function createCalculatorState<V extends Record<keyof V, number | string>, R>(model: CalculatorModel<V, R>): CalculatorState<V, R> {
  const entries = Object.entries(model.fields) as [string, Field][];
  const defaults = defaultValues<V>(model.fields);
  const textsFor = (values: Partial<V>) => {
    const given = values as Partial<InputValues>;
    const fallback = defaults as InputValues;
    return Object.fromEntries(entries.map(([k, f]) => [k, textOf(f, given[k] ?? fallback[k]!)]));
  };

  const texts: Record<string, string> = $state(textsFor(defaults));

  const parsed = $derived.by(() => {
    const values: InputValues = {};
    const errors: Record<string, string> = {};
    for (const [key, field] of entries) {
      const text = texts[key] ?? '';
      if (field.kind === 'choice') {
        if ((field.spec.options as readonly string[]).includes(text)) values[key] = text;
        else errors[key] = `${field.spec.label} must be one of ${field.spec.options.join(', ')}.`;
        continue;
      }
      const q = parseQuantity(text, displayRule(field));
      if (q.ok) values[key] = fromDisplay(field, q.value);
      else errors[key] = q.message;
    }
    return { values: values as V, errors };
  });

  const current = $derived.by((): Evaluation<V, R> => {
    if (Object.keys(parsed.errors).length > 0) return { ok: false, message: '' };
    return evaluate(model, parsed.values);
  });

  // The defaults always evaluate (the library's own defaults); if they did not, that is a bug
  // worth failing loudly on at build time rather than a blank widget.
  const initial = evaluate(model, defaults);
  if (!initial.ok) throw new Error(`${model.id}: the default inputs do not evaluate: ${initial.message}`);
  let lastGood = initial;
  const shown = $derived.by(() => {
    if (current.ok) lastGood = current;
    return lastGood;
  });

  return {
    model,
    texts,
    get errors() {
      return parsed.errors;
    },
    get values() {
      return { ...shown.values, ...parsed.values };
    },
    get current() {
      return current;
    },
    get shown() {
      return shown;
    },
    get stale() {
      return !current.ok;
    },
    get formError() {
      return !current.ok ? current.message : '';
    },
    set(values) {
      for (const [key, field] of entries) {
        const v = (values as Partial<InputValues>)[key];
        if (v !== undefined) texts[key] = textOf(field, v);
      }
    },
    reset() {
      for (const [key, text] of Object.entries(textsFor(defaults))) texts[key] = text;
    },
  };
}
