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

  it('rejects a packing efficiency outside (0, 1] with a message', () => {
    expect(() => energyWaterfall(PRACTICAL_CELL, 0)).toThrow(/Packing efficiency/);
    expect(() => energyWaterfall(PRACTICAL_CELL, Number.NaN)).toThrow();
  });
});
