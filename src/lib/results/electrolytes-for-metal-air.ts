/** Chapter 9's headline results on a common basis (Ge et al. 2024, §3). */
import { electrolytesForMetalAirFacts as F } from '../facts/electrolytesForMetalAir';
import { formatFact } from '../facts/formatFact';
import { defineResults } from './types';

const ns = (what: string) => ({ missing: `The review does not give the ${what} for this study.` });

export const metalAirElectrolyteResults = defineResults({
  id: 'metal-air-electrolytes',
  caption: 'Electrolyte strategies for the lithium–air anode: what the review reports, and what it leaves out',
  rows: [
    {
      strategy: `Hydrophobic silica colloid (${formatFact(F.hsceLoading)} silica)`, review: 'ge2024', ref: 105,
      currentDensity: ns('current density'), arealCapacity: ns('capacity per cycle'), duration: F.hsceCycles,
      efficiency: ns('Coulombic efficiency'), cellType: 'Li–O₂ (anode lifespan)', electrolyte: 'Triflate salt with silica colloid',
      note: `Also reported as "${formatFact(F.hsceAnticorrosion)} more effective" against corrosion than the silica-free liquid; the measured quantity is not stated.`,
    },
    {
      strategy: 'PDI-TEMPO quencher', review: 'ge2024', ref: 44,
      currentDensity: ns('current density'), arealCapacity: ns('capacity per cycle'), duration: ns('cycle count'),
      efficiency: ns('Coulombic efficiency'), cellType: 'Li–O₂', electrolyte: `Ether with ${formatFact(F.pdiTempoConcentration)} PDI-TEMPO`,
      note: 'Reported as long cycling and a less corroded Li anode after 10 cycles (electron micrographs, against plain DEGDME); no number to compare.',
    },
    {
      strategy: 'LiX zeolite membrane (solid-state)', review: 'ge2024', ref: 74,
      currentDensity: { missing: 'Not a cycling result: an ageing test.' }, arealCapacity: { missing: 'Not a cycling result: an ageing test.' },
      duration: F.zeoliteAgeing, efficiency: { missing: 'Not a cycling result: an ageing test.' },
      cellType: 'Li behind the membrane, aged in air (humidity not given)', electrolyte: 'Li⁺-exchanged zeolite X',
      note: 'Hours of storage with the metal still lustrous, not hours of cycling.',
    },
  ],
});
