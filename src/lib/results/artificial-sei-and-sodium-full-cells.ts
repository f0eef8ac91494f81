/**
 * Chapter 15: the room-temperature Na–S results of Lee et al. 2020 §4.1, and the protected anodes
 * of its Na–O₂/Na–CO₂ cells (§4.2), each on one basis. For Na–S the review gives C-rates and
 * per-cycle decay, never a sulfur loading or an areal capacity, so those columns are honestly
 * missing; the decay figures are the review's own (linear reading, see the chapter). For the gas
 * cells it gives currents and capacity limits per gram of cathode, not per area.
 */
import { artificialSeiAndSodiumFullCellsFacts as F } from '../facts/artificialSeiAndSodiumFullCells';
import { formatFact } from '../facts/formatFact';
import { defineResults } from './types';

const noLoading = { missing: 'The review gives no sulfur loading for this study, so from the review alone the areal capacity is unknown.' };
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
      note: `At ${F.silicaIlRate.value}C in the review's text, the slowest rate of the four, so each cycle lasts longest and side reactions have most time; but the review's Fig. 14A caption gives ${F.silicaIlFigRate.value}C for the same data.`,
    },
    {
      strategy: `TMP solvent + ${F.tmpFecFraction.value} vol% FEC + ${F.tmpSalt.value} M NaTFSI, at ${F.tmpRate.value}C`,
      review: 'lee2020',
      ref: 150,
      currentDensity: rateOnly(`${F.tmpRate.value}C`),
      arealCapacity: noLoading,
      duration: F.tmpCycles,
      efficiency: F.tmpDecay,
      cellType: 'Na–S full cell with a sulfurized polyacrylonitrile (SPAN) cathode',
      electrolyte: `TMP with ${F.tmpFecFraction.value} vol% FEC, ${F.tmpSalt.value} M NaTFSI`,
      note: `At ${F.tmpRate.value}C in the review's text (its Fig. 14B caption: ${F.tmpFigRate.value}C). The cathode differs too: a SPAN cathode keeps its sulfur bound to the polymer and releases few soluble polysulfides (standard Na–S chemistry, the course's addition), so this low decay says little about how well the anode resists the shuttle.`,
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

const perGram = (limit: string) => ({
  missing: `Not per area: the review gives a capacity limit of ${limit} per gram of cathode instead, so the areal capacity is unknown.`,
});
const noEfficiency = {
  missing:
    'The review gives no CE or retention; the cells ran at a fixed, limited capacity per cycle, and the number is how long they ran (a lower bound where marked ">").',
};

export const naGasResults = defineResults({
  id: 'na-o2-co2-anode-protection',
  caption:
    `Protecting sodium in Na–O₂ and Na–CO₂ cells, as Lee et al. 2020 (§4.2) report them. Currents are per gram of cathode (the review does not say which mass; usually the carbon or catalyst), except in the DMSO study, which gives mA/cm²; every test is capacity-limited. The tests are probably mild, but the review gives no cathode loading; of the full-cell tests only the DMSO one (${formatFact(F.dmsoCurrentLow)} and ${formatFact(F.dmsoCurrentHigh)}) gives a current per area, well below the ${formatFact(F.realisticCurrent)} benchmark (§6). The one §4.2 result at benchmark current is the rGO–Na anode's separate plating/stripping test (${F.rgoPlatingCurrentLow.value}–${formatFact(F.rgoPlatingCurrentHigh)}), for which no areal capacity or duration is given.`,
  rows: [
    {
      strategy: 'Fluorinated carbon nanotubes mixed into sodium',
      review: 'lee2020',
      ref: 161,
      currentDensity: F.fcntCurrent,
      arealCapacity: perGram(formatFact(F.fcntCapacityLimit)),
      duration: F.fcntCycles,
      efficiency: noEfficiency,
      cellType: 'Na–O₂ full cell, δ-MnO₂ cathode',
      electrolyte: { missing: 'not stated in the review' },
      note: `Bare sodium in the same cell lasted ${formatFact(F.fcntBareCycles)}.`,
    },
    {
      strategy: `NaF-rich film from pre-cycling with ${formatFact(F.fecPretreatFraction)} FEC`,
      review: 'lee2020',
      ref: 162,
      currentDensity: F.fecCurrent,
      arealCapacity: perGram(formatFact(F.fecCapacityLimit)),
      duration: F.fecNaCycles,
      efficiency: noEfficiency,
      cellType: 'Na–O₂ full cell',
      electrolyte: `${formatFact(F.fecCyclingSalt)} NaOTf (triflate) in TEGDME, fresh after the FEC pre-cycling`,
      note: `Bare sodium failed within ${formatFact(F.fecBareCycles)}.`,
    },
    {
      strategy: `${formatFact(F.dmsoConcentration)} NaTFSI in DMSO (concentrated electrolyte)`,
      review: 'lee2020',
      ref: 109,
      currentDensity: F.dmsoCurrentLow,
      arealCapacity: { missing: 'The review says only that the discharge capacity was controlled, without a value.' },
      duration: F.dmsoCycles,
      efficiency: noEfficiency,
      cellType: 'Na–O₂ full cell',
      electrolyte: `${formatFact(F.dmsoConcentration)} NaTFSI in DMSO`,
      note: `Also run at ${formatFact(F.dmsoCurrentHigh)}; these two currents are per area.`,
    },
    {
      strategy: 'rGO–Na anode with a PVDF-HFP/SiO₂ composite polymer electrolyte',
      review: 'lee2020',
      ref: 166,
      currentDensity: F.rgoCurrent,
      arealCapacity: perGram(formatFact(F.rgoCapacityLimit)),
      duration: F.rgoCycles,
      efficiency: noEfficiency,
      cellType: 'Na–CO₂ full cell',
      electrolyte: 'PVDF-HFP/SiO₂ composite with NaClO₄ in TEGDME',
      note: `In a separate test the rGO–Na anode plated and stripped without dendrites at ${F.rgoPlatingCurrentLow.value}–${formatFact(F.rgoPlatingCurrentHigh)}, the one §4.2 result at the ${formatFact(F.realisticCurrent)} benchmark; the review gives no areal capacity or duration for it.`,
    },
    {
      strategy: 'PEO/NaClO₄/SiO₂ solid polymer electrolyte',
      review: 'lee2020',
      ref: 167,
      currentDensity: F.speCurrent,
      arealCapacity: perGram(formatFact(F.speCapacityLimit)),
      duration: F.speCycles,
      efficiency: noEfficiency,
      cellType: 'Na–CO₂ full cell',
      electrolyte: `PEO/NaClO₄/SiO₂ (conductivity given at ${formatFact(F.speTemperature)})`,
    },
  ],
});
