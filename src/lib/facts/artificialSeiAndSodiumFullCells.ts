/**
 * Numbers chapter 15 (`artificial-sei-and-sodium-full-cells`) states because Lee et al. 2020
 * state them (§3.3, §4, §6). Numbers the physics library computes are not stored here: sulfur
 * capacities (sulfurSpecificCapacity), the Na–O₂ specific energy (theoreticalSpecificEnergy), the
 * Monroe–Newman factor and ratio (mechanics.ts) and decay per cycle (capacityDecay.ts).
 */
import { defineFacts } from './types';

const LEE = { review: 'lee2020' as const };
const S33 = '3.3. Artificial metal/electrolyte interphase film';
const S41 = '4.1. Na–S batteries';
const S42 = '4.2. Na–O₂ (CO₂) batteries';
const S6 = '6. Perspectives';

export const artificialSeiAndSodiumFullCellsFacts = defineFacts({
  // §3.3 deposition routes
  naMeltingPoint: { value: 98, unit: '°C', ...LEE, section: S33, evidence: 'relatively low (98' },
  aldThickness: { value: 3.5, unit: 'nm', ...LEE, section: S33, ref: 117, evidence: 'Al₂O₃ layer (3.5 nm)' },
  aldCurrent: { value: 3, unit: 'mA/cm²', ...LEE, section: S33, ref: 117, evidence: '(3 mA cm⁻², 1 mA h cm⁻²)' },
  aldCapacity: { value: 1, unit: 'mAh/cm²', ...LEE, section: S33, ref: 117, evidence: '(3 mA cm⁻², 1 mA h cm⁻²)' },
  aldHours: { value: 500, unit: 'h', bound: '>', ...LEE, section: S33, ref: 117, evidence: 'for over 500 h' },
  // NaBr by the Wurtz reaction
  nabrCycles: { value: 250, unit: 'cycles', ...LEE, section: S33, ref: 120, evidence: 'up to 250 cycles at 0.5 mA cm⁻²' },
  nabrCurrent: { value: 0.5, unit: 'mA/cm²', ...LEE, section: S33, ref: 120, evidence: 'up to 250 cycles at 0.5 mA cm⁻²' },
  nabrCapacity: { value: 0.25, unit: 'mAh/cm²', ...LEE, section: S33, ref: 120, evidence: 'at 0.5 mA cm⁻² and 0.25 mA h cm⁻²' },
  nabrBareCycles: { value: 50, unit: 'cycles', ...LEE, section: S33, ref: 120, evidence: 'within 50 cycles' },
  nabrLayerLow: { value: 2, unit: 'µm', ...LEE, section: S33, ref: 120, evidence: 'ranging from 2 to 12 μm' },
  nabrLayerHigh: { value: 12, unit: 'µm', ...LEE, section: S33, ref: 120, evidence: 'ranging from 2 to 12 μm' },
  // alloy interphases
  alloyChlorideConcentration: { value: 0.167, unit: 'M', ...LEE, section: S33, ref: 126, evidence: '0.167 M metal chloride' },
  alloyLiThickness: { value: 10, unit: 'µm', bound: '<', ...LEE, section: S33, ref: 126, evidence: 'less than 10 μm' },
  snNaHours: { value: 1700, unit: 'h', ...LEE, section: S33, ref: 127, evidence: 'operated for 1700 h' },
  snNaCurrent: { value: 0.25, unit: 'mA/cm²', ...LEE, section: S33, ref: 127, evidence: '1700 h at a current density of 0.25 mA cm⁻²' },
  // The review's sentence is garbled ("extremely high overpotential but only after 300 h"); read as bare sodium failing at 300 h.
  snNaBareHours: { value: 300, unit: 'h', ...LEE, section: S33, ref: 127, evidence: 'but only after 300 h under the same' },
  // The dose comparison of the same study was made on the Li–Sn layer (lithium), not on Sn–Na.
  snTfsiLowDose: { value: 10, unit: 'mM', ...LEE, section: S33, ref: 127, evidence: 'additive concentration of 10 mM' },
  snTfsiHighDose: { value: 100, unit: 'mM', ...LEE, section: S33, ref: 127, evidence: 'formed by 100 mM of the additive' },
  snTfsiLowDoseThickness: { value: 500, unit: 'nm', ...LEE, section: S33, ref: 127, evidence: 'The 500 nm Li–Sn layer' },
  snTfsiHighDoseThickness: { value: 2, unit: 'µm', ...LEE, section: S33, ref: 127, evidence: 'a 2 μm Li–Sn layer' },
  // PhS₂Na₂
  phsHours: { value: 800, unit: 'h', bound: '>', ...LEE, section: S33, ref: 121, evidence: 'for over 800 h' },
  phsCurrent: { value: 1, unit: 'mA/cm²', ...LEE, section: S33, ref: 121, evidence: '(1 mA cm^{−2}, 1 mA h cm^{−2})' },
  phsCapacity: { value: 1, unit: 'mAh/cm²', ...LEE, section: S33, ref: 121, evidence: '(1 mA cm^{−2}, 1 mA h cm^{−2})' },
  phsBareOverpotential: { value: 300, unit: 'mV', approx: true, ...LEE, section: S33, ref: 121, evidence: 'approximately 300 mV' },
  phsHighCapacity: { value: 3, unit: 'mAh/cm²', ...LEE, section: S33, ref: 121, evidence: 'high capacity (3 mA h cm' },
  phsHighCapacityHours: { value: 360, unit: 'h', ...LEE, section: S33, ref: 121, evidence: 'up to 360 h and 280 h' },
  phsHighCurrent: { value: 5, unit: 'mA/cm²', ...LEE, section: S33, ref: 121, evidence: 'current density (5 mA cm' },
  phsHighCurrentHours: { value: 280, unit: 'h', ...LEE, section: S33, ref: 121, evidence: 'up to 360 h and 280 h' },
  // solid electrolyte
  hNasiconTemperature: { value: 380, unit: '°C', ...LEE, section: S33, ref: 124, evidence: '(380 °C)' },
  hNasiconHours: { value: 550, unit: 'h', ...LEE, section: S33, ref: 124, evidence: '550 h at 0.15 mA' },
  hNasiconCurrent: { value: 0.15, unit: 'mA/cm²', ...LEE, section: S33, ref: 124, evidence: '550 h at 0.15 mA' },
  hNasiconCapacity: { value: 0.15, unit: 'mAh/cm²', ...LEE, section: S33, ref: 124, evidence: '0.15 mA cm^{−2}, 0.15 mA h cm^{−2}' },
  hNasiconLaterCurrent: { value: 0.25, unit: 'mA/cm²', ...LEE, section: S33, ref: 124, evidence: 'which later increased to 0.25 mA cm^{−2}' },
  hNasiconLaterCapacity: { value: 0.25, unit: 'mAh/cm²', ...LEE, section: S33, ref: 124, evidence: '0.25 mA cm^{−2}, 0.25 mA h cm^{−2}' },
  nasiconHours: { value: 1, unit: 'h', ...LEE, section: S33, ref: 124, evidence: 'lasting only 1 h' },
  // composites, graphene, polymer–ceramic
  nafHours: { value: 3500, unit: 'h', bound: '>', ...LEE, section: S33, ref: 129, evidence: 'more than 3500 h' },
  nafCurrent: { value: 0.5, unit: 'mA/cm²', ...LEE, section: S33, ref: 129, evidence: '3500 h at 0.5 mA cm^{-2} , 1 mA h cm^{-2}' },
  nafCapacity: { value: 1, unit: 'mAh/cm²', ...LEE, section: S33, ref: 129, evidence: '3500 h at 0.5 mA cm^{-2} , 1 mA h cm^{-2}' },
  fes2Capacity: { value: 315.6, unit: 'mAh/g', ...LEE, section: S33, ref: 129, evidence: '315.6 \\text{ mA h g}' },
  fes2Cycles: { value: 100, unit: 'cycles', ...LEE, section: S33, ref: 129, evidence: 'for 100 cycles' },
  grapheneLayers: { value: 15, unit: 'layers', approx: true, ...LEE, section: S33, ref: 130, evidence: 'about 15 layers of graphene' },
  grapheneCycles: { value: 300, unit: 'cycles', bound: '>', ...LEE, section: S33, ref: 130, evidence: 'more than 300 cycles' },
  grapheneCurrent: { value: 2, unit: 'mA/cm²', ...LEE, section: S33, ref: 130, evidence: 'at 2 mA cm^{-2} and 3 mA h cm^{-2}' },
  grapheneCapacity: { value: 3, unit: 'mAh/cm²', ...LEE, section: S33, ref: 130, evidence: 'at 2 mA cm^{-2} and 3 mA h cm^{-2}' },
  cplShearModulus: { value: 6, unit: 'GPa', bound: '>', ...LEE, section: S33, ref: 132, evidence: 'over 6.0 GPa' },
  cplRetention: { value: 91.6, unit: '%', ...LEE, section: S33, ref: 132, evidence: '91.6% at 60 cycles' },
  cplBareRetention: { value: 76.7, unit: '%', ...LEE, section: S33, ref: 132, evidence: '76.7% for the same' },
  cplCycles: { value: 60, unit: 'cycles', ...LEE, section: S33, ref: 132, evidence: '91.6% at 60 cycles' },
  // §4.1 Na–S
  baseConductivity: { value: 0.1, unit: 'S/cm', ...LEE, section: S41, ref: 140, evidence: 'conductivity of 0.1 S cm' },
  htNaSLow: { value: 300, unit: '°C', ...LEE, section: S41, evidence: '(300–350 °C)' },
  htNaSHigh: { value: 350, unit: '°C', ...LEE, section: S41, evidence: '(300–350 °C)' },
  htNaSCapacity: { value: 557, unit: 'mAh/g', ...LEE, section: S41, evidence: '(557 mA h g' },
  rtNaSCapacity: { value: 1675, unit: 'mAh/g', ...LEE, section: S41, evidence: '(1675 mA h g' },
  silicaIlCapacity: { value: 600, unit: 'mAh/g', ...LEE, section: S41, ref: 147, evidence: '600 mA h g^{-1} of discharge' },
  silicaIlCycles: { value: 100, unit: 'cycles', ...LEE, section: S41, ref: 147, evidence: 'obtained at 100 cycles' },
  silicaIlDecay: { value: 0.31, unit: '%/cycle', ...LEE, section: S41, ref: 147, evidence: '0.31% per cycle' },
  silicaIlRate: { value: 0.1, unit: 'C', ...LEE, section: S41, ref: 147, evidence: 'per cycle at 0.1C rate' },
  // The figure captions of the review give other rates than its text for refs. 147 and 150 (Fig. 14A, 14B).
  silicaIlFigRate: { value: 0.5, unit: 'C', ...LEE, section: S41, ref: 147, evidence: 'in the electrolytes at a current density of 0.5C' },
  tmpRate: { value: 1, unit: 'C', ...LEE, section: S41, ref: 150, evidence: 'per cycle at 1C rate' },
  tmpFigRate: { value: 0.2, unit: 'C', ...LEE, section: S41, ref: 150, evidence: 'cyclic performance at 0.2C' },
  maiRate: { value: 0.5, unit: 'C', ...LEE, section: S41, ref: 151, evidence: 'before 100 cycles at 0.5C' },
  bpiRate: { value: 0.5, unit: 'C', ...LEE, section: S41, ref: 152, evidence: '0.5C rate for 500 cycles' },
  tmpFecFraction: { value: 30, unit: 'vol%', ...LEE, section: S41, ref: 150, evidence: '30 vol% of FEC' },
  tmpSalt: { value: 2, unit: 'M', ...LEE, section: S41, ref: 150, evidence: '(2 M NaTFSI)' },
  tmpCapacity: { value: 788, unit: 'mAh/g', ...LEE, section: S41, ref: 150, evidence: '788 mA h g^{-1} after 300 cycles' },
  tmpCycles: { value: 300, unit: 'cycles', ...LEE, section: S41, ref: 150, evidence: '788 mA h g^{-1} after 300 cycles' },
  tmpDecay: { value: 0.04, unit: '%/cycle', bound: '<', ...LEE, section: S41, ref: 150, evidence: 'below 0.04% per cycle' },
  maiThicknessLow: { value: 12, unit: 'nm', ...LEE, section: S41, ref: 151, evidence: '(12–15 nm)' },
  maiThicknessHigh: { value: 15, unit: 'nm', ...LEE, section: S41, ref: 151, evidence: '(12–15 nm)' },
  maiBareShort: { value: 100, unit: 'cycles', ...LEE, section: S41, ref: 151, evidence: 'before 100 cycles' },
  maiInitialCapacity: { value: 1110, unit: 'mAh/g', ...LEE, section: S41, ref: 151, evidence: '1110 mA h g' },
  maiRetention: { value: 47, unit: '%', ...LEE, section: S41, ref: 151, evidence: '47% of the capacity even after 500 cycles' },
  maiCycles: { value: 500, unit: 'cycles', ...LEE, section: S41, ref: 151, evidence: '47% of the capacity even after 500 cycles' },
  maiDecay: { value: 0.106, unit: '%/cycle', ...LEE, section: S41, ref: 151, evidence: '0.106% per cycle' },
  bpiThickness: { value: 3, unit: 'µm', ...LEE, section: S41, ref: 152, evidence: 'thickness of 3 μm' },
  bpiNaohModulus: { value: 31.0, unit: 'GPa', ...LEE, section: S41, ref: 152, evidence: '31.0 GPa and 16.4 GPa' },
  bpiNanh2Modulus: { value: 16.4, unit: 'GPa', ...LEE, section: S41, ref: 152, evidence: '31.0 GPa and 16.4 GPa' },
  bpiNanh2CriticalStrain: { value: 56, unit: '%', approx: true, ...LEE, section: S41, ref: 152, evidence: 'critical strain (~56%)' },
  bpiNaohCriticalStrain: { value: 16, unit: '%', approx: true, ...LEE, section: S41, ref: 152, evidence: 'that of NaOH (~16%)' },
  bpiCurrent: { value: 50, unit: 'mA/cm²', ...LEE, section: S41, ref: 152, evidence: 'even at 50 mA cm⁻²' },
  bpiDecay: { value: 0.09, unit: '%/cycle', ...LEE, section: S41, ref: 152, evidence: '0.09% per cycle' },
  bpiCycles: { value: 500, unit: 'cycles', ...LEE, section: S41, ref: 152, evidence: '0.5C rate for 500 cycles' },
  // §4.2 Na–O₂ and Na–CO₂
  naO2Energy: { value: 1108, unit: 'Wh/kg', ...LEE, section: S42, evidence: '(1108 W h kg⁻¹)' },
  carbonateO2Salt: { value: 1.0, unit: 'M', ...LEE, section: S42, ref: 153, evidence: '1.0 M NaPF₆ in EC/DMC' },
  lutzConcentration: { value: 0.5, unit: 'M', ...LEE, section: S42, ref: 158, evidence: 'Only 0.5 M NaPF₆ in DME' },
  dmsoConcentration: { value: 3.2, unit: 'M', ...LEE, section: S42, ref: 109, evidence: '3.2 M NaTFSI/DMSO' },
  dmsoCycles: { value: 150, unit: 'cycles', bound: '>', ...LEE, section: S42, ref: 109, evidence: 'over 150 cycles' },
  dmsoCurrentLow: { value: 0.05, unit: 'mA/cm²', ...LEE, section: S42, ref: 109, evidence: 'current densities of 0.05 mA cm⁻² and 0.15 mA cm⁻²' },
  dmsoCurrentHigh: { value: 0.15, unit: 'mA/cm²', ...LEE, section: S42, ref: 109, evidence: 'current densities of 0.05 mA cm⁻² and 0.15 mA cm⁻²' },
  fcntCycles: { value: 112, unit: 'cycles', ...LEE, section: S42, ref: 161, evidence: 'up to 112 cycles' },
  fcntBareCycles: { value: 62, unit: 'cycles', ...LEE, section: S42, ref: 161, evidence: 'until only 62 cycles' },
  // Na–O₂/CO₂ currents and capacity limits are per gram of cathode, not per area.
  fcntCurrent: { value: 400, unit: 'mA/g', ...LEE, section: S42, ref: 161, evidence: '112 cycles at a current density of 400 mA g⁻¹' },
  fcntCapacityLimit: { value: 1000, unit: 'mAh/g', ...LEE, section: S42, ref: 161, evidence: '400 mA g⁻¹ with a limited capacity of 1000 mA h g⁻¹' },
  fecNaCycles: { value: 30, unit: 'cycles', ...LEE, section: S42, ref: 162, evidence: 'for 30 cycles' },
  fecBareCycles: { value: 10, unit: 'cycles', ...LEE, section: S42, ref: 162, evidence: 'even after 10 cycles' },
  fecPretreatFraction: { value: 2, unit: '%', ...LEE, section: S42, ref: 162, evidence: '2% FEC' },
  fecCurrent: { value: 500, unit: 'mA/g', ...LEE, section: S42, ref: 162, evidence: 'limited capacity of 1000 mA h g⁻¹ at a current density of 500 mA g⁻¹' },
  fecCapacityLimit: { value: 1000, unit: 'mAh/g', ...LEE, section: S42, ref: 162, evidence: 'limited capacity of 1000 mA h g⁻¹ at a current density of 500 mA g⁻¹' },
  fecCyclingSalt: { value: 1, unit: 'M', ...LEE, section: S42, ref: 162, evidence: 'and a new electrolyte, 1 M NaOTf in TEGDME' },
  // Salt of the FEC pre-cycling electrolyte (base of the 2 % FEC); chapter 11 uses it for Ge's ref. 160, the same paper.
  fecPretreatSalt: { value: 1, unit: 'M', ...LEE, section: S42, ref: 162, evidence: 'using 1 M NaOTf in TEGDME with a 2% FEC' },
  cpeConductivity: { value: 1.0, unit: 'mS/cm', ...LEE, section: S42, ref: 166, evidence: 'to 1.0 mS cm' },
  cpeStrengthLow: { value: 0.5, unit: 'GPa', ...LEE, section: S42, ref: 166, evidence: '0.5–0.6 GPa' },
  cpeStrengthHigh: { value: 0.6, unit: 'GPa', ...LEE, section: S42, ref: 166, evidence: '0.5–0.6 GPa' },
  rgoCycles: { value: 400, unit: 'cycles', ...LEE, section: S42, ref: 166, evidence: 'for 400 cycles' },
  rgoCurrent: { value: 500, unit: 'mA/g', ...LEE, section: S42, ref: 166, evidence: '400 cycles with a high current rate (500 mA g^{-1})' },
  rgoCapacityLimit: { value: 1000, unit: 'mAh/g', ...LEE, section: S42, ref: 166, evidence: '(500 mA g^{-1}) and a limited capacity of 1000 mA h g^{-1}' },
  // The rGO–Na plating/stripping test, separate from the full cell, is per area (no capacity or duration given).
  rgoPlatingCurrentLow: { value: 5.7, unit: 'mA/cm²', ...LEE, section: S42, ref: 166, evidence: 'plating/stripping (5.7 to 16.5 mA cm' },
  rgoPlatingCurrentHigh: { value: 16.5, unit: 'mA/cm²', ...LEE, section: S42, ref: 166, evidence: 'plating/stripping (5.7 to 16.5 mA cm' },
  speConductivity: { value: 0.64, unit: 'mS/cm', ...LEE, section: S42, ref: 167, evidence: '(0.64 mS cm^{-1}) at 70' },
  speTemperature: { value: 70, unit: '°C', ...LEE, section: S42, ref: 167, evidence: '(0.64 mS cm^{-1}) at 70' },
  speCycles: { value: 240, unit: 'cycles', bound: '>', ...LEE, section: S42, ref: 167, evidence: 'more than 240 cycles' },
  speCurrent: { value: 50, unit: 'mA/g', ...LEE, section: S42, ref: 167, evidence: 'at a current density of 50 mA g^{-1}' },
  speCapacityLimit: { value: 500, unit: 'mAh/g', ...LEE, section: S42, ref: 167, evidence: '50 mA g^{-1} and a limited capacity of 500 mA h g^{-1}' },
  // §6 perspectives
  carbonateCurrentLimit: { value: 1, unit: 'mA/cm²', bound: '>', ...LEE, section: S6, evidence: 'current densities ($> 1 \\text{ mA cm}^{-2}$)' },
  carbonateVoltage: { value: 4.2, unit: 'V', bound: '>', ...LEE, section: S6, evidence: 'voltage operation ($> 4.2 \\text{ V}$)' },
  realisticEnergy: { value: 250, unit: 'Wh/kg', bound: '>', ...LEE, section: S6, evidence: 'over 250 W h kg' },
  realisticCurrent: { value: 5, unit: 'mA/cm²', bound: '>', ...LEE, section: S6, evidence: '(over 5 mA cm^{-2})' },
  realisticCapacity: { value: 5, unit: 'mAh/cm²', bound: '>', ...LEE, section: S6, evidence: '(over 5 mA h cm^{-2})' },
  shortTermHours: { value: 1000, unit: 'h', bound: '<', ...LEE, section: S6, evidence: '(below 1000 h)' },
});
