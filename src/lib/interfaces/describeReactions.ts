/**
 * Text for the triple-phase interface explorer: equations, citations, the product list and the
 * sentence the aria-live region announces. Pure functions, so the wording is unit-tested.
 */
import { activeReactions, type Agent, type AnodeReaction, type ExplorerState, type ReactionSource, type Term } from './anodeReactions';
import { metalName, speciesLabel, type Species } from './species';

export const AGENT_LABELS: Record<Agent, string> = {
  O2: 'O₂ (oxygen)',
  CO2: 'CO₂ (carbon dioxide)',
  N2: 'N₂ (nitrogen)',
  H2O: 'H₂O (moisture)',
  superoxide: 'O₂•⁻ (superoxide)',
  peroxide: 'O₂²⁻ (peroxide)',
  singletOxygen: '¹O₂ (singlet oxygen)',
  redoxMediator: 'RM⁺ (oxidized redox mediator)',
};

const termText = ({ coefficient, species }: Term) => `${coefficient === 1 ? '' : coefficient}${speciesLabel(species)}`;

/** "2Li + 2H₂O → 2LiOH + H₂" */
export function equationText(r: Pick<AnodeReaction, 'reactants' | 'products'>): string {
  return `${r.reactants.map(termText).join(' + ')} → ${r.products.map(termText).join(' + ')}`;
}

/** "Ge et al. 2024, §2.2 (ref. 41); textbook chemistry" */
export function sourceText(sources: readonly ReactionSource[]): string {
  return sources
    .map((s) => {
      if (s.kind === 'textbook') return 'standard chemistry';
      const refs = s.refs && s.refs.length > 0 ? ` (ref. ${s.refs.join(', ')})` : '';
      return `Ge et al. 2024, §${s.section}${refs}`;
    })
    .join('; ');
}

export interface ProductSummary {
  readonly label: string;
  readonly name: string;
  readonly phase: Species['phase'];
}

/** Distinct products of the active reactions, in order of first appearance; ions excluded. */
export function productsOf(reactions: readonly AnodeReaction[]): ProductSummary[] {
  const seen = new Map<string, ProductSummary>();
  for (const r of reactions) {
    for (const { species } of r.products) {
      if (species.charge !== 0) continue; // dissolved ions are not a product layer
      const label = speciesLabel(species);
      if (!seen.has(label)) seen.set(label, { label, name: species.name, phase: species.phase });
    }
  }
  return [...seen.values()];
}

/** Solid products: what accumulates on the anode as a film. */
export const solidProducts = (reactions: readonly AnodeReaction[]) => productsOf(reactions).filter((p) => p.phase === 'solid');

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The sentence announced after every change. */
export function describeExplorer(state: ExplorerState): string {
  const reactions = activeReactions(state);
  const metal = metalName(state.metal);
  const solvent = state.solvent === 'ether' ? 'an ether electrolyte' : 'a carbonate electrolyte';
  if (reactions.length === 0) {
    return `Nothing from the cathode reaches the ${metal} anode in ${solvent}: a two-phase interface, with no reaction listed.`;
  }
  const n = reactions.length;
  const solids = solidProducts(reactions).map((p) => p.label);
  const others = productsOf(reactions)
    .filter((p) => p.phase !== 'solid')
    .map((p) => p.label);
  const layer = solids.length > 0 ? ` Solid products on the anode: ${list(solids)}.` : ' No solid product forms.';
  const rest = others.length > 0 ? ` Also formed: ${list(others)}.` : '';
  return `${n} reaction${n === 1 ? '' : 's'} at the ${metal} anode in ${solvent}.${layer}${rest}`;
}
