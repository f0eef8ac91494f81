/**
 * Chapter 6: the review's Li–S anode additives on a common basis. Xiang et al. 2019 give a number
 * for only two of them; every other cell is marked as not stated, which is the lesson.
 */
import { metalSulfurBatteriesFacts as F } from '../facts/metalSulfurBatteries';
import { defineResults } from './types';

const notStated = { missing: 'The review names the study without this test condition.' };
const noResult = { missing: 'The review lists the additive without any result.' };
const qualitativeOnly = { missing: 'The review gives only a qualitative result, with no test condition.' };
const solventNotStated = { missing: 'The review names the additive concentrations but not the solvent or the rest of the electrolyte.' };

export const liSAdditives = defineResults({
  id: 'li-s-additives',
  caption: 'Electrolyte additives for the lithium anode of Li–S cells, as Xiang et al. 2019 report them',
  rows: [
    { strategy: `LiNO₃ raised to ${F.lino3HighConc.value} M`, review: 'xiang2019', ref: 134, currentDensity: notStated, arealCapacity: notStated, duration: notStated, efficiency: F.lino3HighConcCE, cellType: notStated, electrolyte: solventNotStated, note: 'A CE with no cycle count or current cannot be compared with the next row.' },
    { strategy: `Li₂S₅ (${F.li2s5Additive.value} M) + LiNO₃ (${F.lino3Hybrid.value} wt %)`, review: 'xiang2019', ref: 131, currentDensity: notStated, arealCapacity: notStated, duration: F.hybridCycles, efficiency: F.hybridCE, cellType: notStated, electrolyte: solventNotStated, note: 'At 0.5 M polysulfide the same group found the film unstable.' },
    { strategy: 'CsNO₃ (Cs⁺ shielding)', review: 'xiang2019', ref: 135, currentDensity: qualitativeOnly, arealCapacity: qualitativeOnly, duration: qualitativeOnly, efficiency: qualitativeOnly, cellType: qualitativeOnly, electrolyte: qualitativeOnly, note: 'Reported qualitatively: dendrite growth inhibited, attributed to electrostatic repulsion from Cs⁺.' },
    { strategy: 'LiI', review: 'xiang2019', ref: 136, currentDensity: noResult, arealCapacity: noResult, duration: noResult, efficiency: noResult, cellType: noResult, electrolyte: noResult },
    { strategy: 'InI₃', review: 'xiang2019', ref: 137, currentDensity: noResult, arealCapacity: noResult, duration: noResult, efficiency: noResult, cellType: noResult, electrolyte: noResult, note: 'The cited study’s full cell paired a Li₂S cathode with an SnO₂ anode: no lithium-metal anode.' },
    { strategy: 'LiODFB', review: 'xiang2019', ref: 138, currentDensity: noResult, arealCapacity: noResult, duration: noResult, efficiency: noResult, cellType: noResult, electrolyte: noResult },
    { strategy: 'P₂S₅', review: 'xiang2019', ref: 141, currentDensity: qualitativeOnly, arealCapacity: qualitativeOnly, duration: qualitativeOnly, efficiency: qualitativeOnly, cellType: qualitativeOnly, electrolyte: qualitativeOnly, note: 'Reported qualitatively: better capacity retention, with a dense Li₃PS₄-containing SEI.' },
  ],
});
