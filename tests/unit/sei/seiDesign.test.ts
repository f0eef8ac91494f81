import { describe, expect, it } from 'vitest';
import {
  BASELINE_DESIGN,
  describeDesign,
  expectedEffect,
  propertyCoverage,
  simulationHref,
  simulationOptions,
  simulationQuery,
  uncoveredProperties,
  verdict,
  type SeiDesign,
} from '../../../src/lib/sei/seiDesign';
import { ADDITIVES, ADDITIVE_IDS, ELECTROLYTE_IDS, LAYERS, LAYER_IDS, POLYMER_CERAMIC_RATIO, SEI_PROPERTIES, evidenceSource } from '../../../src/lib/sei/seiDesignChoices';
import { parseGrowthQuery } from '../../../src/lib/sim/growthQuery';
import { growthParameters, resolveGrowthOptions, type GrowthParameterName } from '../../../src/lib/sim/growthParameters';
import { MONROE_NEWMAN_FACTOR, type ParameterSpec } from '../../../src/lib/physics/index';
import { BAD_TEXT } from '../support/badText';

const allDesigns: SeiDesign[] = ELECTROLYTE_IDS.flatMap((electrolyte) =>
  ADDITIVE_IDS.flatMap((additive) => LAYER_IDS.map((layer) => ({ electrolyte, additive, layer }))),
);
const name = (d: SeiDesign) => `${d.electrolyte}+${d.additive}+${d.layer}`;

describe('SEI design → simulation options', () => {
  it.each(allDesigns.map((d) => [name(d), d] as const))('%s gives options the simulation accepts', (_n, d) => {
    const options = simulationOptions(d);
    expect(() => resolveGrowthOptions(options)).not.toThrow();
    const parsed = parseGrowthQuery(simulationQuery(d));
    expect(parsed.problems).toEqual([]);
    expect(resolveGrowthOptions(parsed.options)).toEqual(resolveGrowthOptions(options));
  });

  it('snaps every knob to its slider step, so the simulation shows the value the link carries', () => {
    for (const d of allDesigns) {
      for (const [key, value] of Object.entries(simulationOptions(d))) {
        const spec: ParameterSpec = growthParameters[key as GrowthParameterName];
        if (spec.kind !== 'number' || spec.step === undefined || typeof value !== 'number') continue;
        const steps = value / spec.step;
        expect(Math.abs(steps - Math.round(steps)), `${name(d)} ${key}=${value}`).toBeLessThan(1e-9);
      }
    }
  });

  it('always plates sodium at the same current, so only the SEI knobs differ', () => {
    for (const d of allDesigns) {
      const o = simulationOptions(d);
      expect(o.metal).toBe('Na');
      expect(o.currentRatio).toBe(0.9);
      expect(o.stickingProbability).toBeUndefined();
    }
  });

  it('never makes the film rougher or softer by adding an additive or a layer', () => {
    for (const d of allDesigns) {
      const o = simulationOptions(d);
      const bare = simulationOptions({ ...d, additive: 'none', layer: 'none' });
      expect(o.seiSpread!).toBeLessThanOrEqual(bare.seiSpread!);
      expect(o.interphaseModulusRatio!).toBeGreaterThanOrEqual(bare.interphaseModulusRatio!);
      expect(o.shieldStrength!).toBeGreaterThanOrEqual(bare.shieldStrength!);
    }
  });

  it('gives the carbonate baseline the roughest film of all', () => {
    const base = simulationOptions(BASELINE_DESIGN);
    for (const d of allDesigns) expect(simulationOptions(d).seiSpread!).toBeLessThanOrEqual(base.seiSpread!);
    expect(simulationOptions({ ...BASELINE_DESIGN, electrolyte: 'ether' }).seiSpread!).toBeLessThan(base.seiSpread!);
  });

  it('puts the > 6 GPa polymer–ceramic layer past the Monroe–Newman 1.8 on sodium', () => {
    expect(POLYMER_CERAMIC_RATIO).toBeGreaterThanOrEqual(MONROE_NEWMAN_FACTOR);
    const g = simulationOptions({ ...BASELINE_DESIGN, layer: 'polymer-ceramic' }).interphaseModulusRatio!;
    expect(g).toBeCloseTo(POLYMER_CERAMIC_RATIO, 1);
    expect(g).toBeGreaterThanOrEqual(MONROE_NEWMAN_FACTOR);
    expect(simulationOptions({ ...BASELINE_DESIGN, layer: 'ald-al2o3' }).interphaseModulusRatio!).toBeLessThan(MONROE_NEWMAN_FACTOR);
  });

  it('maps a shielding cation to the shield and a concentrated salt to 4 M', () => {
    expect(simulationOptions({ ...BASELINE_DESIGN, additive: 'shielding-cation' }).shieldStrength).toBeGreaterThan(0);
    expect(simulationOptions({ ...BASELINE_DESIGN, electrolyte: 'high-concentration' }).concentration_M).toBe(4);
  });

  it('builds a base-aware link carrying the query', () => {
    const href = simulationHref({ electrolyte: 'ether', additive: 'fec', layer: 'polymer-ceramic' }, '/courses/anodes/simulation/');
    expect(href.startsWith('/courses/anodes/simulation/?')).toBe(true);
    const q = new URLSearchParams(href.split('?')[1]);
    expect(q.get('metal')).toBe('Na');
    expect(Number(q.get('interphaseModulusRatio'))).toBeCloseTo(POLYMER_CERAMIC_RATIO, 1);
  });
});

describe('SEI design → properties and verdict', () => {
  it('leaves everything uncovered for bare sodium in carbonate', () => {
    expect(uncoveredProperties(BASELINE_DESIGN)).toEqual([...SEI_PROPERTIES]);
    expect(verdict(BASELINE_DESIGN)).toMatch(/Nothing is supplied yet/);
    expect(expectedEffect(BASELINE_DESIGN).join(' ')).toMatch(/unprotected baseline/);
  });

  it('covers all five properties with ether, FEC and ALD Al₂O₃', () => {
    const d: SeiDesign = { electrolyte: 'ether', additive: 'fec', layer: 'ald-al2o3' };
    expect(uncoveredProperties(d)).toEqual([]);
    expect(verdict(d)).toMatch(/Every property/);
  });

  it('names what a shielding cation alone leaves uncovered', () => {
    const d: SeiDesign = { ...BASELINE_DESIGN, additive: 'shielding-cation' };
    const coverage = propertyCoverage(d);
    expect(coverage.find((c) => c.property === 'uniformity')!.from).toHaveLength(1);
    expect(verdict(d)).toMatch(/Still uncovered: fast Na⁺ conduction, mechanical resilience, electron blocking and chemical stability\./);
  });

  it('explains the expected effect of each knob', () => {
    const text = expectedEffect({ electrolyte: 'high-concentration', additive: 'shielding-cation', layer: 'polymer-ceramic' }).join(' ');
    expect(text).toMatch(/non-uniformity falls/);
    expect(text).toMatch(/4 M/);
    expect(text).toMatch(/shield/);
    expect(text).toMatch(/meets the Monroe–Newman 1\.8/);
  });

  it('describes every design without NaN or undefined', () => {
    for (const d of allDesigns) {
      const s = describeDesign(d) + expectedEffect(d).join(' ');
      expect(s).not.toMatch(BAD_TEXT);
    }
  });

  it('cites Lee 2020 with a reference number for every artificial layer and active additive', () => {
    for (const c of [...ADDITIVES, ...LAYERS].filter((c) => c.id !== 'none')) {
      expect(c.evidence.ref, c.id).toBeGreaterThan(0);
      expect(evidenceSource(c.evidence)).toMatch(/^Lee et al\. 2020, §[\d.]+, ref\. \d+$/);
    }
  });
});
