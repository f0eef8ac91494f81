/**
 * What a calculator is, apart from how it is drawn (PhET's model/view split): its fields, the
 * computation (the physics library, which throws PhysicsInputError with a student-readable
 * message), and the presentation — every number already formatted, plus the describer's
 * sentence for screen readers. Formatting happens here so a NaN or Infinity fails inside the
 * calculator's try/catch, never on screen.
 */
import { PhysicsInputError } from '../physics/errors';
import type { FieldsOf } from './fields';

/** One line of results: "Sand's time · 15.9 h". */
export interface ResultRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly unit?: string;
  /** Short comparison or caveat, e.g. "review: 0.735". */
  readonly note?: string;
}

export interface Presentation {
  readonly rows: readonly ResultRow[];
  /** The describer: one or two sentences a screen reader hears after each change. */
  readonly summary: string;
}

export interface CalculatorModel<V extends Record<keyof V, number | string>, R> {
  /** URL prefix and element-id stem; lowercase with dashes. */
  readonly id: string;
  readonly fields: FieldsOf<V>;
  readonly compute: (values: V) => R;
  readonly present: (result: R, values: V) => Presentation;
}

export type Evaluation<V, R> =
  | { ok: true; values: V; result: R; presentation: Presentation }
  | { ok: false; message: string };

/** Runs compute and present; any failure becomes a message, never an exception. */
export function evaluate<V extends Record<keyof V, number | string>, R>(model: CalculatorModel<V, R>, values: V): Evaluation<V, R> {
  try {
    const result = model.compute(values);
    return { ok: true, values, result, presentation: model.present(result, values) };
  } catch (e) {
    if (e instanceof PhysicsInputError) return { ok: false, message: e.message };
    // formatNumber's RangeError or an unforeseen case: say so plainly instead of showing NaN.
    return { ok: false, message: 'These inputs give a result outside what the calculator can show; try values nearer the defaults.' };
  }
}
