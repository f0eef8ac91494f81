import { ELEMENT_SYMBOLS, ELEMENTS, elementData, type ElementSymbol } from './elements';
import { PhysicsInputError, requireChoice } from './errors';
import { checkElectrons, electronsPerIonSpec, nernstThreshold, temperatureSpec } from './nernst';
import { defineParameters } from './parameters';

/*
 * Self-healing electrostatic shield (SHES; Lee et al. 2020, §3.1.2 and Table 2, after Ding et al.
 * 2013): a cation that stays unreduced at the host's plating potential gathers at protrusion tips
 * and pushes the host's ions elsewhere. It shields while its Nernst potential,
 * E = E°_M + (RT/nF) ln c, is below E°_host (host ions at 1 M), i.e. while c < c*.
 */

export const SHES_HOSTS = ['Li', 'Na'] as const;
export type ShesHost = (typeof SHES_HOSTS)[number];

/**
 * Lee et al. 2020, Table 2, as published: the concentration below which each cation's
 * reduction potential stays below lithium's / sodium's, M; 'too low' as printed; absent = "—".
 */
export const LEE2020_TABLE2: {
  readonly vsLi: Readonly<Partial<Record<ElementSymbol, number | 'too low'>>>;
  readonly vsNa: Readonly<Partial<Record<ElementSymbol, number | 'too low'>>>;
} = {
  vsLi: { Na: 'too low', K: 0.014, Ca: 'too low', Rb: 0.096, Sr: 'too low', Cs: 0.578, Ba: 0.007, Sm: 'too low', Eu: 'too low' },
  vsNa: { Sm: 0.311 },
};

/**
 * Below this threshold the review prints "too low", M. Inferred from Table 2, which is
 * consistent with any cut between 4.1 mM (Sr, "too low") and 6.8 mM (Ba, printed 0.007): an
 * additive that must stay under a few millimolar cannot build a useful shield.
 */
export const SHES_TOO_LOW_BELOW_M = 0.005;

/**
 * Above this threshold the additive never plates at any concentration an electrolyte can hold,
 * M (the most concentrated electrolytes in the reviews are 3–5 M).
 */
export const SHES_NEVER_PLATES_ABOVE_M = 10;

/**
 * Concentration (mol/L) below which the additive cation's reduction potential stays below the
 * host's at 1 M — the largest concentration at which it shields rather than co-plates:
 * c* = exp[n F (E°_host − E°_additive) / RT], with the CRC potentials of the element table.
 *
 * `electrons` defaults to the ion's real charge. `electrons: 1` reproduces the published
 * Table 2 (K 0.014, Rb 0.096, Cs 0.578, Ba 0.007 M vs Li; Sm 0.311 M vs Na); with the real
 * charge the divalent thresholds fall by orders of magnitude (Ba²⁺ 4.7×10⁻⁵ M vs Li with
 * E° = −2.912 V; 4.0×10⁻⁵ with the printed −2.91 V).
 *
 * The value is the exact Nernst threshold, always > 0 and finite for the table's ions at
 * 150–700 K (e.g. K⁺ vs Na 5.4×10³ M, Na⁺ vs Li 2.6×10⁻⁶ M). It reads `Infinity` only if the
 * exponential overflows (c* > 1.8×10³⁰⁸ M: no concentration would ever bring the additive to
 * the host's potential, so it never plates) and `0` only if it underflows (it would plate at
 * any concentration). How a threshold reads in practice ("too low" as the review prints it,
 * "never plates") is a separate question: see shesVerdict.
 */
export function shesThreshold(o: {
  additive: string;
  host: 'Li' | 'Na';
  electrons?: number;
  temperature?: number;
}): number {
  const host = ELEMENTS[requireChoice(o.host, SHES_HOSTS, 'host', 'Host metal')];
  const additive = elementData(o.additive, 'additive', 'Additive cation');
  if (additive.symbol === host.symbol) {
    throw new PhysicsInputError(
      'additive',
      'unknown-choice',
      `Additive cation must differ from the host metal (${host.symbol}).`,
    );
  }
  return nernstThreshold({
    additivePotential_V: additive.standardPotential_V,
    hostPotential_V: host.standardPotential_V,
    electrons: checkElectrons(o.electrons ?? additive.charge),
    ...(o.temperature === undefined ? {} : { temperature: o.temperature }),
  });
}

export const shesThresholdParameters = defineParameters({
  additive: {
    kind: 'choice',
    label: 'Additive cation',
    options: ELEMENT_SYMBOLS,
    default: 'Cs',
    description: 'Cation added to the electrolyte (as e.g. its PF6⁻ salt); must differ from the host.',
  },
  host: {
    kind: 'choice',
    label: 'Host metal',
    options: SHES_HOSTS,
    default: 'Li',
    description: 'Metal being plated, its ions at 1 M.',
  },
  electrons: electronsPerIonSpec(
    'n in the Nernst equation. Table 2 uses 1 for every ion; the physically right value is the ion’s charge (the function’s default).',
  ),
  temperature: temperatureSpec('Tabulated standard potentials hold at 298.15 K.'),
});

export type ShesVerdict = 'too low' | 'threshold' | 'never plates';

/**
 * How a threshold reads in Table 2's terms: 'too low' below SHES_TOO_LOW_BELOW_M (5 mM),
 * 'never plates' above SHES_NEVER_PLATES_ABOVE_M (10 M), otherwise 'threshold' (print the number).
 */
export function shesVerdict(threshold_M: number): ShesVerdict {
  if (typeof threshold_M !== 'number' || Number.isNaN(threshold_M) || threshold_M < 0) {
    throw new PhysicsInputError(
      'threshold_M',
      Number.isNaN(threshold_M) || typeof threshold_M !== 'number' ? 'not-a-number' : 'below-minimum',
      'Threshold concentration must be a number ≥ 0 mol/L.',
    );
  }
  if (threshold_M < SHES_TOO_LOW_BELOW_M) return 'too low';
  if (threshold_M > SHES_NEVER_PLATES_ABOVE_M) return 'never plates';
  return 'threshold';
}
