import { describe, expect, it } from 'vitest';
import { PACKING_EFFICIENCY, PRACTICAL_CELL, energyWaterfall, practicalCellSpecificEnergy } from '../../../src/lib/physics/index';

describe('energyWaterfall', () => {
  const stages = energyWaterfall(PRACTICAL_CELL, PACKING_EFFICIENCY.pouch.min);
  const cell = practicalCellSpecificEnergy(PRACTICAL_CELL);

  it('falls at every stage, from active materials to pack', () => {
    for (let i = 1; i < stages.length; i += 1) expect(stages[i].specificEnergy_Wh_per_kg).toBeLessThan(stages[i - 1].specificEnergy_Wh_per_kg);
  });

  it('matches the cell model at the stack and cell stages, and divides by η at the pack', () => {
    expect(stages.find((s) => s.id === 'stack')!.specificEnergy_Wh_per_kg).toBeCloseTo(cell.stackSpecificEnergy_Wh_per_kg, 9);
    expect(stages.find((s) => s.id === 'cell')!.specificEnergy_Wh_per_kg).toBeCloseTo(cell.cellSpecificEnergy_Wh_per_kg, 9);
    expect(stages.at(-1)!.specificEnergy_Wh_per_kg).toBeCloseTo(cell.cellSpecificEnergy_Wh_per_kg * PACKING_EFFICIENCY.pouch.min, 9);
  });

  it('active materials: 15.2 mWh over 20 mg NMC + 1.036 mg Li ≈ 722 Wh/kg', () => {
    expect(stages[0].specificEnergy_Wh_per_kg).toBeCloseTo(15.2 / 21.036 * 1000, 0);
  });

  it('LiCoO₂ at its practical capacity cycles about half its lithium (theoretical ≈ 274 mAh/g)', async () => {
    const { LICOO2_PRACTICAL_CAPACITY_mAh_per_g, FARADAY, MOLAR_MASS_O } = await import('../../../src/lib/physics/index');
    const theoretical = FARADAY / 3.6 / (6.94 + 58.933 + 2 * MOLAR_MASS_O);
    expect(theoretical).toBeCloseTo(274, 0);
    expect(LICOO2_PRACTICAL_CAPACITY_mAh_per_g / theoretical).toBeGreaterThan(0.45);
    expect(LICOO2_PRACTICAL_CAPACITY_mAh_per_g / theoretical).toBeLessThan(0.55);
  });

  it('rejects a packing efficiency outside (0, 1] with a message', () => {
    expect(() => energyWaterfall(PRACTICAL_CELL, 0)).toThrow(/Packing efficiency/);
    expect(() => energyWaterfall(PRACTICAL_CELL, Number.NaN)).toThrow();
  });
});

describe('ILLUSTRATIVE_LI_S_CELL', () => {
  it('10.5 mWh/cm² over ≈ 26.6 mg/cm² of stack: a cell of a few hundred Wh/kg, far below 2,600', async () => {
    const { ILLUSTRATIVE_LI_S_CELL } = await import('../../../src/lib/physics/index');
    const r = practicalCellSpecificEnergy(ILLUSTRATIVE_LI_S_CELL);
    expect(r.arealEnergy_mWh_per_cm2).toBeCloseTo(10.5, 10);
    // 5/0.7 + 10/3.861 + 11 + 1.62 + 3.58 + 0.68 = 26.61 mg: 394.6 Wh/kg stack; × 0.92 = 363 Wh/kg cell
    expect(r.stackSpecificEnergy_Wh_per_kg).toBeCloseTo(10.5 / 26.61 * 1000, 0);
    expect(r.cellSpecificEnergy_Wh_per_kg).toBeGreaterThan(250);
    expect(r.cellSpecificEnergy_Wh_per_kg).toBeLessThan(400);
  });
});
