/**
 * The URL parameters a calculator reads, as rows for a lecturer's table: generated from the
 * calculator's fields, which are the physics library's parameter declarations the widget
 * validates against, so the documentation cannot drift from the behaviour.
 */
import { fieldLabel, type Field } from './fields';
import { plainNumber } from './plainNumber';
import { presetKey } from './urlPreset';
import type { ParameterSet } from '../physics/parameters';

export interface ParameterRow {
  /** Name in the URL query. */
  name: string;
  label: string;
  /** Range with unit, or the allowed choices. */
  accepts: string;
  fallback: string;
  description?: string;
}

export function calculatorParameterRows(calculatorId: string, fields: Readonly<Record<string, Field>>): ParameterRow[] {
  return Object.entries(fields).map(([key, field]) => ({
    name: presetKey(calculatorId, key),
    label: fieldLabel(field),
    accepts:
      field.kind === 'choice'
        ? field.spec.options.join(', ')
        : `${plainNumber(field.spec.min)} to ${plainNumber(field.spec.max)}${field.spec.unit ? ` ${field.spec.unit}` : ''}`,
    fallback: field.kind === 'choice' ? field.spec.default : plainNumber(field.spec.default),
    description: field.spec.description,
  }));
}

/** Rows for any parameter declaration read straight from the URL (the simulation's options). */
export function parameterSetRows(set: ParameterSet): ParameterRow[] {
  return Object.entries(set).map(([name, spec]) => ({
    name,
    label: spec.label,
    accepts:
      spec.kind === 'choice'
        ? spec.options.join(', ')
        : `${plainNumber(spec.min)} to ${plainNumber(spec.max)}${spec.unit ? ` ${spec.unit}` : ''}`,
    fallback: spec.kind === 'choice' ? spec.default : plainNumber(spec.default),
    description: spec.description,
  }));
}
