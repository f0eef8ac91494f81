/**
 * Chapter 15: the room-temperature Na–S results of Lee et al. 2020 §4.1 on one basis. The review
 * gives C-rates and per-cycle decay, never a sulfur loading or an areal capacity, so those columns
 * are honestly missing; the decay figures are the review's own (linear reading, see the chapter).
 */
import { artificialSeiAndSodiumFullCellsFacts as F } from '../facts/artificialSeiAndSodiumFullCells';
import { defineResults } from './types';

const noLoading = { missing: 'The review gives no sulfur loading, so the areal capacity is unknown.' };
const rateOnly = (rate: string) => ({ missing: `Only a C-rate (${rate}) is given; without the sulfur loading it cannot be turned into mA/cm².` });

export const naSulfurResults = defineResults({
  id: 'na-s-anode-protection',
  caption: 'Protected sodium anodes in room-temperature Na–S cells, as Lee et al. 2020 (§4.1) report them. Rate, length and decay per cycle are the only quantities every study shares.',
  rows: [
    {
      strategy: `SiO₂–ionic-liquid particles in the electrolyte, at ${F.silicaIlRate.value}C`,
      review: 'lee2020',
      ref: 147,
      currentDensity: rateOnly(`${F.silicaIlRate.value}C`),
      arealCapacity: noLoading,
      duration: F.silicaIlCycles,
      efficiency: F.silicaIlDecay,
      cellType: 'Na–S full cell',
      electrolyte: 'carbonate with tethered imidazolium–ClO₄⁻ particles',
      note: `At ${F.silicaIlRate.value}C, the slowest rate of the four, so each cycle lasts longest and side reactions have most time.`,
    },
    {
      strategy: `TMP solvent + FEC + concentrated NaTFSI, at ${F.tmpRate.value}C`,
      review: 'lee2020',
      ref: 150,
      currentDensity: rateOnly(`${F.tmpRate.value}C`),
      arealCapacity: noLoading,
      duration: F.tmpCycles,
      efficiency: F.tmpDecay,
      cellType: 'Na–S full cell (SPAN cathode)',
      electrolyte: `TMP with ${F.tmpFecFraction.value} vol% FEC, ${F.tmpSalt.value} M NaTFSI`,
      note: `At ${F.tmpRate.value}C, ${F.tmpRate.value / F.silicaIlRate.value} times faster than the first row: less time per cycle for polysulfides to shuttle, so a lower decay per cycle is easier.`,
    },
    {
      strategy: `Na–Sn alloy interphase from SnCl₄ vapour, at ${F.maiRate.value}C`,
      review: 'lee2020',
      ref: 151,
      currentDensity: rateOnly(`${F.maiRate.value}C`),
      arealCapacity: noLoading,
      duration: F.maiCycles,
      efficiency: F.maiDecay,
      cellType: 'Na–S full cell',
      electrolyte: { missing: 'not stated in the review' },
      note: `The decay is the review’s linear reading of ${F.maiRetention.value} % retained after ${F.maiCycles.value} cycles.`,
    },
    {
      strategy: `NaOH/NaNH₂ biphasic film from NH₃ vapour, at ${F.bpiRate.value}C`,
      review: 'lee2020',
      ref: 152,
      currentDensity: rateOnly(`${F.bpiRate.value}C`),
      arealCapacity: noLoading,
      duration: F.bpiCycles,
      efficiency: F.bpiDecay,
      cellType: 'Na–S full cell',
      electrolyte: { missing: 'not stated in the review' },
      note: `Symmetric cells of the same film were also run at ${F.bpiCurrent.value} mA/cm², a separate test from this full-cell row.`,
    },
  ],
});
