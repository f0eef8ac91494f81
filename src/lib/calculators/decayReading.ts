/**
 * Calculator 5: a "per cycle" fade read linearly (as Lee et al. 2020, §4, read the SnCl₄-vapour cell:
 * 47 % after 500 cycles = 0.106 %/cycle) or compounded (58.8 % for the same rate).
 */
import {
  compoundDecayPerCycle,
  compoundRetention,
  linearRetention,
  linearRetentionParameters as p,
} from '../physics/capacityDecay';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';
import { formatPercent } from './formatAuto';

export type DecayInputs = { decayPerCycle: number; cycles: number };

export interface DecayResult {
  linear: number;
  compound: number;
  /**
   * The compound rate that leaves the linear reading's retention; null once the linear reading has
   * reached 0 % (d·n ≥ 1), where the only "equivalent" would be losing everything in cycle 1.
   */
  equivalentCompoundRate: number | null;
  /** First whole cycle at which the linear reading reaches 0 % (⌈1/d⌉); null if d = 0. */
  linearZeroCycle: number | null;
  curve: { cycle: number; linear: number; compound: number }[];
}

export const decayReadingModel: CalculatorModel<DecayInputs, DecayResult> = {
  id: 'capacity-decay',
  fields: {
    decayPerCycle: { kind: 'number', spec: p.decayPerCycle, display: { unit: '% per cycle', factor: 100 } },
    cycles: { kind: 'number', spec: p.cycles, integer: true },
  } satisfies FieldsOf<DecayInputs>,
  compute(v) {
    const linear = linearRetention(v);
    const curve = [];
    for (let i = 0; i <= 50; i += 1) {
      const cycle = Math.round((v.cycles * i) / 50);
      curve.push({ cycle, linear: linearRetention({ ...v, cycles: cycle }), compound: compoundRetention({ ...v, cycles: cycle }) });
    }
    // 1 − d·n ≤ 0 first at n = ⌈1/d⌉; the small offset keeps 1/0.002 = 500 from rounding up to 501.
    const linearZeroCycle = v.decayPerCycle > 0 ? Math.ceil(1 / v.decayPerCycle - 1e-9) : null;
    return {
      linear,
      compound: compoundRetention(v),
      equivalentCompoundRate: linear > 0 ? compoundDecayPerCycle({ retention: linear, cycles: v.cycles }) : null,
      linearZeroCycle,
      curve,
    };
  },
  present(r, v) {
    const rate = `${formatNumber(v.decayPerCycle * 100, { significant: 3 })} %/cycle`;
    const n = formatNumber(v.cycles);
    // Once the linear reading is at 0 %, no compound rate below 100 %/cycle matches it; say where it hit 0 instead.
    const gone = r.equivalentCompoundRate === null && r.linearZeroCycle !== null;
    const equivalentRow = gone
      ? {
          key: 'linear-zero',
          label: 'Linear reading reaches 0 % at cycle',
          value: formatNumber(r.linearZeroCycle!),
          note: 'no compound rate below 100 %/cycle leaves 0 %, so there is no equivalent to compare',
        }
      : {
          key: 'equivalent',
          label: 'Compound rate giving the linear reading’s retention',
          value: `${formatNumber(r.equivalentCompoundRate! * 100, { significant: 3 })} %/cycle`,
        };
    const linearText = gone
      ? `${formatPercent(r.linear)} read linearly (gone by cycle ${formatNumber(r.linearZeroCycle!)})`
      : `${formatPercent(r.linear)} read linearly`;
    return {
      rows: [
        { key: 'linear', label: `Linear reading: retained after ${n} cycles`, value: formatPercent(r.linear) },
        { key: 'compound', label: `Compound reading: retained after ${n} cycles`, value: formatPercent(r.compound) },
        equivalentRow,
      ],
      summary: `${rate} over ${n} cycles leaves ${linearText} and ${formatPercent(r.compound)} compounded.`,
    };
  },
};
