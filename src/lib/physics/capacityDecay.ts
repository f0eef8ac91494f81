import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/*
 * Reviews quote fade "per cycle" as a linear rate: Lee et al. 2020 (§4, RT Na–S, SnCl₄-vapour
 * alloy layer) turn 47 % retained after 500 cycles into 0.106 %/cycle = 53 % / 500. Compounding
 * the same rate would leave 58.8 %; these functions let a widget show both readings.
 * Rates and retentions are fractions (0.00106, not 0.106 %).
 */

function checkRate(decayPerCycle: number): number {
  return requireNumber(decayPerCycle, {
    parameter: 'decayPerCycle',
    label: 'Capacity decay per cycle',
    min: 0,
    max: 1,
  });
}

function checkCycles(cycles: number): number {
  return requireNumber(cycles, { parameter: 'cycles', label: 'Cycles', min: 0 });
}

function checkRetention(retention: number): number {
  return requireNumber(retention, { parameter: 'retention', label: 'Capacity retention', min: 0, max: 1 });
}

/** Retention after `cycles` losing a fixed fraction of the initial capacity each cycle: 1 − d·n, floored at 0. */
export function linearRetention(o: { decayPerCycle: number; cycles: number }): number {
  return Math.max(0, 1 - checkRate(o.decayPerCycle) * checkCycles(o.cycles));
}

/** Retention after `cycles` losing a fixed fraction of the remaining capacity each cycle: (1 − d)ⁿ. */
export function compoundRetention(o: { decayPerCycle: number; cycles: number }): number {
  return (1 - checkRate(o.decayPerCycle)) ** checkCycles(o.cycles);
}

/** Linear decay per cycle that leaves `retention` after `cycles`: (1 − R)/n (47 %, 500 → 0.00106). */
export function linearDecayPerCycle(o: { retention: number; cycles: number }): number {
  const r = checkRetention(o.retention);
  const n = requireNumber(o.cycles, { parameter: 'cycles', label: 'Cycles', min: 0, minExclusive: true });
  return Math.min(1, (1 - r) / n);
}

/** Compound decay per cycle that leaves `retention` after `cycles`: 1 − R^(1/n) (47 %, 500 → 0.00151). */
export function compoundDecayPerCycle(o: { retention: number; cycles: number }): number {
  const r = checkRetention(o.retention);
  const n = requireNumber(o.cycles, { parameter: 'cycles', label: 'Cycles', min: 0, minExclusive: true });
  // 1 ** Infinity is NaN in JavaScript; no loss is no loss however few the cycles.
  if (r === 1) return 0;
  return 1 - r ** (1 / n);
}

const decayPerCycleSpec = {
  kind: 'number',
  label: 'Capacity decay per cycle',
  unit: '',
  min: 0,
  max: 0.01,
  default: 0.00106,
  step: 0.00001,
  description: 'Fraction lost per cycle; 0.00106 is Lee et al. 2020’s 0.106 %/cycle.',
} as const;

const cyclesSpec = {
  kind: 'number',
  label: 'Cycles',
  unit: '',
  min: 1,
  max: 2000,
  default: 500,
  step: 1,
  description: 'Number of cycles.',
} as const;

const retentionSpec = {
  kind: 'number',
  label: 'Capacity retention',
  unit: '',
  min: 0,
  max: 1,
  default: 0.47,
  step: 0.01,
  description: 'Fraction of the initial capacity left; 0.47 after 500 cycles in Lee et al. 2020.',
} as const;

export const linearRetentionParameters = defineParameters({ decayPerCycle: decayPerCycleSpec, cycles: cyclesSpec });
export const compoundRetentionParameters = defineParameters({ decayPerCycle: decayPerCycleSpec, cycles: cyclesSpec });
export const linearDecayPerCycleParameters = defineParameters({ retention: retentionSpec, cycles: cyclesSpec });
export const compoundDecayPerCycleParameters = defineParameters({ retention: retentionSpec, cycles: cyclesSpec });
