import { requireNumber } from './errors';
import { checkElectrons, electronsPerIonSpec, temperatureSpec, thermalVoltage } from './nernst';
import { defineParameters } from './parameters';

/*
 * Xiang et al. 2019 (electrolyte optimization) note a 0.2–0.3 V upward shift of the Li/Li⁺
 * equilibrium in concentrated electrolytes. Through the Nernst equation that needs a Li⁺
 * activity 2.4×10³–1.2×10⁵ times higher, while going from 1 to 4–5 M by itself gives only
 * 36–41 mV: the shift comes from changed solvation and activity coefficients, not from the
 * concentration as such.
 */

/**
 * Activity ratio a₂/a₁ that shifts an electrode potential by ΔE, exp(nFΔE/RT).
 * 0.2 V → 2.4×10³, 0.3 V → 1.2×10⁵ (n = 1, 298.15 K).
 * @param o.shift_V potential shift ΔE, V (−2 to 2)
 */
export function activityRatioForShift(o: { shift_V: number; electrons?: number; temperature?: number }): number {
  const de = requireNumber(o.shift_V, { parameter: 'shift_V', label: 'Potential shift', unit: 'V', min: -2, max: 2 });
  const n = checkElectrons(o.electrons ?? 1);
  return Math.exp((n * de) / thermalVoltage(o.temperature));
}

/**
 * Nernst shift when the concentration alone changes from c₁ to c₂, V: (RT/nF) ln(c₂/c₁).
 * 1 → 4 M: 36 mV; 1 → 5 M: 41 mV.
 */
export function nernstShiftForConcentration(o: {
  fromConcentration_M: number;
  toConcentration_M: number;
  electrons?: number;
  temperature?: number;
}): number {
  const c1 = requireNumber(o.fromConcentration_M, {
    parameter: 'fromConcentration_M',
    label: 'Starting concentration',
    unit: 'mol/L',
    min: 0,
    minExclusive: true,
    max: 100,
  });
  const c2 = requireNumber(o.toConcentration_M, {
    parameter: 'toConcentration_M',
    label: 'Final concentration',
    unit: 'mol/L',
    min: 0,
    minExclusive: true,
    max: 100,
  });
  const n = checkElectrons(o.electrons ?? 1);
  return (thermalVoltage(o.temperature) / n) * Math.log(c2 / c1);
}

const electronsSpec = electronsPerIonSpec('1 for Li⁺, Na⁺, K⁺.');

const roomTemperatureSpec = temperatureSpec('Room temperature is 298.15 K.');

export const activityRatioForShiftParameters = defineParameters({
  shift_V: {
    kind: 'number',
    label: 'Potential shift',
    unit: 'V',
    min: 0,
    max: 0.5,
    default: 0.2,
    step: 0.01,
    description: 'Upward shift of the metal/ion equilibrium; Xiang et al. 2019 report 0.2–0.3 V.',
  },
  electrons: electronsSpec,
  temperature: roomTemperatureSpec,
});

export const nernstShiftForConcentrationParameters = defineParameters({
  fromConcentration_M: {
    kind: 'number',
    label: 'Starting concentration',
    unit: 'mol/L',
    min: 0.1,
    max: 10,
    default: 1,
    step: 0.1,
    description: 'Conventional electrolytes are about 1 M.',
  },
  toConcentration_M: {
    kind: 'number',
    label: 'Final concentration',
    unit: 'mol/L',
    min: 0.1,
    max: 10,
    default: 4,
    step: 0.1,
    description: 'High-concentration electrolytes exceed 3 M.',
  },
  electrons: electronsSpec,
  temperature: roomTemperatureSpec,
});
