/**
 * Artificial interphases on sodium that Lee et al. 2020 (section 3.3) report with test
 * conditions, set side by side so chapter 3 can compare them; the notes convert each duration to the
 * other unit. Every number is a fact.
 */
import { protectionStrategiesFacts as F } from '../facts/protectionStrategies';
import { formatNumber } from '../format/formatNumber';
import { defineResults } from './types';

/**
 * Hours per cycle of a symmetric cell, taking one cycle as one plating plus one stripping of the
 * stated capacity at the stated current (the usual protocol; the review does not spell it out).
 */
const hoursPerCycle = (current: number, capacity: number) => (2 * capacity) / current;
const aldCycleH = hoursPerCycle(F.aldNaCurrent.value, F.aldNaCapacity.value);
const nabrCycleH = hoursPerCycle(F.nabrCurrent.value, F.nabrCapacity.value);

export const sodiumCoatings = defineResults({
  id: 'na-artificial-sei',
  caption:
    'Three artificial interphases on sodium, side by side as Lee et al. 2020 report them. The first two are symmetric-cell tests (metal against the same metal; for the NaBr coin cell this is our inference from its plating/stripping test), the third a full cell, so their durations and efficiencies are not directly comparable; the notes convert hours and cycles, assuming one cycle is one plating plus one stripping.',
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
      note: `Stable voltage profile; the film turns into an ion-conducting Na–Al–O layer during cycling. One cycle (plate and strip ${F.aldNaCapacity.value} mAh/cm² at ${F.aldNaCurrent.value} mA/cm²) takes about ${formatNumber(aldCycleH * 60)} min, so more than ${F.aldNaHours.value} h is roughly more than ${formatNumber(F.aldNaHours.value / aldCycleH)} cycles.`,
    },
    {
      strategy: 'NaBr from Na + 1-bromopropane',
      review: 'lee2020',
      ref: 120,
      currentDensity: F.nabrCurrent,
      arealCapacity: F.nabrCapacity,
      duration: F.nabrCycles,
      efficiency: { missing: 'The review gives no Coulombic efficiency; a symmetric cell cannot measure one.' },
      cellType: 'Coin cell (Na‖Na inferred from the plating/stripping test; the review says only "coin cell")',
      electrolyte: 'carbonate-based',
      note: `Bare sodium in the same test became unstable within ${F.nabrBareCycles.value} cycles. One cycle (plate and strip ${F.nabrCapacity.value} mAh/cm² at ${F.nabrCurrent.value} mA/cm²) takes ${formatNumber(nabrCycleH)} h, so ${F.nabrCycles.value} cycles are about ${formatNumber(F.nabrCycles.value * nabrCycleH)} h, at most half the ALD run.`,
    },
    {
      strategy: 'Poly(vinylidene fluoride-co-hexafluoropropylene) (PVDF–HFP)/Al₂O₃ composite layer',
      review: 'lee2020',
      ref: 132,
      currentDensity: { missing: 'The review does not give the current.' },
      arealCapacity: { missing: 'The review does not give the areal capacity.' },
      duration: F.cplCycles,
      efficiency: F.cplRetention,
      cellType: 'Na‖layered-oxide full cell',
      electrolyte: { missing: 'The review does not name the electrolyte.' },
      note: `Capacity retention, not CE; bare sodium kept ${F.cplBareRetention.value} % in the same cell. With no current or C-rate given, the ${F.cplCycles.value} cycles cannot be turned into hours.`,
    },
  ],
});
