import { describe, expect, it } from 'vitest';
import { BETA_ALUMINA_RT_CONDUCTIVITY_S_per_cm, layerAreaSpecificResistance_Ohm_cm2, PhysicsInputError } from '../../../src/lib/physics/index';

describe('layerAreaSpecificResistance_Ohm_cm2', () => {
  it('is thickness over conductivity: 30 µm at 10⁻³ S/cm is 3 Ω·cm²', () => {
    expect(layerAreaSpecificResistance_Ohm_cm2(30, 1e-3)).toBeCloseTo(3, 12);
    expect(layerAreaSpecificResistance_Ohm_cm2(30, BETA_ALUMINA_RT_CONDUCTIVITY_S_per_cm)).toBeCloseTo(3, 12);
  });
  it('rejects a zero or missing conductivity with a clear error, not Infinity or NaN', () => {
    expect(() => layerAreaSpecificResistance_Ohm_cm2(30, 0)).toThrow(PhysicsInputError);
    expect(() => layerAreaSpecificResistance_Ohm_cm2(Number.NaN, 1e-3)).toThrow(PhysicsInputError);
  });
});
