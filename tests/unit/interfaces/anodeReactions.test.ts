import { describe, expect, it } from 'vitest';
import { FormulaError, parseFormula } from '../../../src/lib/interfaces/formula';
import { imbalance, isBalanced } from '../../../src/lib/interfaces/balance';
import { activeReactions, agentHasReaction, ANODE_REACTIONS, AGENTS } from '../../../src/lib/interfaces/anodeReactions';
import { equationText, describeExplorer, productsOf, sourceText } from '../../../src/lib/interfaces/describeReactions';
import { H2, H2O, metalSpecies, speciesLabel, SUPEROXIDE, SINGLET_O2, PEROXIDE } from '../../../src/lib/interfaces/species';

describe('parseFormula', () => {
  it('counts atoms, including in nested groups', () => {
    expect(parseFormula('Li2CO3')).toEqual({ Li: 2, C: 1, O: 3 });
    expect(parseFormula('CH3OLi')).toEqual({ C: 1, H: 3, O: 1, Li: 1 });
    expect(parseFormula('(CH2OCO2Li)2')).toEqual({ C: 4, H: 4, O: 6, Li: 2 });
    expect(parseFormula('Ca(OH)2'.replace('Ca', 'K'))).toEqual({ K: 1, O: 2, H: 2 });
  });

  it('rejects typos and malformed formulas', () => {
    expect(() => parseFormula('CH3Oli')).toThrow(FormulaError); // the review's own typo for CH3OLi
    expect(() => parseFormula('Li2(CO3')).toThrow(/unclosed/);
    expect(() => parseFormula('LiOH)')).toThrow(/unmatched/);
    expect(() => parseFormula('2Li')).toThrow(/unexpected/);
    expect(() => parseFormula('')).toThrow(/empty/);
  });
});

describe('species labels', () => {
  it('writes subscripts, charges, radicals and spin prefixes', () => {
    expect(speciesLabel(SUPEROXIDE)).toBe('O₂•⁻');
    expect(speciesLabel(PEROXIDE)).toBe('O₂²⁻');
    expect(speciesLabel(SINGLET_O2)).toBe('¹O₂');
    expect(speciesLabel(metalSpecies('Li').carbonate)).toBe('Li₂CO₃');
    expect(speciesLabel(metalSpecies('Na').ion)).toBe('Na⁺');
  });
});

describe('every anode reaction', () => {
  it.each(ANODE_REACTIONS.map((r) => ({ name: `${r.metal} ${r.id}: ${equationText(r)}`, r })))(
    '$name balances in elements and charge',
    ({ r }) => {
      expect(imbalance(r)).toEqual({ elements: {}, charge: 0 });
    },
  );

  it('ids are unique per metal, and every reaction is cited', () => {
    const keys = ANODE_REACTIONS.map((r) => `${r.metal}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of ANODE_REACTIONS) expect(r.sources.length).toBeGreaterThan(0);
  });
});

describe('the balance check itself', () => {
  const Li = metalSpecies('Li');
  it('catches a reaction that loses atoms', () => {
    const wrong = { reactants: [{ coefficient: 1, species: Li.metal }, { coefficient: 1, species: H2O }], products: [{ coefficient: 1, species: Li.hydroxide }, { coefficient: 1, species: H2 }] };
    expect(isBalanced(wrong)).toBe(false);
    expect(imbalance(wrong).elements).toEqual({ H: 1 });
  });

  it('catches a reaction that balances atoms but not charge', () => {
    // Li + O₂•⁻ → LiO₂ conserves atoms but destroys an electron's worth of charge.
    const wrong = { reactants: [{ coefficient: 1, species: Li.metal }, { coefficient: 1, species: SUPEROXIDE }], products: [{ coefficient: 1, species: Li.superoxide }] };
    expect(imbalance(wrong)).toEqual({ elements: {}, charge: 1 });
    expect(isBalanced(wrong)).toBe(false);
  });
});

describe('choosing reactions', () => {
  it('moisture on lithium gives LiOH and H₂', () => {
    const rs = activeReactions({ metal: 'Li', solvent: 'ether', agents: new Set(['H2O']) });
    expect(rs.map((r) => equationText(r))).toEqual(['2Li + 2H₂O → 2LiOH + H₂']);
    expect(productsOf(rs).map((p) => p.label)).toEqual(['LiOH', 'H₂']);
  });

  it('needs both gases for a combined reaction', () => {
    const co2 = activeReactions({ metal: 'Li', solvent: 'ether', agents: new Set(['CO2']) }).map((r) => r.id);
    const both = activeReactions({ metal: 'Li', solvent: 'ether', agents: new Set(['CO2', 'H2O']) }).map((r) => r.id);
    expect(co2).not.toContain('co2-h2o-carbonate');
    expect(both).toContain('co2-h2o-carbonate');
  });

  it('lists N₂ only for lithium', () => {
    expect(agentHasReaction('Li', 'N2')).toBe(true);
    expect(agentHasReaction('Na', 'N2')).toBe(false);
    expect(agentHasReaction('K', 'N2')).toBe(false);
    for (const a of AGENTS.filter((x) => x !== 'N2' && x !== 'peroxide')) expect(agentHasReaction('K', a)).toBe(true);
  });

  it('shows the carbonate baseline with nothing toggled, and nothing in an ether', () => {
    expect(activeReactions({ metal: 'Li', solvent: 'carbonate', agents: new Set() }).map((r) => r.id)).toEqual(['ec-reduction']);
    expect(activeReactions({ metal: 'Li', solvent: 'ether', agents: new Set() })).toEqual([]);
  });
});

describe('describeExplorer', () => {
  it('announces the solid products and the rest', () => {
    expect(describeExplorer({ metal: 'Li', solvent: 'ether', agents: new Set(['N2']) })).toBe(
      '1 reaction at the lithium anode in an ether electrolyte. Solid products on the anode: Li₃N.',
    );
    expect(describeExplorer({ metal: 'Li', solvent: 'ether', agents: new Set(['H2O', 'CO2']) })).toMatch(
      /^3 reactions .* Solid products on the anode: LiOH, Li₂CO₃ and C\. Also formed: H₂ and H₂O\.$/,
    );
  });

  it('names the two-phase case when nothing reaches the anode', () => {
    expect(describeExplorer({ metal: 'Na', solvent: 'ether', agents: new Set() })).toMatch(/two-phase interface/);
  });

  it('cites the review section and references', () => {
    expect(sourceText([{ kind: 'review', section: '2.2', refs: [41] }, { kind: 'textbook' }])).toBe(
      'Ge et al. 2024, §2.2 (ref. 41); standard chemistry',
    );
  });
});
