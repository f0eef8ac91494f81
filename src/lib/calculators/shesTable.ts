/**
 * Calculator 7: the self-healing electrostatic shield (Lee et al. 2020, §3.1.2 and Table 2).
 * Table 2 reproduces with n = 1 for every ion; with each ion's real charge the divalent
 * thresholds fall by orders of magnitude (Ba²⁺ 7 mM → 4.7×10⁻⁵ M). Aqueous SHE potentials with
 * concentration for activity: indicative only.
 */
import { ELEMENT_SYMBOLS, ELEMENTS, type ElementSymbol } from '../physics/elements';
import { cationReductionPotential } from '../physics/nernst';
import {
  LEE2020_TABLE2,
  shesThreshold,
  shesThresholdParameters as p,
  shesVerdict,
  type ShesHost,
  type ShesVerdict,
} from '../physics/shes';
import { cationReductionPotentialParameters } from '../physics/nernst';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';
import { formatAuto } from './formatAuto';

export type ShesInputs = { host: ShesHost; additive: ElementSymbol; concentration_M: number; temperature: number };

export interface ShesRow {
  symbol: ElementSymbol;
  charge: number;
  standardPotential_V: number;
  published: number | 'too low' | undefined;
  thresholdN1: number;
  verdictN1: ShesVerdict;
  thresholdZ: number;
  verdictZ: ShesVerdict;
}

export interface ShesResult {
  rows: ShesRow[];
  hostPotential_V: number;
  /** The selected additive at the chosen concentration, with n = 1 and with n = z. */
  potentialN1: number;
  potentialZ: number;
  charge: number;
  thresholdZ: number;
  /** E (V vs SHE) against c (mol/L), n = 1 and n = z. */
  curve: { c: number; n1: number; z: number }[];
}

export const shesModel: CalculatorModel<ShesInputs, ShesResult> = {
  id: 'shes',
  fields: {
    host: { kind: 'choice', spec: p.host },
    additive: { kind: 'choice', spec: p.additive },
    concentration_M: { kind: 'number', spec: cationReductionPotentialParameters.concentration_M, label: 'Additive concentration' },
    temperature: { kind: 'number', spec: p.temperature },
  } satisfies FieldsOf<ShesInputs>,
  compute(v) {
    const t = v.temperature;
    const rows = ELEMENT_SYMBOLS.filter((s) => s !== v.host).map((symbol) => {
      const thresholdN1 = shesThreshold({ additive: symbol, host: v.host, electrons: 1, temperature: t });
      const thresholdZ = shesThreshold({ additive: symbol, host: v.host, temperature: t });
      const table = v.host === 'Li' ? LEE2020_TABLE2.vsLi : LEE2020_TABLE2.vsNa;
      return {
        symbol,
        charge: ELEMENTS[symbol].charge,
        standardPotential_V: ELEMENTS[symbol].standardPotential_V,
        published: table[symbol],
        thresholdN1,
        verdictN1: shesVerdict(thresholdN1),
        thresholdZ,
        verdictZ: shesVerdict(thresholdZ),
      };
    });
    const thresholdZ = shesThreshold({ additive: v.additive, host: v.host, temperature: t });
    const charge = ELEMENTS[v.additive].charge;
    const at = (c: number, electrons: number) =>
      cationReductionPotential({ element: v.additive, concentration_M: c, electrons, temperature: t });
    const curve = [];
    for (let i = 0; i <= 56; i += 1) {
      const c = 10 ** (-6 + i / 8);
      curve.push({ c, n1: at(c, 1), z: at(c, charge) });
    }
    return {
      rows,
      hostPotential_V: ELEMENTS[v.host].standardPotential_V,
      potentialN1: at(v.concentration_M, 1),
      potentialZ: at(v.concentration_M, charge),
      charge,
      thresholdZ,
      curve,
    };
  },
  present(r, v) {
    const volts = (x: number) => `${formatNumber(x, { digits: 3 })} V`;
    const shields = r.potentialZ < r.hostPotential_V;
    const c = `${formatAuto(v.concentration_M)} M`;
    return {
      rows: [
        { key: 'e-z', label: `E of ${v.additive}${r.charge > 1 ? `${r.charge}+` : '+'} at ${c} (n = ${r.charge})`, value: volts(r.potentialZ) },
        ...(r.charge > 1 ? [{ key: 'e-1', label: `Same with n = 1, as Table 2 assumes`, value: volts(r.potentialN1) }] : []),
        { key: 'host', label: `E° of ${v.host}⁺/${v.host} (host ions at 1 M)`, value: volts(r.hostPotential_V) },
        { key: 'threshold', label: `Threshold c* for ${v.additive} vs ${v.host} (n = ${r.charge})`, value: `${formatAuto(r.thresholdZ)} M` },
        { key: 'verdict', label: 'At this concentration the additive', value: shields ? 'shields (stays unreduced)' : 'would plate with the host' },
      ],
      summary:
        `${v.additive} at ${c} sits at ${volts(r.potentialZ)} against ${volts(r.hostPotential_V)} for ${v.host}, so it ` +
        `${shields ? 'stays unreduced and can shield' : 'would be reduced along with the host'}; its threshold with n = ${r.charge} is ${formatAuto(r.thresholdZ)} M.`,
    };
  },
};

/** How a threshold reads in the table, as the review prints it. */
export function formatThreshold(threshold: number, verdict: ShesVerdict): string {
  if (verdict === 'too low') return `too low (${formatAuto(threshold, 2)})`;
  if (verdict === 'never plates') return `never plates (${formatAuto(threshold, 2)})`;
  return formatNumber(threshold, { digits: 3 });
}
