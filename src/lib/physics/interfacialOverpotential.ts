import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/**
 * Ohmic overpotential across an interface, V: η = J × ASR (A/m² × Ω·m²).
 * A pressed Li/garnet contact with ASR 10⁴ Ω·cm² (= 1 Ω·m²; Xiang et al. 2019, solid-state
 * section) at 1 mA/cm² (10 A/m²) would need 10 V — why wetting and interlayers matter.
 * @param o.currentDensity J, A/m² (≥ 0)
 * @param o.areaSpecificResistance ASR, Ω·m² (1 Ω·cm² = 10⁻⁴ Ω·m²)
 */
export function interfacialOverpotential(o: { currentDensity: number; areaSpecificResistance: number }): number {
  const j = requireNumber(o.currentDensity, { parameter: 'currentDensity', label: 'Current density', unit: 'A/m²', min: 0 });
  const asr = requireNumber(o.areaSpecificResistance, {
    parameter: 'areaSpecificResistance',
    label: 'Area-specific resistance',
    unit: 'Ω·m²',
    min: 0,
  });
  return j * asr;
}

export const interfacialOverpotentialParameters = defineParameters({
  currentDensity: {
    kind: 'number',
    label: 'Current density',
    unit: 'A/m²',
    min: 0.1,
    max: 100,
    default: 10,
    scale: 'log',
    description: '10 A/m² = 1 mA/cm².',
  },
  areaSpecificResistance: {
    kind: 'number',
    label: 'Area-specific resistance',
    unit: 'Ω·m²',
    min: 1e-5,
    max: 1,
    default: 1,
    scale: 'log',
    description: '1 Ω·m² = 10⁴ Ω·cm², a merely pressed Li/ceramic contact; ALD Al₂O₃ brings it to ~1 Ω·cm² (10⁻⁴ Ω·m²).',
  },
});
