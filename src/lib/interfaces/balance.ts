/**
 * Element and charge balance of a reaction written as species with coefficients. A reaction is
 * balanced when every element has as many atoms on the left as on the right and the net charges
 * agree (conservation of mass and of charge).
 */
import type { Composition, ElementSymbol } from './formula';
import { speciesComposition } from './species';
import type { Term } from './anodeReactions';

export interface Imbalance {
  /** Atoms of each element on the right minus on the left; only non-zero entries. */
  readonly elements: Composition;
  /** Net charge on the right minus on the left. */
  readonly charge: number;
}

function side(terms: readonly Term[]) {
  const atoms: Composition = {};
  let charge = 0;
  for (const { coefficient, species } of terms) {
    for (const [el, n] of Object.entries(speciesComposition(species)) as [ElementSymbol, number][]) {
      atoms[el] = (atoms[el] ?? 0) + coefficient * n;
    }
    charge += coefficient * species.charge;
  }
  return { atoms, charge };
}

/** What a reaction fails to conserve; both parts empty/zero when it balances. */
export function imbalance(r: { reactants: readonly Term[]; products: readonly Term[] }): Imbalance {
  const left = side(r.reactants);
  const right = side(r.products);
  const elements: Composition = {};
  const symbols = new Set([...Object.keys(left.atoms), ...Object.keys(right.atoms)]) as Set<ElementSymbol>;
  for (const el of symbols) {
    const d = (right.atoms[el] ?? 0) - (left.atoms[el] ?? 0);
    if (d !== 0) elements[el] = d;
  }
  return { elements, charge: right.charge - left.charge };
}

export function isBalanced(r: { reactants: readonly Term[]; products: readonly Term[] }): boolean {
  const d = imbalance(r);
  return Object.keys(d.elements).length === 0 && d.charge === 0;
}
