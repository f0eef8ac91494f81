/**
 * A calculator's inputs, declared on top of the physics library's parameter metadata (label,
 * unit, range, default): a field only adds how it is shown, e.g. a fraction as %, A/m² as
 * mA/cm². Ranges are never redeclared; they are converted.
 */
import type { ChoiceParameter, NumberParameter } from '../physics/parameters';
import type { QuantityRule } from './parseQuantity';
import { tidy } from './plainNumber';

export interface NumberField {
  readonly kind: 'number';
  /** The library's declaration; the URL and the model hold values in its unit. */
  readonly spec: NumberParameter;
  /** Shown value = library value × factor, in `unit` (e.g. { unit: '%', factor: 100 }). */
  readonly display?: { readonly unit: string; readonly factor: number };
  /** Overrides the library label where the widget's wording must differ. */
  readonly label?: string;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /** Offer a range slider next to the text field (default true). */
  readonly slider?: boolean;
}

export interface ChoiceField<T extends string = string> {
  readonly kind: 'choice';
  readonly spec: ChoiceParameter<T>;
  /** Student-facing name of each option (default: the option itself). */
  readonly optionLabels?: Readonly<Partial<Record<T, string>>>;
  readonly label?: string;
}

export type Field = NumberField | ChoiceField;

/** A calculator's fields keyed like its input values, so each value has a declaration. */
export type FieldsOf<V> = { readonly [K in keyof V]: V[K] extends number ? NumberField : ChoiceField };

export type InputValues = Record<string, number | string>;

export function fieldLabel(field: Field): string {
  return field.label ?? field.spec.label;
}

/** Library value → shown value. */
export function toDisplay(field: NumberField, value: number): number {
  return tidy(value * (field.display?.factor ?? 1));
}

/** Shown value → library value. */
export function fromDisplay(field: NumberField, shown: number): number {
  return tidy(shown / (field.display?.factor ?? 1));
}

export function displayUnit(field: NumberField): string {
  return field.display ? field.display.unit : field.spec.unit;
}

/** What the text field accepts, in its shown unit. */
export function displayRule(field: NumberField): QuantityRule {
  return {
    label: fieldLabel(field),
    unit: displayUnit(field),
    min: toDisplay(field, field.spec.min),
    max: toDisplay(field, field.spec.max),
    ...(field.integer ? { integer: true } : {}),
  };
}

/** Every field's library default. */
export function defaultValues<V extends Record<keyof V, number | string>>(fields: FieldsOf<V>): V {
  const out: InputValues = {};
  for (const [key, field] of Object.entries(fields) as [string, Field][]) out[key] = field.spec.default;
  return out as V;
}
