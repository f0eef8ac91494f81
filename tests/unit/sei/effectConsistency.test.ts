/**
 * The same effect is stated in four places: the design studio's options (seiDesignChoices.ts),
 * the SEI composition explorer (seiComposition.ts), chapter 14 and the capstone's prose. They
 * once disagreed (the capstone called Al corrosion a cost of concentrated electrolytes and said
 * additives do nothing for uniformity; the studio offered Cs⁺ as a shield on sodium). This test
 * reads all four and checks that they point the same way for each effect.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDITIVES, ELECTROLYTES, findChoice } from '../../../src/lib/sei/seiDesignChoices';
import { SEI_COMPONENTS, seiChange } from '../../../src/lib/sei/seiComposition';
import { simulationOptions } from '../../../src/lib/sei/seiDesign';
import { shesThreshold } from '../../../src/lib/physics/index';

const read = (slug: string) => readFileSync(new URL(`../../../content/chapters/${slug}.mdx`, import.meta.url), 'utf8');
const capstone = read('sei-design-principles');
const ch14 = read('electrolyte-design-for-sodium');

/** Prose sentences (front matter and code lines dropped), split at ". " so a claim is judged on its own. */
function sentences(mdx: string): string[] {
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((l) => !/^(import|export|<\/?[A-Z])/.test(l.trim()))
    .join(' ')
    .split(/(?<=[.!?])\s+(?=[A-Z*<])/);
}

const fec = findChoice(ADDITIVES, 'fec');
const shield = findChoice(ADDITIVES, 'shielding-cation');
const hce = findChoice(ELECTROLYTES, 'high-concentration');

describe('additives and uniformity: an additive evens the film (indirectly) but steers no current', () => {
  it('the design studio: FEC lowers the film non-uniformity and lists uniformity; it does not steer current from tips', () => {
    const base = simulationOptions({ electrolyte: 'carbonate', additive: 'none', layer: 'none' });
    const withFec = simulationOptions({ electrolyte: 'carbonate', additive: 'fec', layer: 'none' });
    expect(withFec.seiSpread!).toBeLessThan(base.seiSpread!);
    expect(fec.effects?.filmUniformity).toBe('raises');
    expect(fec.supplies).toContain('uniformity');
    expect(fec.effects?.steersCurrentFromTips).toBe(false);
    expect(shield.effects?.steersCurrentFromTips).toBe(true);
  });

  it('the design studio: every choice that raises film uniformity lists uniformity among what it supplies', () => {
    // The coverage table reads `supplies`; an HCE once raised uniformity yet showed it as uncovered.
    for (const c of [...ELECTROLYTES, ...ADDITIVES].filter((x) => x.effects?.filmUniformity === 'raises')) {
      expect(c.supplies, c.id).toContain('uniformity');
    }
    expect(hce.effects?.filmUniformity).toBe('raises');
  });

  it('the composition explorer: FEC shifts the film from organic to inorganic (the cause of the more even film)', () => {
    const d = seiChange('without-fec', 'with-fec');
    expect(d.inorganic).toBeGreaterThan(0);
    expect(d.organic).toBeLessThan(0);
  });

  it('the capstone: never says an additive does nothing for uniformity; says it acts indirectly', () => {
    for (const s of sentences(capstone)) expect(s, s).not.toMatch(/does nothing[^.]*uniform/i);
    const indirect = sentences(capstone).filter((s) => /indirect/i.test(s) && /(even|uniform)/i.test(s));
    expect(indirect.length).toBeGreaterThan(0);
    // and the simulation is presented as an illustration, not as confirmation
    const model = sentences(capstone).filter((s) => /(ranking|toy model)/i.test(s));
    expect(model.some((s) => /illustrat/i.test(s))).toBe(true);
    for (const s of model) expect(s, s).not.toMatch(/\b(confirms|proves|follows the principles)\b/i);
  });
});

/** 'prevents' when a sentence about aluminium says it is protected, 'causes' when it says corrosion follows. */
function aluminiumDirection(s: string): 'prevents' | 'causes' {
  return /(prevent|protect|stops? corroding|passivat|no free solvent|not corrode|does not corrode)/i.test(s) ? 'prevents' : 'causes';
}

describe('concentration and aluminium: a concentrated electrolyte prevents Al corrosion', () => {
  it('the design studio states it for the high-concentration electrolyte', () => {
    expect(hce.effects?.aluminiumCorrosion).toBe('prevents');
    expect(aluminiumDirection(hce.evidence.text)).toBe('prevents');
  });

  for (const [name, text] of [['the capstone', capstone], ['chapter 14', ch14]] as const) {
    it(`${name}: every sentence that ties concentration to aluminium says it is protected`, () => {
      const hits = sentences(text).filter((s) => /concentrat/i.test(s) && /alumin/i.test(s) && /(corro|passiv|protect)/i.test(s));
      expect(hits.length, `${name} should discuss Al in a concentrated electrolyte`).toBeGreaterThan(0);
      for (const s of hits) expect(aluminiumDirection(s), s).toBe('prevents');
    });
  }
});

describe('shield cations per host metal', () => {
  it('on sodium the studio offers ions that can never plate there (threshold > 10³ M), Li⁺ among them, and not Cs⁺', () => {
    const ions = shield.shieldCations ?? [];
    expect(ions).toContain('Li');
    expect(ions).not.toContain('Cs');
    for (const ion of ions) expect(shesThreshold({ additive: ion, host: 'Na' }), ion).toBeGreaterThan(1e3);
    expect(shield.label).not.toMatch(/Cs/);
    for (const ion of ions) expect(shield.label).toContain(`${ion}⁺`);
  });

  it('the capstone names the same ions for sodium and Cs⁺ only for lithium', () => {
    const naSentences = sentences(capstone).filter((s) => /on sodium/i.test(s) && /threshold/i.test(s));
    expect(naSentences.length).toBeGreaterThan(0);
    const joined = naSentences.join(' ');
    for (const ion of shield.shieldCations ?? []) expect(joined).toContain(`${ion}⁺`);
    for (const s of sentences(capstone)) expect(s, s).not.toMatch(/Cs⁺ on sodium|caesium on sodium/i);
    // Cs⁺ on lithium has a finite threshold below 1 M, which is why it is a lithium shield
    expect(shesThreshold({ additive: 'Cs', host: 'Li', electrons: 1 })).toBeLessThan(1);
  });
});

describe('where Na₂CO₃ comes from: the carbonate solvent, not the salt', () => {
  it('the composition explorer', () => {
    const c = SEI_COMPONENTS.find((x) => x.formula === 'Na₂CO₃')!;
    expect(c.origin).toMatch(/solvent/i);
    expect(c.origin).not.toMatch(/\band of the salt\b/i);
  });
  for (const [name, text] of [['the capstone', capstone], ['chapter 14', ch14]] as const) {
    it(`${name}: a sentence naming Na₂CO₃ as a product names the solvent`, () => {
      const hits = sentences(text).filter((s) => /Na₂CO₃|Na_2CO_3/.test(s));
      expect(hits.length).toBeGreaterThan(0);
      for (const s of hits) expect(s, s).toMatch(/solvent/i);
    });
  }
});
