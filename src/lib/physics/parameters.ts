/**
 * Shape of the parameter metadata each calculator exports (one declaration per function, next to
 * it, e.g. `sandsTimeParameters`). Widgets use it to build sliders and check entries; the
 * Instructors page tabulates it. `min`/`max` are the range a widget offers, chosen inside the
 * physical limits the function itself enforces (those throw PhysicsInputError).
 */

/** A numeric input, in the unit the function takes. */
export interface NumberParameter {
  readonly kind: 'number';
  /** Student-facing name. */
  readonly label: string;
  /** Unit of the value passed to the function ('' for a pure number or fraction). */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Slider step; absent for log-scaled inputs. */
  readonly step?: number;
  /** Span orders of magnitude on a log slider when 'log'. */
  readonly scale?: 'linear' | 'log';
  /** One sentence: what it is and where the default comes from. */
  readonly description: string;
}

/** An input chosen from a fixed list (metal, system, model, ...). */
export interface ChoiceParameter<T extends string = string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly options: readonly T[];
  readonly default: T;
  readonly description: string;
}

export type ParameterSpec = NumberParameter | ChoiceParameter;

/** One function's inputs, keyed by argument name. */
export type ParameterSet = Readonly<Record<string, ParameterSpec>>;

/** Declares a parameter set with its keys kept literal and its entries type-checked. */
export function defineParameters<T extends ParameterSet>(parameters: T): T {
  return parameters;
}

/** True when `value` lies inside the widget range of a numeric parameter (ends included). */
export function isInWidgetRange(spec: NumberParameter, value: number): boolean {
  return Number.isFinite(value) && value >= spec.min && value <= spec.max;
}
