import { describe, expect, it } from 'vitest';
import {
  activityRatioForShift,
  ELEMENTS,
  interfacialOverpotential,
  MONROE_NEWMAN_FACTOR,
  monroeNewmanRatio,
  nernstShiftForConcentration,
  requiredShearModulus,
} from '../../../src/lib/physics/index';

describe('concentrated electrolytes (Xiang 2019: 0.2–0.3 V upward shift of Li/Li⁺)', () => {
  it('a 0.2–0.3 V shift needs an activity ratio of 2.4×10³–1.2×10⁵ (physics-reference)', () => {
    expect(activityRatioForShift({ shift_V: 0.2 }) / 1e3).toBeCloseTo(2.4, 1);
    expect(activityRatioForShift({ shift_V: 0.3 }) / 1e5).toBeCloseTo(1.2, 1);
  });

  it('raising the concentration from 1 to 4–5 M alone gives only 36–41 mV (physics-reference)', () => {
    expect(nernstShiftForConcentration({ fromConcentration_M: 1, toConcentration_M: 4 }) * 1000).toBeCloseTo(36, 0);
    expect(nernstShiftForConcentration({ fromConcentration_M: 1, toConcentration_M: 5 }) * 1000).toBeCloseTo(41, 0);
  });

  it('is antisymmetric: diluting back gives the opposite shift', () => {
    expect(nernstShiftForConcentration({ fromConcentration_M: 4, toConcentration_M: 1 }) * 1000).toBeCloseTo(-35.6, 1);
  });
});

describe('interfacial overpotential η = J × ASR', () => {
  it('10⁴ Ω·cm² (Xiang 2019, pressed Li/garnet) at 1 mA/cm² would be 10 V (physics-reference)', () => {
    // 10⁴ Ω·cm² = 1 Ω·m²; 1 mA/cm² = 10 A/m².
    expect(interfacialOverpotential({ currentDensity: 10, areaSpecificResistance: 1 })).toBeCloseTo(10, 12);
  });

  it('the ALD Al₂O₃ interlayer (1710 → 1 Ω·cm², Xiang 2019) takes 1 mA/cm² from 1.71 V to 1 mV', () => {
    expect(interfacialOverpotential({ currentDensity: 10, areaSpecificResistance: 0.171 })).toBeCloseTo(1.71, 12);
    expect(interfacialOverpotential({ currentDensity: 10, areaSpecificResistance: 1e-4 }) * 1000).toBeCloseTo(1, 12);
  });
});

describe('Monroe–Newman criterion (1.8 × the metal’s shear modulus)', () => {
  it('requires ≈ 7.6 GPa on Li, 5.9 on Na, 2.3 on K (shear 4.2, 3.3, 1.3 GPa; physics-reference)', () => {
    expect(MONROE_NEWMAN_FACTOR).toBe(1.8);
    expect(requiredShearModulus('Li')).toBeCloseTo(7.6, 1);
    expect(requiredShearModulus('Na')).toBeCloseTo(5.9, 1);
    expect(requiredShearModulus('K')).toBeCloseTo(2.3, 1);
  });

  it('Lee 2020’s > 6 GPa PVDF-HFP/Al₂O₃ layer clears the bar on Na (ratio 1.82) but not on Li', () => {
    expect(monroeNewmanRatio({ interphaseShearModulus_GPa: 6, metal: 'Na' })).toBeCloseTo(1.82, 2);
    expect(monroeNewmanRatio({ interphaseShearModulus_GPa: 6, metal: 'Li' })).toBeLessThan(1.8);
  });
});

describe('element table', () => {
  it('holds Lee 2020 Table 1 for Li / Na: 152/186 pm, 520.2/495.8 kJ/mol, 454/371 K, 0.534/0.968 g/cm³, bulk 11/6.3 GPa', () => {
    expect([ELEMENTS.Li.metallicRadius_pm, ELEMENTS.Na.metallicRadius_pm]).toEqual([152, 186]);
    expect([ELEMENTS.Li.firstIonizationEnergy_kJ_per_mol, ELEMENTS.Na.firstIonizationEnergy_kJ_per_mol]).toEqual([520.2, 495.8]);
    expect([ELEMENTS.Li.meltingPoint_K, ELEMENTS.Na.meltingPoint_K]).toEqual([454, 371]);
    expect([ELEMENTS.Li.density_g_per_cm3, ELEMENTS.Na.density_g_per_cm3]).toEqual([0.534, 0.968]);
    expect([ELEMENTS.Li.bulkModulus_GPa, ELEMENTS.Na.bulkModulus_GPa]).toEqual([11, 6.3]);
    expect([ELEMENTS.Li.review.atomicWeight_g_per_mol, ELEMENTS.Na.review.atomicWeight_g_per_mol]).toEqual([6.9, 23]);
  });

  it('holds Xiang 2019’s ionic radii Li⁺ 0.76, Na⁺ 1.02, K⁺ 1.38 Å and potentials −3.04, −2.71, −2.93 V', () => {
    expect([ELEMENTS.Li.ionicRadius_A, ELEMENTS.Na.ionicRadius_A, ELEMENTS.K.ionicRadius_A]).toEqual([0.76, 1.02, 1.38]);
    expect([ELEMENTS.Li.review.standardPotential_V, ELEMENTS.Na.review.standardPotential_V, ELEMENTS.K.review.standardPotential_V]).toEqual([
      -3.04, -2.71, -2.93,
    ]);
  });

  it('rounds every precise potential to the two decimals Lee 2020 Table 2 prints', () => {
    for (const el of Object.values(ELEMENTS)) {
      expect(Math.abs(el.standardPotential_V - el.review.standardPotential_V)).toBeLessThanOrEqual(0.005);
    }
  });

  it('has the divalent charge for Ca, Sr, Ba, Sm²⁺, Eu²⁺ and 1 for the alkali metals', () => {
    expect(['Li', 'Na', 'K', 'Rb', 'Cs'].map((s) => ELEMENTS[s as 'Li'].charge)).toEqual([1, 1, 1, 1, 1]);
    expect(['Ca', 'Sr', 'Ba', 'Sm', 'Eu'].map((s) => ELEMENTS[s as 'Ca'].charge)).toEqual([2, 2, 2, 2, 2]);
  });
});
