/** Chapter 11's headline results on a common basis (Ge et al. 2024, §6). */
import { sodiumPotassiumAirAndOutlookFacts as F } from '../facts/sodiumPotassiumAirAndOutlook';
import { formatFact } from '../facts/formatFact';
import { artificialSeiAndSodiumFullCellsFacts as L } from '../facts/artificialSeiAndSodiumFullCells';
import { defineResults } from './types';

const ns = (what: string) => ({ missing: `The review does not give the ${what} for this study.` });

export const naKAirResults = defineResults({
  id: 'na-k-air-anodes',
  caption: 'Protected sodium and potassium anodes in metal–O₂ cells: what the review reports, and what it leaves out',
  rows: [
    {
      strategy: `NaF-rich SEI from FEC pre-cycling (${formatFact(F.fecContent)} FEC)`, review: 'ge2024', ref: 160,
      currentDensity: ns('current density'), arealCapacity: ns('capacity per cycle'), duration: F.tailoredNaHours,
      efficiency: ns('Coulombic efficiency'), cellType: 'Na–O₂ battery in O₂ per the review’s text (pure O₂ presumed); hours and short-circuit failure suggest a symmetric Na‖Na test in O₂ (not stated)', electrolyte: `Pre-cycling in ${formatFact(L.fecPretreatSalt)} NaOTf in TEGDME + ${formatFact(F.fecContent)} FEC, per Lee et al. 2020 (ref. 162) on the same paper; they reassembled their full cell with fresh ${formatFact(L.fecCyclingSalt)} NaOTf in TEGDME. Ge names only the FEC and not the electrolyte of this test`,
      note: `Control with untreated Na short-circuited after ${formatFact(F.pristineNaShortHours)}; time, not cycles.`,
    },
    {
      strategy: 'Sulfur-doped graphene armour on K', review: 'ge2024', ref: 73,
      currentDensity: ns('current density'), arealCapacity: ns('capacity per cycle'), duration: F.sGrapheneKCycles,
      efficiency: ns('Coulombic efficiency'), cellType: 'K–O₂ full cell', electrolyte: ns('electrolyte'),
      note: 'Three times the bare-K control (same protocol presumed; the review does not say): the ratio is the comparable part.',
    },
  ],
});
