import { describe, expect, it } from 'vitest';
import {
  electrolytePerCapacity,
  fastCharge,
  PACKING_EFFICIENCY,
  packSpecificEnergy,
  packSpecificEnergyRange,
  PRACTICAL_CELL,
  practicalCellSpecificEnergy,
  requiredCellSpecificEnergy,
  TYPICAL_COIN_CELL,
} from '../../../src/lib/physics/index';

describe('pack specific energy (Xiang 2019, Processing)', () => {
  it('exports the packing efficiencies pouch 60–65 %, cylindrical 65–70 %, prismatic 75–80 %', () => {
    expect(PACKING_EFFICIENCY).toEqual({
      pouch: { min: 0.6, max: 0.65 },
      cylindrical: { min: 0.65, max: 0.7 },
      prismatic: { min: 0.75, max: 0.8 },
    });
  });

  it('turns a 500 Wh/kg pouch cell into a 300 Wh/kg pack at 60 % (Xiang 2019)', () => {
    expect(packSpecificEnergy({ cellSpecificEnergy_Wh_per_kg: 500, packingEfficiency: 0.6 })).toBeCloseTo(300, 10);
    expect(requiredCellSpecificEnergy({ packSpecificEnergy_Wh_per_kg: 300, packingEfficiency: 0.6 })).toBeCloseTo(500, 10);
    const range = packSpecificEnergyRange({ cellSpecificEnergy_Wh_per_kg: 500, format: 'pouch' });
    expect(range.low).toBeCloseTo(300, 10);
    expect(range.high).toBeCloseTo(325, 10);
  });
});

describe('fastCharge (Xiang 2019, High Current Density Performance)', () => {
  const tesla = { packEnergy_kWh: 85, socStart: 0, socEnd: 0.8, minutes: 30, packVoltage_V: 350, arealCapacity_mAh_per_cm2: 3 };

  it('85 kWh to 80 % in 30 min: 136 kW average, 1.6 C, 389 A at 350 V (physics-reference)', () => {
    const r = fastCharge(tesla);
    expect(r.energy_kWh).toBeCloseTo(68, 10);
    expect(r.power_kW).toBeCloseTo(136, 10);
    expect(r.cRate_per_h).toBeCloseTo(1.6, 10);
    expect(r.current_A).toBeCloseTo(389, 0);
  });

  it('draws 340 A at 400 V and 170 A at 800 V', () => {
    expect(fastCharge({ ...tesla, packVoltage_V: 400 }).current_A).toBeCloseTo(340, 10);
    expect(fastCharge({ ...tesla, packVoltage_V: 800 }).current_A).toBeCloseTo(170, 10);
  });

  it('asks 4.8–9.6 mA/cm² of the anode for 3–6 mAh/cm² electrodes (physics-reference)', () => {
    expect(fastCharge(tesla).anodeCurrentDensity_mA_per_cm2).toBeCloseTo(4.8, 10);
    expect(fastCharge({ ...tesla, arealCapacity_mAh_per_cm2: 6 }).anodeCurrentDensity_mA_per_cm2).toBeCloseTo(9.6, 10);
  });

  it('a full charge in 2 min is 30 C; in 30 min, 2 C (Xiang 2019)', () => {
    expect(fastCharge({ ...tesla, socEnd: 1, minutes: 2 }).cRate_per_h).toBeCloseTo(30, 10);
    expect(fastCharge({ ...tesla, socEnd: 1, minutes: 30 }).cRate_per_h).toBeCloseTo(2, 10);
  });
});

describe('practicalCellSpecificEnergy', () => {
  it('a typical coin cell (0.8 mAh/cm², 500 µm Li, ~100 g/Ah electrolyte) stores only ≈ 26 Wh/kg', () => {
    const r = practicalCellSpecificEnergy(TYPICAL_COIN_CELL);
    expect(r.arealCapacity_mAh_per_cm2).toBeCloseTo(0.8, 10);
    expect(r.metalThickness_um).toBeCloseTo(500, 6);
    // 3.04 mWh / (4.444 + 26.70 + 80 + 5.4 + 1.4) mg
    expect(r.totalMass_mg_per_cm2).toBeCloseTo(117.94, 1);
    expect(r.cellSpecificEnergy_Wh_per_kg).toBeCloseTo(25.8, 1);
  });

  it('a practical pouch design (4 mAh/cm², N/P 1, 3 g/Ah, 8 % packaging) reaches ≈ 352 Wh/kg, above Xiang 2019’s 300 Wh/kg pouch', () => {
    const r = practicalCellSpecificEnergy(PRACTICAL_CELL);
    expect(r.arealEnergy_mWh_per_cm2).toBeCloseTo(15.2, 10);
    expect(r.masses_mg_per_cm2.metal).toBeCloseTo(1.036, 3);
    expect(r.metalThickness_um).toBeCloseTo(19.4, 1);
    // 15.2 mWh / 39.749 mg = 382.4 Wh/kg; × 0.92 = 351.8 Wh/kg
    expect(r.stackSpecificEnergy_Wh_per_kg).toBeCloseTo(382.4, 1);
    expect(r.cellSpecificEnergy_Wh_per_kg).toBeCloseTo(351.8, 1);
    expect(r.cellSpecificEnergy_Wh_per_kg).toBeGreaterThan(300);
  });

  it('anode-free (N/P 0) carries no metal mass', () => {
    const r = practicalCellSpecificEnergy({ ...PRACTICAL_CELL, npRatio: 0 });
    expect(r.masses_mg_per_cm2.metal).toBe(0);
    expect(r.metalThickness_um).toBe(0);
  });

  it('E/AM 2 µL/mg with a 1.1 g/mL electrolyte on 1000 mAh/g sulfur is 2.2 g/Ah; 15 µL/mg is 16.5', () => {
    const base = { electrolyteDensity_g_per_mL: 1.1, activeSpecificCapacity_mAh_per_g: 1000 };
    expect(electrolytePerCapacity({ ...base, electrolyteToActive_uL_per_mg: 2 })).toBeCloseTo(2.2, 10);
    expect(electrolytePerCapacity({ ...base, electrolyteToActive_uL_per_mg: 15 })).toBeCloseTo(16.5, 10);
  });
});
