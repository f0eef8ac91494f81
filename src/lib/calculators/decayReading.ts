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
  /** The compound rate that leaves the linear reading's retention. */
  equivalentCompoundRate: number;
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
    return {
      linear,
      compound: compoundRetention(v),
      equivalentCompoundRate: compoundDecayPerCycle({ retention: linear, cycles: v.cycles }),
      curve,
    };
  },
  present(r, v) {
    const rate = `${formatNumber(v.decayPerCycle * 100, { significant: 3 })} %/cycle`;
    const n = formatNumber(v.cycles);
    return {
      rows: [
        { key: 'linear', label: `Linear reading: retained after ${n} cycles`, value: formatPercent(r.linear) },
        { key: 'compound', label: `Compound reading: retained after ${n} cycles`, value: formatPercent(r.compound) },
        {
          key: 'equivalent',
          label: 'Compound rate giving the linear reading’s retention',
          value: `${formatNumber(r.equivalentCompoundRate * 100, { significant: 3 })} %/cycle`,
        },
      ],
      summary: `${rate} over ${n} cycles leaves ${formatPercent(r.linear)} read linearly and ${formatPercent(r.compound)} compounded.`,
    };
  },
};
