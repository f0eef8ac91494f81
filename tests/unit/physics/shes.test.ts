import { describe, expect, it } from 'vitest';
import {
  cationReductionPotential,
  ELEMENTS,
  LEE2020_TABLE2,
  nernstPotential,
  nernstThreshold,
  shesThreshold,
  shesVerdict,
  thermalVoltage,
} from '../../../src/lib/physics/index';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe('Nernst potential', () => {
  it('RT/F = 25.69 mV at 298.15 K', () => {
    expect(thermalVoltage() * 1000).toBeCloseTo(25.69, 2);
  });

  it('puts Cs⁺ at 0.05 M at −3.103 V vs SHE, as Lee 2020 §3.1.2 quotes for 0.05 M CsPF6', () => {
    expect(cationReductionPotential({ element: 'Cs', concentration_M: 0.05 })).toBeCloseTo(-3.103, 3);
  });

  it('E = E° at 1 M, and drops 59.2 mV per decade (n = 1) or 29.6 mV (n = 2)', () => {
    expect(nernstPotential({ standardPotential_V: -3.04, concentration_M: 1, electrons: 1 })).toBe(-3.04);
    expect(nernstPotential({ standardPotential_V: 0, concentration_M: 0.1, electrons: 1 }) * 1000).toBeCloseTo(-59.16, 2);
    expect(nernstPotential({ standardPotential_V: 0, concentration_M: 0.1, electrons: 2 }) * 1000).toBeCloseTo(-29.58, 2);
  });
});

describe('shesThreshold — Lee 2020, Table 2', () => {
  it('Table 2 of Lee 2020 reproduces with electrons: 1 (K 0.014, Rb 0.096, Cs 0.578, Ba 0.007 M vs Li; Sm 0.311 M vs Na)', () => {
    expect(round3(shesThreshold({ additive: 'K', host: 'Li', electrons: 1 }))).toBe(0.014);
    expect(round3(shesThreshold({ additive: 'Rb', host: 'Li', electrons: 1 }))).toBe(0.096);
    expect(round3(shesThreshold({ additive: 'Cs', host: 'Li', electrons: 1 }))).toBe(0.578);
    expect(round3(shesThreshold({ additive: 'Ba', host: 'Li', electrons: 1 }))).toBe(0.007);
    expect(round3(shesThreshold({ additive: 'Sm', host: 'Na', electrons: 1 }))).toBe(0.311);
  });

  it('Table 2 prints "too low" vs Li for Na, Ca, Sr, Sm, Eu — all below 5 mM with electrons: 1', () => {
    for (const additive of ['Na', 'Ca', 'Sr', 'Sm', 'Eu']) {
      const c = shesThreshold({ additive, host: 'Li', electrons: 1 });
      expect(shesVerdict(c)).toBe('too low');
    }
    for (const additive of ['K', 'Rb', 'Cs', 'Ba']) {
      expect(shesVerdict(shesThreshold({ additive, host: 'Li', electrons: 1 }))).toBe('threshold');
    }
  });

  it('every entry of the exported LEE2020_TABLE2 matches the computation (electrons: 1)', () => {
    for (const [host, row] of [['Li', LEE2020_TABLE2.vsLi], ['Na', LEE2020_TABLE2.vsNa]] as const) {
      for (const [additive, printed] of Object.entries(row)) {
        const c = shesThreshold({ additive, host, electrons: 1 });
        if (printed === 'too low') expect(shesVerdict(c)).toBe('too low');
        else expect(round3(c)).toBe(printed);
      }
    }
  });

  it('needs E°(Cs⁺/Cs) = −3.026 V: the printed −3.03 V would give 0.678 M (physics-reference)', () => {
    expect(ELEMENTS.Cs.standardPotential_V).toBe(-3.026);
    const printed = nernstThreshold({
      additivePotential_V: ELEMENTS.Cs.review.standardPotential_V,
      hostPotential_V: ELEMENTS.Li.review.standardPotential_V,
      electrons: 1,
    });
    expect(round3(printed)).toBe(0.678);
  });

  it('with the real charge Ba²⁺ is 4.0×10⁻⁵ M vs Li from the printed −2.91/−3.04 V (physics-reference)', () => {
    const c = nernstThreshold({ additivePotential_V: -2.91, hostPotential_V: -3.04, electrons: 2 });
    expect(c).toBeCloseTo(4.0e-5, 6);
  });

  it('with the real charge and the table-reproducing −2.912/−3.0401 V, Ba²⁺ is 4.7×10⁻⁵ M (default electrons)', () => {
    expect(shesThreshold({ additive: 'Ba', host: 'Li' })).toBeCloseTo(4.67e-5, 7);
  });

  it('with the real charge (printed potentials): Ca²⁺ 1.8×10⁻⁶, Sr²⁺ 1.85 (≈ 1.9)×10⁻⁵, Eu²⁺ 1.7×10⁻⁸ M vs Li; Sm²⁺ 0.097 M vs Na (physics-reference)', () => {
    const vsLi = (e: number) => nernstThreshold({ additivePotential_V: e, hostPotential_V: -3.04, electrons: 2 });
    expect(vsLi(-2.87) / 1e-6).toBeCloseTo(1.8, 1);
    // 1.85×10⁻⁵ exactly; physics-reference rounds it up to 1.9.
    expect(vsLi(-2.9) / 1e-5).toBeCloseTo(1.85, 2);
    expect(vsLi(-2.81) / 1e-8).toBeCloseTo(1.7, 1);
    expect(shesThreshold({ additive: 'Sm', host: 'Na' })).toBeCloseTo(0.097, 3);
  });

  it('monovalent K, Rb, Cs are unchanged by the charge correction', () => {
    for (const additive of ['K', 'Rb', 'Cs']) {
      expect(shesThreshold({ additive, host: 'Li' })).toBe(shesThreshold({ additive, host: 'Li', electrons: 1 }));
    }
  });

  it('an additive more reductive than the host never plates in practice: K⁺ on Na needs 5.4×10³ M', () => {
    const c = shesThreshold({ additive: 'K', host: 'Na' });
    expect(c).toBeCloseTo(5441, -1);
    expect(shesVerdict(c)).toBe('never plates');
    expect(shesVerdict(shesThreshold({ additive: 'Li', host: 'Na' }))).toBe('never plates');
  });

  it('reads Infinity / 0 only when the exponential overflows / underflows', () => {
    expect(nernstThreshold({ additivePotential_V: -10, hostPotential_V: 10, electrons: 3, temperature: 150 })).toBe(Infinity);
    expect(nernstThreshold({ additivePotential_V: 10, hostPotential_V: -10, electrons: 3, temperature: 150 })).toBe(0);
    expect(shesVerdict(Infinity)).toBe('never plates');
    expect(shesVerdict(0)).toBe('too low');
  });

  it('raising the temperature flattens the threshold towards 1 M', () => {
    const cold = shesThreshold({ additive: 'K', host: 'Li', temperature: 273.15 });
    const hot = shesThreshold({ additive: 'K', host: 'Li', temperature: 333.15 });
    expect(cold).toBeLessThan(hot);
    expect(hot).toBeLessThan(1);
  });
});
