import { practicalCellSpecificEnergy, type CellDesign } from './cells';
import { requireNumber } from './errors';

/*
 * From the active materials to the pack: the specific energy after each layer of "dead" mass is
 * added, for one cell design. It is the bookkeeping behind "theoretical Wh/kg is not cell Wh/kg"
 * (Xiang et al. 2019, Practical Evaluation and Processing Feasibility): same energy, more mass.
 */

export interface WaterfallStage {
  id: 'active' | 'coating' | 'electrolyte' | 'stack' | 'cell' | 'pack';
  label: string;
  /** What this stage adds to the mass of the one before. */
  adds: string;
  specificEnergy_Wh_per_kg: number;
  /** Cumulative mass, mg per cm² of cathode layer (the pack stage scales the cell's). */
  mass_mg_per_cm2: number;
}

/**
 * Practical reversible capacity of LiCoO₂, mAh/g (textbook value: about half of its lithium, of a
 * theoretical ≈ 274 mAh/g, can be cycled). Chapter 7 uses it to turn the review's "> 20 mg/cm² of
 * LiCoO₂" loading target into an areal capacity.
 */
export const LICOO2_PRACTICAL_CAPACITY_mAh_per_g = 140;

/** Specific energy at each stage, Wh/kg; the last stage divides the cell by the packing efficiency. */
export function energyWaterfall(design: CellDesign, packingEfficiency: number): WaterfallStage[] {
  const eta = requireNumber(packingEfficiency, {
    parameter: 'packingEfficiency',
    label: 'Packing efficiency',
    min: 0,
    minExclusive: true,
    max: 1,
  });
  const r = practicalCellSpecificEnergy(design);
  const m = r.masses_mg_per_cm2;
  const e = r.arealEnergy_mWh_per_cm2;
  const active = design.cathodeLoading_mg_per_cm2 + m.metal;
  const coating = m.cathodeCoating + m.metal;
  const withElectrolyte = coating + m.electrolyte;
  const stack = withElectrolyte + m.cathodeCurrentCollector + m.anodeCurrentCollector + m.separator;
  const cell = r.totalMass_mg_per_cm2;
  const pack = cell / eta;
  // mWh/mg = Wh/g = 1000 Wh/kg.
  const stage = (id: WaterfallStage['id'], label: string, adds: string, mass: number): WaterfallStage => ({
    id,
    label,
    adds,
    mass_mg_per_cm2: mass,
    specificEnergy_Wh_per_kg: (e / mass) * 1000,
  });
  return [
    stage('active', 'Cathode + foil', 'cathode active material (at its practical capacity) and the metal foil', active),
    stage('coating', 'Electrodes', 'binder and conductive carbon', coating),
    stage('electrolyte', '+ electrolyte', 'the liquid electrolyte', withElectrolyte),
    stage('stack', 'Stack', 'current collectors and separator', stack),
    stage('cell', 'Cell', 'tabs and pouch foil', cell),
    stage('pack', 'Pack', 'casing, cooling, wiring and electronics', pack),
  ];
}
