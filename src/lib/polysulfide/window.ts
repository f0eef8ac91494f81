/**
 * The polysulfide window on a lithium anode (chapter 6): how much dissolved polysulfide builds a
 * protective film and how much etches the metal, with the only two points the review gives
 * (Xiang et al. 2019, ref. 131): 0.02 M Li₂S₅ with 5 wt % LiNO₃ protects; 0.5 M etches. Everything
 * between is honestly "not tested", not interpolated; values near a point say "close to", and values
 * above 0.5 M read as past the one reported failure point: the review prints one 0.5 M, the cited
 * study places its failure above 0.5 M of sulfur, and no other recipe's limit is reported. Pure logic, no DOM.
 */
import { formatFact } from '../facts/formatFact';
import { formatNumber } from '../format/formatNumber';
import { metalSulfurBatteriesFacts as F } from '../facts/metalSulfurBatteries';

export type Regime = 'none' | 'bare' | 'below-tested' | 'tested' | 'untested' | 'etching';

export interface WindowReading {
  regime: Regime;
  /** One sentence, for the live region. */
  headline: string;
  /** What happens and why, with the review's conditions. */
  detail: string;
}

export const PROTECTIVE_M = F.li2s5Additive.value;
export const ETCHING_M = F.polysulfideEtch.value;
/** Sulfur atoms in one Li₂S₅: the protective dose counted as sulfur, the basis the cited study uses for 0.5 M. */
export const SULFUR_PER_LI2S5 = 5;
export const PROTECTIVE_SULFUR_M = PROTECTIVE_M * SULFUR_PER_LI2S5;
/** Slider range on a log scale, M: a decade below the tested point to above the etching point. */
export const RANGE = { min: 0.001, max: 1 } as const;
/** How close (relative) to the tested 0.02 M is announced as "close to the tested recipe": a display choice. */
export const TESTED_TOLERANCE = 0.25;
/** Slider steps per decade. */
export const STEPS_PER_DECADE = 20;

const decades = Math.log10(RANGE.max / RANGE.min);
export const SLIDER_MAX = Math.round(decades * STEPS_PER_DECADE);

/** Slider position (0 … SLIDER_MAX) to concentration, M; bad positions are clamped. */
export function concentrationAt(position: number): number {
  const p = Number.isFinite(position) ? Math.min(Math.max(Math.round(position), 0), SLIDER_MAX) : 0;
  return RANGE.min * 10 ** (p / STEPS_PER_DECADE);
}

/** Nearest slider position for a concentration (clamped into the range). */
export function positionOf(concentration_M: number): number {
  if (!Number.isFinite(concentration_M) || concentration_M <= RANGE.min) return 0;
  if (concentration_M >= RANGE.max) return SLIDER_MAX;
  return Math.round(Math.log10(concentration_M / RANGE.min) * STEPS_PER_DECADE);
}

/** "0.02 M", "0.5 M", "0.0018 M". */
export const formatMolar = (c: number) => `${Number.isFinite(c) ? String(Number(c.toPrecision(2))) : '0'} M`;

/**
 * The review prints both points in M, but on different bases (chapter 6's note): the cited study
 * (ref. 131) gives the protective dose as Li₂S₅ and the failure as sulfur.
 */
export const BASIS_NOTE = `Concentrations as the review prints them. In the cited study the protective ${formatMolar(PROTECTIVE_M)} is Li₂S₅ (${formatMolar(PROTECTIVE_SULFUR_M)} of sulfur) and the etching ${formatMolar(ETCHING_M)} is counted as sulfur, so the two are ${formatNumber(ETCHING_M / PROTECTIVE_SULFUR_M, { digits: 0 })} times apart in sulfur, not ${formatNumber(ETCHING_M / PROTECTIVE_M, { digits: 0 })}.`;

/** Parses typed text ("0.05", "0,05", "0.05 M"); a message for anything else, never NaN. */
export function parseConcentration(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const cleaned = text.trim().replace(/\s*M$/i, '').replace(',', '.');
  if (cleaned === '') return { ok: false, message: 'Enter a concentration in mol/L, for example 0.02.' };
  if (!/^\d*\.?\d+(e-?\d+)?$/i.test(cleaned)) return { ok: false, message: `“${text.slice(0, 20)}” is not a number; enter a concentration in mol/L, for example 0.02.` };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large; enter a concentration up to 1 M.' };
  if (value > RANGE.max) return { ok: false, message: `Enter at most ${formatMolar(RANGE.max)}: the scale ends there, and the review reports nothing above ${formatMolar(ETCHING_M)}.` };
  return { ok: true, value };
}

/** True when c displays as the review's own concentration (the slider's log steps land within 0.5 % of it). */
const sameAs = (c: number, point: number) => formatMolar(c) === formatMolar(point);

/** What the review says (or does not say) about this concentration, with or without LiNO₃. */
export function readWindow(concentration_M: number, withNitrate: boolean): WindowReading {
  const c = Number.isFinite(concentration_M) && concentration_M > 0 ? concentration_M : 0;
  const cs = formatMolar(c);
  const recipe = `${formatFact(F.li2s5Additive)} Li₂S₅ with ${formatFact(F.lino3Hybrid)} LiNO₃`;
  // Classified as displayed: a typed 0.499 shows as "0.5 M" and must read as the review's 0.5 M.
  if (c >= ETCHING_M || sameAs(c, ETCHING_M)) {
    return {
      regime: 'etching',
      headline: sameAs(c, ETCHING_M)
        ? `${cs}: etching. At ${formatFact(F.polysulfideEtch)} polysulfide (the only high concentration reported) the lithium surface was slowly etched${withNitrate ? ', and even with LiNO₃ the film grown in the cell was not stable' : ''}.`
        : `${cs}: past the reported failure point. The review prints a single ${formatFact(F.polysulfideEtch)}; in the cited study (ref. 131) the lithium was etched${withNitrate ? ' and the film unstable' : ''} above ${formatMolar(ETCHING_M)} of sulfur. The review reports nothing higher and no failure point for other recipes.`,
      detail: 'The review reports the etching and the unstable film but not their cause; a plausible reading is that so much dissolved sulfur reacts with the metal faster than a film can hold it off.',
    };
  }
  if (c === 0) {
    return withNitrate
      ? { regime: 'none', headline: 'No polysulfide: LiNO₃ alone passivates the lithium.', detail: 'Nitrate is reduced on the metal to LiₓNOᵧ species, the inner layer of the two-step film; without polysulfide there is no Li₂S₂/Li₂S outer layer.' }
      : { regime: 'none', headline: 'No polysulfide and no nitrate: only the ordinary SEI of the ether electrolyte.', detail: 'Nothing in this electrolyte is designed to protect the metal; in a real Li–S cell the cathode would soon supply polysulfide anyway.' };
  }
  if (!withNitrate) {
    return {
      regime: 'bare',
      headline: `${cs} without LiNO₃: the review reports no result at this concentration.`,
      detail: `In general terms the review says both that polysulfides reacting with the metal lower the Coulombic efficiency and that they can help build a fairly stable SEI containing Li₂S₂ and Li₂S; but both recipes in which it shows such a film forming included nitrate (Zhang's group, ref. 131: ${recipe}; Cui's group, ref. 139: LiNO₃ with Li₂S₈).`,
    };
  }
  if (Math.abs(c / PROTECTIVE_M - 1) <= TESTED_TOLERANCE) {
    return {
      regime: 'tested',
      headline: `${sameAs(c, PROTECTIVE_M) ? `${cs} with LiNO₃: the tested protective recipe. An` : `${cs} with LiNO₃: close to the tested recipe (${formatMolar(PROTECTIVE_M)}), not itself tested. At ${formatMolar(PROTECTIVE_M)} an`} SEI rich in LiF and Li₂Sₓ forms; Coulombic efficiency ${formatFact(F.hybridCE)} after ${formatFact(F.hybridCycles)}.`,
      detail: `Recipe: ${recipe} (Zhang's group, the review's ref. 131): an SEI rich in LiF and Li₂Sₓ. Cui's group (ref. 139, with Li₂S₈) proposed from X-ray photoelectron spectra (XPS) that nitrate passivates the metal first and polysulfide then adds an outer Li₂S₂/Li₂S layer.`,
    };
  }
  if (c < PROTECTIVE_M) {
    return {
      regime: 'below-tested',
      headline: `${cs} with LiNO₃: less polysulfide than the tested recipe; the review gives no result here.`,
      detail: 'Nitrate still passivates the metal; with less polysulfide the outer sulfide layer has less to grow from. Whether it still forms well is not reported.',
    };
  }
  return {
    regime: 'untested',
    headline: `${cs} with LiNO₃: between the protective ${formatMolar(PROTECTIVE_M)} and the etching ${formatMolar(ETCHING_M)}; the review reports no result here.`,
    detail: 'Somewhere in this range the film stops keeping up with the attack, but the review gives no boundary: a paper that claims one should say at what current, capacity and cycle number it was found.',
  };
}
