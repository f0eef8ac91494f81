/**
 * Artificial interphases on sodium that Lee et al. 2020 (section 3.3) report with test
 * conditions, put on one basis so chapter 3 can compare them. Every number is a fact.
 */
import { protectionStrategiesFacts as F } from '../facts/protectionStrategies';
import { defineResults } from './types';

export const sodiumCoatings = defineResults({
  id: 'na-artificial-sei',
  caption:
    'Three artificial interphases on sodium, as Lee et al. 2020 report them. The first two are symmetric-cell tests (metal against the same metal), the third a full cell, so their durations and efficiencies are not directly comparable.',
  rows: [
    {
      strategy: `Al₂O₃ by ALD (${F.aldNaThickness.value} nm)`,
      review: 'lee2020',
      ref: 117,
      currentDensity: F.aldNaCurrent,
      arealCapacity: F.aldNaCapacity,
      duration: F.aldNaHours,
      efficiency: { missing: 'The review gives no Coulombic efficiency; a symmetric cell cannot measure one.' },
      cellType: 'Na‖Na symmetric',
      electrolyte: { missing: 'The review does not name the electrolyte.' },
      note: 'Stable voltage profile; the film turns into an ion-conducting Na–Al–O layer during cycling.',
    },
    {
      strategy: 'NaBr from Na + 1-bromopropane',
      review: 'lee2020',
      ref: 120,
      currentDensity: F.nabrCurrent,
      arealCapacity: F.nabrCapacity,
      duration: F.nabrCycles,
      efficiency: { missing: 'The review gives no Coulombic efficiency; a symmetric cell cannot measure one.' },
      cellType: 'Na‖Na symmetric coin cell',
      electrolyte: 'carbonate-based',
      note: `Bare sodium in the same test became unstable within ${F.nabrBareCycles.value} cycles.`,
    },
    {
      strategy: 'PVDF–HFP/Al₂O₃ composite layer',
      review: 'lee2020',
      ref: 132,
      currentDensity: { missing: 'The review does not give the current.' },
      arealCapacity: { missing: 'The review does not give the areal capacity.' },
      duration: F.cplCycles,
      efficiency: F.cplRetention,
      cellType: 'Na‖layered-oxide full cell',
      electrolyte: { missing: 'The review does not name the electrolyte.' },
      note: `Capacity retention, not CE; bare sodium kept ${F.cplBareRetention.value} % in the same cell.`,
    },
  ],
});
