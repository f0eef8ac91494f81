/**
 * Numbers chapter 9 (`electrolytes-for-metal-air`) states because Ge et al. 2024 states them
 * (section 3, Electrolyte Engineering). The thickness of lithium that moves per mAh/cm², which the
 * chapter sets beside the ~10 nm oxide film, is computed by src/lib/physics, not stored here.
 * "Two-fold longer" cycle life for the ultra-dry polymer electrolyte (ref 120) is written in words
 * by the review, so the chapter states it in words with its citation.
 */
import { defineFacts } from './types';

const section31 = '3.1. Novel liquid electrolytes for stabilizing the anode interfaces';
const section32 = '3.2. Solid-state electrolyte engineering';

export const electrolytesForMetalAirFacts = defineFacts({
  /** Thickness of the Li₂O film grown on Li by LiBr + LiNO₃ in TEGDME. */
  li2oFilmThickness: {
    value: 10,
    unit: 'nm',
    approx: true,
    review: 'ge2024',
    section: section31,
    ref: 98,
    evidence: 'Li_2O film (~ 10 nm)',
  },
  /** Silica loading of the hydrophobic silica colloid electrolyte. */
  hsceLoading: {
    value: 10,
    unit: 'wt %',
    review: 'ge2024',
    section: section31,
    ref: 105,
    evidence: '10 wt % hydrophobic silica colloid electrolyte',
  },
  /** How many times more effective against corrosion than the same electrolyte without silica. */
  hsceAnticorrosion: {
    value: 980,
    unit: 'times',
    review: 'ge2024',
    section: section31,
    ref: 105,
    evidence: 'anti-corrosion effect 980 times more effective',
  },
  /** Lifespan of the Li anode in Li–O₂ cells with the colloid electrolyte. */
  hsceCycles: {
    value: 550,
    unit: 'cycles',
    review: 'ge2024',
    section: section31,
    ref: 105,
    evidence: 'long anodic lifespan of 550 cycles',
  },
  /** Concentration of the PDI-TEMPO quencher in the long-cycling Li–O₂ cell (Figure 4e). */
  pdiTempoConcentration: {
    value: 10,
    unit: 'mM',
    review: 'ge2024',
    section: section31,
    ref: 44,
    evidence: 'with 10 mM PDI-TEMPO electrolyte',
  },
  /** Ageing time after which Li under the Li⁺-exchanged zeolite X membrane still looked metallic. */
  zeoliteAgeing: {
    value: 1000,
    unit: 'h',
    review: 'ge2024',
    section: section32,
    ref: 74,
    evidence: 'metallic luster after 1000 hours of ageing',
  },
});
