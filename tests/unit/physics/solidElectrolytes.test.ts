import { describe, expect, it } from 'vitest';
import {
  BETA_ALUMINA_RT_CONDUCTIVITY_S_per_cm,
  ELEMENTS,
  layerAreaSpecificResistance_Ohm_cm2,
  MONROE_NEWMAN_FACTOR,
  MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa,
  PEO_MELTING_POINT_C,
  PhysicsInputError,
} from '../../../src/lib/physics/index';

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

describe('literature constants for chapter 4', () => {
  it('PEO melts just above potassium (63.5 °C), as Xiang et al. 2019 say', () => {
    expect(PEO_MELTING_POINT_C).toBeGreaterThan(ELEMENTS.K.meltingPoint_K! - 273.15);
    expect(PEO_MELTING_POINT_C).toBeLessThan(70);
  });
  it('Monroe and Newman’s lithium modulus gives the ≈ 6 GPa bar usually quoted', () => {
    expect(MONROE_NEWMAN_FACTOR * MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa).toBeCloseTo(6.1, 1);
  });
});
