/** Chapter 10's headline results on a common basis (Ge et al. 2024, §4–5). */
import { anodesAndSeparatorsForMetalAirFacts as F } from '../facts/anodesAndSeparatorsForMetalAir';
import { formatFact } from '../facts/formatFact';
import { defineResults } from './types';

const ns = (what: string) => ({ missing: `The review does not give the ${what} for this study.` });

export const metalAirAnodeResults = defineResults({
  id: 'metal-air-anodes',
  caption: 'Anode and separator strategies for lithium–air: what the review reports, and what it leaves out',
  rows: [
    {
      strategy: 'DCDMS-derived LiCl/poly(dimethylsilylene) layer', review: 'ge2024', ref: 133,
      currentDensity: ns('current density'), arealCapacity: ns('capacity per cycle'), duration: F.dcdmsCycles,
      efficiency: { missing: 'Described only as "high Coulombic efficiency".' },
      cellType: { missing: 'Text says a Li–air battery; the figure caption says symmetric Li cells in O₂.' },
      electrolyte: ns('electrolyte'),
      note: 'Probably an anode-level (symmetric cell) result; see the callout in this chapter.',
    },
    {
      strategy: 'Bp-Li liquid anode with ZIF-7 membrane', review: 'ge2024', ref: 148,
      currentDensity: F.bpLiCurrent, arealCapacity: { missing: 'Only a specific capacity (per gram, basis not stated) is given.' },
      duration: F.bpLiCycles, efficiency: ns('Coulombic efficiency'), cellType: 'Organic Li–O₂ full cell', electrolyte: { missing: 'The review names no solvent (Bp-Li is typically made in an ether; our assumption) and no cathode electrolyte.' },
      note: `Capacity per cycle ${formatFact(F.bpLiCapacity)}, on an unstated mass basis; if every cycle was limited to that capacity (usual, not stated), each half-cycle lasts ${(F.bpLiCapacity.value / F.bpLiCurrent.value) * 60} min at this current, so the whole test is about ${(2 * F.bpLiCycles.value * F.bpLiCapacity.value) / F.bpLiCurrent.value} h.`,
    },
    {
      strategy: 'MXene/bacterial-cellulose separator coating', review: 'ge2024', ref: 154,
      currentDensity: ns('current density'), arealCapacity: ns('capacity per cycle'), duration: F.mxeneSeparatorCycles,
      efficiency: ns('Coulombic efficiency'), cellType: 'Li–air (LAB) with LiI mediator; O₂ or air not stated', electrolyte: ns('electrolyte'),
      note: 'Cycle life "up to" this value, in a cell whose mediator is the I⁻/I₃⁻ couple.',
    },
  ],
});
