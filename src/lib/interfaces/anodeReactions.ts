/**
 * What happens when gases and reactive species from the air cathode reach an alkali-metal anode:
 * the reactions behind the triple-phase interface explorer of chapter 8 (`triple-phase-interface`).
 * Each reaction is structured data (species with stoichiometric coefficients and charges), so
 * tests/unit/interfaces can check that every one balances in elements and charge.
 *
 * Sources: Ge et al., Adv. Mater. 2024 (§1–2, §5–6) for which reactions and products occur;
 * standard inorganic and organic chemistry (textbook) for the balanced equations the review
 * names but does not print, and for the same chemistry on Na and K.
 */
import {
  CARBON, CO2, DME, DME_HYDROPEROXIDE, DME_RADICAL, EC, EC_SUPEROXIDE_ADDUCT, ETHYLENE, H2, H2O,
  HYDROPEROXYL, IODIDE, N2, NH3, O2, PEROXIDE, SINGLET_O2, SUPEROXIDE, TEMPO, TEMPO_PLUS, TRIIODIDE,
  METALS, metalSpecies, type Metal, type Species,
} from './species';

/** What can reach the anode from the cathode side. */
export const AGENTS = ['O2', 'CO2', 'N2', 'H2O', 'superoxide', 'peroxide', 'singletOxygen', 'redoxMediator'] as const;
export type Agent = (typeof AGENTS)[number];

export const SOLVENTS = ['ether', 'carbonate'] as const;
export type Solvent = (typeof SOLVENTS)[number];

/** The four challenges of Ge et al. §2; structural collapse is what the others add up to. */
export type Challenge = 'electrolyte' | 'contamination' | 'corrosion';

export interface Term {
  readonly coefficient: number;
  readonly species: Species;
}

export interface ReactionSource {
  /** 'textbook' for standard chemistry the review relies on without printing it. */
  readonly kind: 'review' | 'textbook';
  /** Section of Ge et al. 2024, e.g. "2.2". */
  readonly section?: string;
  /** Reference numbers of the review. */
  readonly refs?: readonly number[];
}

export interface AnodeReaction {
  /** Unique per metal, e.g. "h2o-hydroxide". */
  readonly id: string;
  readonly metal: Metal;
  /** Everything that must reach the anode for this reaction to run (all of them). */
  readonly needs: readonly Agent[];
  /** Runs only in this electrolyte family, if set. */
  readonly solvent?: Solvent;
  readonly reactants: readonly Term[];
  readonly products: readonly Term[];
  readonly challenge: Challenge;
  /** One line: what happens and why it matters at the anode. */
  readonly explanation: string;
  readonly sources: readonly ReactionSource[];
}

const t = (coefficient: number, species: Species): Term => ({ coefficient, species });
const ge = (section: string, ...refs: number[]): ReactionSource => ({ kind: 'review', section, refs });
const textbook: ReactionSource = { kind: 'textbook' };

type Template = Omit<AnodeReaction, 'metal'> & { readonly metals?: readonly Metal[] };

/** The reactions for one metal, built from templates written once for all three. */
function templates(m: Metal): Template[] {
  const M = metalSpecies(m);
  const oxygen: Template[] =
    m === 'K'
      ? [
          {
            id: 'o2-superoxide',
            needs: ['O2'],
            reactants: [t(1, M.metal), t(1, O2)],
            products: [t(1, M.superoxide)],
            challenge: 'contamination',
            explanation: 'Crossover oxygen oxidizes potassium to its stable superoxide, which coats the metal.',
            sources: [ge('6', 73), textbook],
          },
        ]
      : [
          {
            id: 'o2-peroxide',
            needs: ['O2'],
            reactants: [t(2, M.metal), t(1, O2)],
            products: [t(1, M.peroxide)],
            challenge: 'contamination',
            explanation: 'Dissolved oxygen that crosses the separator oxidizes fresh metal and dendrites directly.',
            sources: [ge('2.2', 38), ge('2.3', 38, 90)],
          },
          {
            id: 'o2-oxide',
            needs: ['O2'],
            reactants: [t(4, M.metal), t(1, O2)],
            products: [t(2, M.oxide)],
            challenge: 'contamination',
            explanation: 'Fully reduced oxide: ideally a passivating layer, but an insulating one that cracks as the metal swells.',
            sources: [ge('2.4', 93), ge('2.2')],
          },
        ];
  const list: Template[] = [
    {
      id: 'ec-reduction',
      needs: [],
      solvent: 'carbonate',
      reactants: [t(2, M.metal), t(2, EC)],
      products: [t(1, M.alkylCarbonate), t(1, ETHYLENE)],
      challenge: 'electrolyte',
      explanation: 'The two-phase baseline: the bare metal reduces the carbonate solvent to an alkyl-carbonate SEI.',
      sources: [textbook],
    },
    ...oxygen,
    {
      id: 'o2-ether-autoxidation',
      needs: ['O2'],
      solvent: 'ether',
      reactants: [t(1, DME), t(1, O2)],
      products: [t(1, DME_RADICAL), t(1, HYDROPEROXYL)],
      challenge: 'electrolyte',
      explanation: 'Auto-oxidation starts when O₂ pulls off a hydrogen next to an ether oxygen (α-H), leaving a solvent radical.',
      sources: [ge('2.1', 78), textbook],
    },
    {
      id: 'o2-ether-hydroperoxide',
      needs: ['O2'],
      solvent: 'ether',
      reactants: [t(1, DME), t(1, O2)],
      products: [t(1, DME_HYDROPEROXIDE)],
      challenge: 'electrolyte',
      explanation: 'Net result of the radical chain: a hydroperoxide that goes on to release protons, esters and polymers.',
      sources: [ge('2.1', 78), textbook],
    },
    {
      id: 'h2o-hydroxide',
      needs: ['H2O'],
      reactants: [t(2, M.metal), t(2, H2O)],
      products: [t(2, M.hydroxide), t(1, H2)],
      challenge: 'contamination',
      explanation: 'Moisture corrodes the metal to a porous hydroxide and hydrogen gas, undermining the SEI.',
      sources: [ge('2.2', 41), textbook],
    },
    {
      id: 'co2-carbonate',
      needs: ['CO2'],
      reactants: [t(4, M.metal), t(3, CO2)],
      products: [t(2, M.carbonate), t(1, CARBON)],
      challenge: 'contamination',
      explanation: 'CO₂ is reduced by the metal to carbonate and carbon; the ion-insulating carbonate is probably built into the SEI in a disorderly way and can raise the overpotential.',
      sources: [ge('2.2', 87, 88, 89), textbook],
    },
    {
      id: 'co2-h2o-carbonate',
      needs: ['CO2', 'H2O'],
      reactants: [t(2, M.hydroxide), t(1, CO2)],
      products: [t(1, M.carbonate), t(1, H2O)],
      challenge: 'contamination',
      explanation: 'The hydroxide left by moisture absorbs CO₂ and turns into carbonate, releasing water to corrode again.',
      sources: [ge('2.2'), textbook],
    },
    {
      id: 'redox-mediator-triiodide',
      needs: ['redoxMediator'],
      reactants: [t(2, M.metal), t(1, TRIIODIDE)],
      products: [t(2, M.ion), t(3, IODIDE)],
      challenge: 'corrosion',
      explanation: 'Shuttle: the oxidized iodide mediator is reduced back at the anode, undoing plating and wasting charge.',
      sources: [ge('2.3', 91), ge('5', 154)],
    },
    {
      id: 'redox-mediator-tempo',
      needs: ['redoxMediator'],
      reactants: [t(1, M.metal), t(1, TEMPO_PLUS)],
      products: [t(1, M.ion), t(1, TEMPO)],
      challenge: 'corrosion',
      explanation: 'Any oxidized mediator (RM⁺) that diffuses across does the same: RM⁺ + metal → RM + metal ion.',
      sources: [ge('2.3', 42, 91), ge('3.1', 44)],
    },
  ];
  if (m === 'Li') {
    list.push(
      {
        id: 'co2-o2-peroxide-carbonate',
        needs: ['O2', 'CO2'],
        reactants: [t(2, M.peroxide), t(2, CO2)],
        products: [t(2, M.carbonate), t(1, O2)],
        challenge: 'contamination',
        explanation: 'Peroxide formed by oxygen reacts on with CO₂, so the surface film drifts towards carbonate.',
        sources: [ge('2.2', 38), textbook],
      },
      {
        id: 'n2-nitride',
        needs: ['N2'],
        reactants: [t(6, M.metal), t(1, N2)],
        products: [t(2, M.nitride)],
        challenge: 'contamination',
        explanation: 'Lithium, alone among the alkali metals, reacts with N₂ at room temperature, forming a nitride that conducts Li⁺.',
        sources: [ge('2.2', 40, 80), textbook],
      },
      {
        id: 'n2-h2o-nitride-hydrolysis',
        needs: ['N2', 'H2O'],
        reactants: [t(1, M.nitride), t(3, H2O)],
        products: [t(3, M.hydroxide), t(1, NH3)],
        challenge: 'contamination',
        explanation: 'Moisture hydrolyses the nitride to hydroxide and ammonia, so the nitride film does not last in wet air.',
        sources: [textbook],
      },
    );
  }
  const ros: Template[] =
    m === 'K'
      ? [
          {
            id: 'superoxide-salt',
            needs: ['superoxide'],
            reactants: [t(1, M.ion), t(1, SUPEROXIDE)],
            products: [t(1, M.superoxide)],
            challenge: 'corrosion',
            explanation: 'On potassium the superoxide anion precipitates as KO₂, the same salt the K–O₂ cathode makes.',
            sources: [ge('6', 73)],
          },
          {
            id: 'singlet-oxygen',
            needs: ['singletOxygen'],
            reactants: [t(1, M.metal), t(1, SINGLET_O2)],
            products: [t(1, M.superoxide)],
            challenge: 'corrosion',
            explanation: 'Singlet oxygen is an excited, more reactive form of O₂ (an electrophile). It relaxes to ordinary O₂ within microseconds, about a micrometre from where it forms, so it cannot cross from the cathode; made at the anode (say, from superoxide that crossed and disproportionated), it oxidizes the metal as O₂ does.',
            sources: [ge('2.3'), textbook],
          },
        ]
      : [
          {
            id: 'superoxide-reduction',
            needs: ['superoxide'],
            reactants: [t(1, M.metal), t(1, SUPEROXIDE), t(1, M.ion)],
            products: [t(1, M.peroxide)],
            challenge: 'corrosion',
            explanation: 'The metal reduces the nucleophilic superoxide radical anion one step further, to peroxide.',
            sources: [ge('2.3', 38, 90)],
          },
          {
            id: 'peroxide-reduction',
            needs: ['peroxide'],
            reactants: [t(2, M.metal), t(1, PEROXIDE), t(2, M.ion)],
            products: [t(2, M.oxide)],
            challenge: 'corrosion',
            explanation: 'Peroxide is reduced all the way to oxide, an insulating by-product; its metal salt is nearly insoluble, so it reaches the anode less readily than superoxide.',
            sources: [ge('2.3', 38, 90)],
          },
          {
            id: 'singlet-oxygen',
            needs: ['singletOxygen'],
            reactants: [t(2, M.metal), t(1, SINGLET_O2)],
            products: [t(1, M.peroxide)],
            challenge: 'corrosion',
            explanation: 'Singlet oxygen is an excited, more reactive form of O₂ (an electrophile). It relaxes to ordinary O₂ within microseconds, about a micrometre from where it forms, so it cannot cross from the cathode; made at the anode (say, from superoxide that crossed and disproportionated), it oxidizes the metal as O₂ does.',
            sources: [ge('2.3'), textbook],
          },
        ];
  list.push(...ros, {
    id: 'superoxide-carbonate-attack',
    needs: ['superoxide'],
    solvent: 'carbonate',
    reactants: [t(1, SUPEROXIDE), t(1, EC)],
    products: [t(1, EC_SUPEROXIDE_ADDUCT)],
    challenge: 'electrolyte',
    explanation: 'Nucleophilic attack opens the carbonate; the fragments end as alkyl carbonates and carbonate salts.',
    sources: [ge('2.1', 26), textbook],
  });
  return list;
}

/** Every reaction the explorer knows, for all three metals. */
export const ANODE_REACTIONS: readonly AnodeReaction[] = METALS.flatMap((metal) =>
  templates(metal).map(({ metals: _metals, ...r }) => ({ ...r, metal })),
);

export interface ExplorerState {
  readonly metal: Metal;
  readonly solvent: Solvent;
  readonly agents: ReadonlySet<Agent>;
}

/** The reactions that run for a metal, an electrolyte and a set of species reaching the anode. */
export function activeReactions(state: ExplorerState): AnodeReaction[] {
  return ANODE_REACTIONS.filter(
    (r) =>
      r.metal === state.metal &&
      (r.solvent === undefined || r.solvent === state.solvent) &&
      r.needs.every((a) => state.agents.has(a)),
  );
}

/** Agents the chemistry covers for a metal (N₂ has no room-temperature reaction with Na or K). */
export function agentHasReaction(metal: Metal, agent: Agent): boolean {
  return ANODE_REACTIONS.some((r) => r.metal === metal && r.needs.includes(agent));
}
