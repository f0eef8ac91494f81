/**
 * Numbers chapter 7 (`from-lab-to-market`) states because Xiang et al. 2019 state them. What the
 * physics library computes (foil areal capacity, depth per cycle, retention for a CE and excess,
 * cycles to 80 %, fast-charge demands, cell and pack specific energy, packing efficiencies) is not
 * here: the chapter, its figure and its widgets render those from src/lib/physics.
 */
import { defineFacts } from './types';

const X = 'xiang2019' as const;

export const fromLabToMarketFacts = defineFacts({
  // Commercial Application
  /** NGK's NAS (high-temperature Na–S) installations. */
  nasSites: { value: 200, unit: 'sites', bound: '>', review: X, section: 'Commercial Application', evidence: 'in more than 200 locations worldwide' },
  nasPower: { value: 500, unit: 'MW', bound: '>', review: X, section: 'Commercial Application', evidence: 'energy storage capacity over 500 MW' },
  nasTempLow: { value: 300, unit: '°C', review: X, section: 'Commercial Application', evidence: '(300°C–350°C)' },
  nasTempHigh: { value: 350, unit: '°C', review: X, section: 'Commercial Application', evidence: '(300°C–350°C)' },
  /** Capacity of commercial thin-film Li-metal batteries. */
  thinFilmCapacity: { value: 10, unit: 'mAh', bound: '<', review: X, section: 'Commercial Application', evidence: 'the low capacity (<10 mAh)' },

  // Practical Evaluation of Battery Performance
  /** The prototype Li-metal pouch cell of the review's ref. 163. */
  pouchEnergy: { value: 300, unit: 'Wh/kg', review: X, section: 'Practical Evaluation of Battery Performance', ref: 163, evidence: 'prototypical 300 Wh kg⁻¹ Li metal pouch cell' },
  pouchCycles: { value: 200, unit: 'cycles', review: X, section: 'Practical Evaluation of Battery Performance', ref: 163, evidence: 'can undergo 200 cycles with 86% capacity retention' },
  pouchRetention: { value: 86, unit: '%', review: X, section: 'Practical Evaluation of Battery Performance', ref: 163, evidence: 'can undergo 200 cycles with 86% capacity retention' },
  /** Coin-cell Li foil; the library computes its capacity (≈ 103 mAh/cm², the review rounds to 100). */
  labFoilThickness: { value: 500, unit: 'µm', review: X, section: 'Large Excess of Li and Low Cathode Loading', evidence: 'a Li foil of 500 μm thick' },
  labFoilCapacityQuoted: { value: 100, unit: 'mAh/cm²', approx: true, review: X, section: 'Large Excess of Li and Low Cathode Loading', evidence: 'equivalent to an areal capacity of 100 mA cm⁻²' },
  labDepth: { value: 3, unit: '%', bound: '<', review: X, section: 'Large Excess of Li and Low Cathode Loading', evidence: 'normally lower than 3% (3 mAh cm⁻²) per cycle' },
  labDepthAreal: { value: 3, unit: 'mAh/cm²', bound: '<', review: X, section: 'Large Excess of Li and Low Cathode Loading', evidence: 'normally lower than 3% (3 mAh cm⁻²) per cycle' },
  licoo2Loading: { value: 20, unit: 'mg/cm²', bound: '>', review: X, section: 'Large Excess of Li and Low Cathode Loading', evidence: '$>20 \\text{ mg cm}^{-2}$ for LiCoO_2' },
  eamLiS: { value: 15, unit: 'µL/mg', bound: '>', review: X, section: 'Large Excess of Electrolyte', evidence: 'studies are above $15 \\mu\\text{L mg}^{-1}$' },
  eamLiIon: { value: 0.3, unit: 'µL/mg', approx: true, review: X, section: 'Large Excess of Electrolyte', evidence: 'approximately $0.3 \\mu\\text{L mg}^{-1}$' },
  /** Li–S only: per mg of sulfur (≈ 1,000 mAh/g); for a 200 mAh/g oxide it would mean ≈ 11 g/Ah (2 µL/mg × 1.1 g/mL ÷ 0.2 mAh/mg). */
  eamRecommended: { value: 2, unit: 'µL/mg', approx: true, review: X, section: 'Large Excess of Electrolyte', evidence: '(e.g., $2 \\mu\\text{L mg}^{-1}$)' },
  /** Short Cycle Life: the CE target, its cycle count and the excess it assumes. */
  ceTarget: { value: 99.8, unit: '%', review: X, section: 'Short Cycle Life', evidence: 'the CE should reach 99.8% to achieve 500 stable cycles' },
  ceTargetCycles: { value: 500, unit: 'cycles', review: X, section: 'Short Cycle Life', evidence: 'the CE should reach 99.8% to achieve 500 stable cycles' },
  ceExcess: { value: 100, unit: '%', review: X, section: 'Short Cycle Life', evidence: 'assuming that 100% of excess Li is used' },
  ceReported: { value: 99.5, unit: '%', bound: '<', review: X, section: 'Short Cycle Life', evidence: '(generally below 99.5%)' },
  /** High Current Density Performance. */
  refuelMinutes: { value: 2, unit: 'min', bound: '<', review: X, section: 'High Current Density Performance', evidence: 'less than 2 min to refuel (equivalent to charging in 30 C)' },
  refuelCRate: { value: 30, unit: 'C', review: X, section: 'High Current Density Performance', evidence: 'less than 2 min to refuel (equivalent to charging in 30 C)' },
  fastChargeMinutes: { value: 30, unit: 'min', bound: '<', review: X, section: 'High Current Density Performance', evidence: 'less than 30 min (2 C)' },
  fastChargeCRate: { value: 2, unit: 'C', review: X, section: 'High Current Density Performance', evidence: 'less than 30 min (2 C)' },
  /** Fast-charge times are quoted to 80 % state of charge. */
  chargeTarget: { value: 80, unit: '%', review: X, section: 'High Current Density Performance', evidence: 'to achieve 80% of charge' },
  teslaPack: { value: 85, unit: 'kWh', review: X, section: 'High Current Density Performance', evidence: 'Tesla Model S 85 kWh' },
  teslaMinutes: { value: 40, unit: 'min', review: X, section: 'High Current Density Performance', evidence: 'needs 40 min at most' },
  geelyMinutes: { value: 30, unit: 'min', review: X, section: 'High Current Density Performance', evidence: 'Geely Emgrand needs only 30 min' },
  superchargerMinutes: { value: 15, unit: 'min', review: X, section: 'High Current Density Performance', evidence: 'shorten the time needed to 15 min' },
  fastChargeCurrentLow: { value: 120, unit: 'A', review: X, section: 'High Current Density Performance', evidence: 'a charging current of 120–240 A' },
  fastChargeCurrentHigh: { value: 240, unit: 'A', review: X, section: 'High Current Density Performance', evidence: 'a charging current of 120–240 A' },

  // Safety Concerns (the thermal-runaway steps are the review's ref. 164)
  runaway1Low: { value: 50, unit: '°C', review: X, section: 'Safety Concerns', ref: 164, evidence: 'between 50°C and 90°C' },
  runaway1High: { value: 90, unit: '°C', review: X, section: 'Safety Concerns', ref: 164, evidence: 'between 50°C and 90°C' },
  runaway2Low: { value: 90, unit: '°C', review: X, section: 'Safety Concerns', ref: 164, evidence: 'between 90°C and 120°C' },
  runaway2High: { value: 120, unit: '°C', review: X, section: 'Safety Concerns', ref: 164, evidence: 'between 90°C and 120°C' },
  runaway3Low: { value: 120, unit: '°C', review: X, section: 'Safety Concerns', ref: 164, evidence: 'between 120°C and 140°C' },
  runaway3High: { value: 140, unit: '°C', review: X, section: 'Safety Concerns', ref: 164, evidence: 'between 120°C and 140°C' },
  separatorCollapse: { value: 170, unit: '°C', approx: true, review: X, section: 'Safety Concerns', ref: 164, evidence: 'when the temperature reaches 170°C' },
  ceramicCollapseLow: { value: 200, unit: '°C', review: X, section: 'Separator Stability', evidence: 'improved to 200°C – 260°C' },
  ceramicCollapseHigh: { value: 260, unit: '°C', review: X, section: 'Separator Stability', evidence: 'improved to 200°C – 260°C' },
  coatingThicknessLow: { value: 2, unit: 'µm', review: X, section: 'Separator Stability', evidence: 'kept between 2 – $6\\ \\mu\\text{m}$' },
  coatingThicknessHigh: { value: 6, unit: 'µm', review: X, section: 'Separator Stability', evidence: 'kept between 2 – $6\\ \\mu\\text{m}$' },
  coatingPorosityLow: { value: 40, unit: '%', review: X, section: 'Separator Stability', evidence: 'controlled between 40% – 50%' },
  coatingPorosityHigh: { value: 50, unit: '%', review: X, section: 'Separator Stability', evidence: 'controlled between 40% – 50%' },
  polyimideStable: { value: 350, unit: '°C', review: X, section: 'Separator Stability', evidence: 'remain stable even under 350°C' },
  polyimideDecomposition: { value: 600, unit: '°C', bound: '>', review: X, section: 'Separator Stability', evidence: 'decomposition temperature above 600°C' },

  // Cost Control
  costLib2010Low: { value: 600, unit: '$/kWh', review: X, section: 'Cost Control', evidence: 'reduced from 600 – $900\\ \\$\\ \\text{kWh}^{-1}$ (2010)' },
  costLib2010High: { value: 900, unit: '$/kWh', review: X, section: 'Cost Control', evidence: 'reduced from 600 – $900\\ \\$\\ \\text{kWh}^{-1}$ (2010)' },
  costLibNow: { value: 200, unit: '$/kWh', bound: '<', review: X, section: 'Cost Control', evidence: 'to below $200\\ \\$\\ \\text{kWh}^{-1}$' },
  cost21700: { value: 111, unit: '$/kWh', review: X, section: 'Cost Control', evidence: 'reduced to $111\\ \\$\\ \\text{kWh}^{-1}$' },
  costParity: { value: 150, unit: '$/kWh', review: X, section: 'Cost Control', evidence: 'critical point ($150\\ \\$\\ \\text{kWh}^{-1}$)' },
  costLiMetal: { value: 36, unit: '$/kAh', approx: true, review: X, section: 'Cost Control', evidence: '($\\sim 36\\ \\$\\ \\text{kAh}^{-1}$)' },
  /** Printed per kWh while lithium is per kAh; the chapter says so. */
  costGraphite: { value: 70, unit: '$/kWh', approx: true, review: X, section: 'Cost Control', evidence: '~ 70 \\$ kWh⁻¹ for graphite' },
  costGarnet: { value: 2000, unit: '$/kg', approx: true, review: X, section: 'Cost Control', evidence: 'cost as high as $\\sim 2,000$ \\$/kg' },

  // Processing Feasibility (packing efficiencies are library data: PACKING_EFFICIENCY)
  pouchLighterLow: { value: 10, unit: '%', review: X, section: 'Processing Feasibility', evidence: 'are 10% to 20% lighter' },
  pouchLighterHigh: { value: 20, unit: '%', review: X, section: 'Processing Feasibility', evidence: 'are 10% to 20% lighter' },
  packTarget: { value: 300, unit: 'Wh/kg', review: X, section: 'Processing Feasibility', evidence: 'battery pack with energy density of 300 Wh kg⁻¹' },
  lmbReportedLow: { value: 400, unit: 'Wh/kg', review: X, section: 'Processing Feasibility', evidence: 'high energy densities (400–500 Wh kg⁻¹)' },
  lmbReportedHigh: { value: 500, unit: 'Wh/kg', review: X, section: 'Processing Feasibility', evidence: 'high energy densities (400–500 Wh kg⁻¹)' },

  // Conclusion and Outlook
  outlookCurrent: { value: 5, unit: 'mA/cm²', review: X, section: 'General Protection Strategies for Alkali-Metal Anodes', evidence: 'high current densities (5 mA cm⁻²)' },
  /** Current densities most liquid-electrolyte protection studies use (Conclusion and Outlook). */
  liquidTestCurrent: { value: 5, unit: 'mA/cm²', bound: '<', review: X, section: 'Conclusion and Outlook', evidence: '($<5 \\text{ mA cm}^{-2}$)' },
  iseCurrent: { value: 1, unit: 'mA/cm²', review: X, section: 'Metal Anodes in SSBs', evidence: 'very low operating current density (1 mA cm^{-2})' },
});
