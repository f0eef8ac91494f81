/**
 * Calculator 6: Sand's time and Brissot's critical current (Lee et al. 2020, §2.2), with the
 * hot-spot argument: where only a fraction of the area carries the current, the local current
 * density is J/f and Sand's time shrinks by f².
 */
import {
  criticalCurrentDensity,
  criticalCurrentDensityParameters,
  localCurrentDensity,
  localCurrentDensityParameters,
  SAND_TIME_FAIR_ABOVE_J_STAR,
  sandsTime,
  sandsTimeParameters as p,
} from '../physics/sandsTime';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';
import { formatAuto } from './formatAuto';
import { formatDuration } from './formatDuration';

export type SandsInputs = {
  concentration: number;
  diffusivity: number;
  cationTransference: number;
  currentDensity: number;
  gap: number;
  activeFraction: number;
};

export interface SandsResult {
  /** s */
  tau: number;
  /** A/m² */
  jStar: number;
  /** A/m² */
  local: number;
  /** s, at the local current density */
  tauLocal: number;
  /** s: τs(J*) = πL²/16D */
  tauAtJStar: number;
  /** τs (s) against J (A/m²) over the widget's current range, log-spaced. */
  curve: { j: number; tau: number }[];
}

const mAcm2 = { unit: 'mA/cm²', factor: 0.1 } as const;

export const sandsTimeModel: CalculatorModel<SandsInputs, SandsResult> = {
  id: 'sands-time',
  fields: {
    currentDensity: { kind: 'number', spec: p.currentDensity, display: mAcm2 },
    concentration: { kind: 'number', spec: p.concentration, display: { unit: 'mol/L', factor: 0.001 } },
    diffusivity: { kind: 'number', spec: p.diffusivity },
    cationTransference: { kind: 'number', spec: p.cationTransference },
    gap: { kind: 'number', spec: criticalCurrentDensityParameters.gap, display: { unit: 'µm', factor: 1e6 } },
    activeFraction: { kind: 'number', spec: localCurrentDensityParameters.activeFraction, display: { unit: '%', factor: 100 } },
  } satisfies FieldsOf<SandsInputs>,
  compute(v) {
    const electrolyte = { diffusivity: v.diffusivity, concentration: v.concentration, cationTransference: v.cationTransference };
    const local = localCurrentDensity({ currentDensity: v.currentDensity, activeFraction: v.activeFraction });
    const jStar = criticalCurrentDensity({ ...electrolyte, gap: v.gap });
    const curve = [];
    const [lo, hi] = [Math.log10(p.currentDensity.min), Math.log10(p.currentDensity.max) + 1];
    for (let i = 0; i <= 60; i += 1) {
      const j = 10 ** (lo + ((hi - lo) * i) / 60);
      curve.push({ j, tau: sandsTime({ ...electrolyte, currentDensity: j }) });
    }
    return {
      tau: sandsTime({ ...electrolyte, currentDensity: v.currentDensity }),
      jStar,
      local,
      tauLocal: sandsTime({ ...electrolyte, currentDensity: Math.min(local, 1e6) }),
      tauAtJStar: sandsTime({ ...electrolyte, currentDensity: jStar }),
      curve,
    };
  },
  present(r, v) {
    const j = (x: number) => `${formatAuto(x / 10)} mA/cm²`;
    const below = v.currentDensity < r.jStar;
    // Sand's semi-infinite τs holds only well above J*; nearer J* the finite gap delays the onset (chapter 13).
    const nearJStar = !below && v.currentDensity < SAND_TIME_FAIR_ABOVE_J_STAR * r.jStar;
    const localBelow = r.local < r.jStar;
    const verdict = below
      ? `below J*: the concentration settles to a steady profile and never reaches zero, so no Sand’s-time dendrites`
      : `above J*: the electrode runs out of salt after about ${formatDuration(r.tau)}${nearJStar ? ' (later in practice, this close to J*: the far electrode feeds salt back)' : ''}`;
    return {
      rows: [
        { key: 'tau', label: `Sand’s time at ${j(v.currentDensity)}`, value: formatDuration(r.tau), note: below ? 'reached only if J > J* (it is not here)' : nearJStar ? 'just above J*: the real onset is later (far electrode feeds salt back)' : undefined },
        { key: 'jstar', label: `Critical current density J* for a ${formatNumber(v.gap * 1e6, { significant: 3 })} µm gap`, value: j(r.jStar) },
        { key: 'ratio', label: 'J ÷ J*', value: formatAuto(v.currentDensity / r.jStar) },
        { key: 'local', label: `Local current density, ${formatNumber(v.activeFraction * 100, { significant: 3 })} % of the area active`, value: j(r.local) },
        { key: 'tau-local', label: 'Sand’s time at the hot spots', value: formatDuration(r.tauLocal), note: localBelow ? 'hot spots still below J*' : 'hot spots above J*: depletion there, if the patches are wide compared with √(Dτs)' },
        { key: 'tau-jstar', label: 'Sand’s formula evaluated at J* (πL²/16D)', value: formatDuration(r.tauAtJStar), note: 'formula value only: at J = J* itself the surface never quite runs dry' },
      ],
      summary: `At ${j(v.currentDensity)} the cell is ${verdict}. J* is ${j(r.jStar)}; at the hot spots (${j(r.local)}) Sand’s time is ${formatDuration(r.tauLocal)}.`,
    };
  },
};
