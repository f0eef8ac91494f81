/** The calculators' models reproduce the numbers of shared/physics-reference.md through the library. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/calculators/calculatorModel';
import { cellBuilderModel } from '../../../src/lib/calculators/cellBuilder';
import { cycleLifeModel } from '../../../src/lib/calculators/cycleLife';
import { decayReadingModel } from '../../../src/lib/calculators/decayReading';
import { fastChargeModel } from '../../../src/lib/calculators/fastChargeDemand';
import { defaultValues } from '../../../src/lib/calculators/fields';
import { formatDuration } from '../../../src/lib/calculators/formatDuration';
import { sandsTimeModel } from '../../../src/lib/calculators/sandsTimeExplorer';
import { formatThreshold, shesModel } from '../../../src/lib/calculators/shesTable';
import { CALCULATOR_MODELS } from '../../../components/calculators/calculatorModels';

const run = <V extends Record<keyof V, number | string>, R>(model: Parameters<typeof evaluate<V, R>>[0], values: Partial<V> = {}) => {
  const e = evaluate(model, { ...defaultValues(model.fields), ...values } as V);
  if (!e.ok) throw new Error(e.message);
  return e;
};

describe('calculator models', () => {
  it.each(Object.values(CALCULATOR_MODELS))('$id evaluates at the library defaults without NaN', (model) => {
    const e = run(model);
    expect(JSON.stringify(e.presentation)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('cycle life: review model 73.5 % at 99.8 %, 500 cycles, 100 % excess; inventory model 100 %, 80 % first missed at 612', () => {
    const e = run(cycleLifeModel);
    expect(e.result.review).toBeCloseTo(0.735, 3);
    expect(e.result.inventory).toBeCloseTo(1, 9);
    expect(e.result.inventoryEndOfLife).toBe(612);
    expect(Math.floor(e.result.reviewFullCycles)).toBe(346);
  });

  it('cycle life: the describer says both models and both end-of-life cycles in one sentence', () => {
    expect(run(cycleLifeModel).presentation.summary).toBe(
      'With 99.8 % Coulombic efficiency and 100 % excess metal, after 500 cycles the review model keeps 73.5 % and the inventory model 100.0 % of the capacity; they fall below 80 % at cycle 458 and 612.',
    );
  });

  it('cycle life: CE 100 % reads "never", not Infinity', () => {
    const e = run(cycleLifeModel, { coulombicEfficiency: 1 });
    expect(e.presentation.rows.find((r) => r.key === 'inventory-eol')!.value).toBe('never');
  });

  it('decay: 0.106 %/cycle × 500 ↔ 47 % linear, 58.8 % compound', () => {
    const e = run(decayReadingModel);
    expect(e.result.linear).toBeCloseTo(0.47, 3);
    expect(e.result.compound).toBeCloseTo(0.588, 3);
  });

  it('decay: once the linear reading is at 0 % it says where, never a "100 %/cycle" compound equivalent', () => {
    const long = run(decayReadingModel, { cycles: 1000 }); // 0.106 %/cycle: linear gone after ≈ 943 cycles
    expect(long.result.linear).toBe(0);
    expect(long.result.compound).toBeCloseTo(0.346, 3);
    expect(long.result.equivalentCompoundRate).toBeNull();
    expect(long.result.linearZeroCycle).toBe(944);
    expect(long.presentation.rows.map((r) => r.value)).not.toContain('100 %/cycle');
    expect(long.presentation.rows.find((r) => r.key === 'equivalent')).toBeUndefined();
    expect(long.presentation.rows.find((r) => r.key === 'linear-zero')!.value).toBe('944');
    // Raising the rate at the default 500 cycles: 0.3 and 1 %/cycle no longer read the same.
    const a = run(decayReadingModel, { decayPerCycle: 0.003 }).presentation;
    const b = run(decayReadingModel, { decayPerCycle: 0.01 }).presentation;
    expect(a.rows.find((r) => r.key === 'linear-zero')!.value).toBe('334');
    expect(b.rows.find((r) => r.key === 'linear-zero')!.value).toBe('100');
    expect(run(decayReadingModel, { decayPerCycle: 0.002 }).result.linearZeroCycle).toBe(500);
    // While the linear reading is above 0 the equivalent rate is still shown (47 % after 500 → 0.151 %/cycle).
    const base = run(decayReadingModel).presentation.rows.find((r) => r.key === 'equivalent')!;
    expect(base.value).toBe('0.151 %/cycle');
  });

  it('Sand’s time: 15.9 h at 1 mA/cm², J* 9.3 mA/cm² at 1 mm, 3.5 s at 5 % of the area and 6.4 mA/cm²', () => {
    const e = run(sandsTimeModel);
    expect(formatDuration(e.result.tau)).toBe('15.9 h');
    expect(e.result.jStar / 10).toBeCloseTo(9.3, 1);
    const hot = run(sandsTimeModel, { currentDensity: 64, activeFraction: 0.05 });
    expect(hot.result.tauLocal).toBeCloseTo(3.5, 1);
  });

  it('Sand’s time: just above J* the verdict warns that the real onset is later; well above it, it does not', () => {
    const near = run(sandsTimeModel, { currentDensity: 100 }); // 10 mA/cm², J/J* ≈ 1.07 in the 1 mm cell
    const far = run(sandsTimeModel, { currentDensity: 200 }); // ≈ 2.1 J*
    expect(near.presentation.summary).toMatch(/later in practice/);
    expect(near.presentation.rows.find((r) => r.key === 'tau')!.note).toMatch(/real onset is later/);
    expect(far.presentation.summary).not.toMatch(/later in practice/);
    expect(far.presentation.rows.find((r) => r.key === 'tau')!.note).toBeUndefined();
  });

  it('SHES: reproduces Table 2 with n = 1 and shows Ba²⁺ ≈ 4.7×10⁻⁵ M with its real charge', () => {
    const rows = run(shesModel).result.rows;
    const row = (s: string) => rows.find((r) => r.symbol === s)!;
    expect(formatThreshold(row('K').thresholdN1, row('K').verdictN1)).toBe('0.014');
    expect(formatThreshold(row('Rb').thresholdN1, row('Rb').verdictN1)).toBe('0.096');
    expect(formatThreshold(row('Cs').thresholdN1, row('Cs').verdictN1)).toBe('0.578');
    expect(formatThreshold(row('Ba').thresholdN1, row('Ba').verdictN1)).toBe('0.007');
    for (const s of ['Na', 'Ca', 'Sr', 'Eu', 'Sm']) expect(row(s).verdictN1).toBe('too low');
    expect(row('Ba').thresholdZ).toBeCloseTo(4.7e-5, 6);
    const vsNa = run(shesModel, { host: 'Na', additive: 'Sm' }).result.rows.find((r) => r.symbol === 'Sm')!;
    expect(formatThreshold(vsNa.thresholdN1, vsNa.verdictN1)).toBe('0.311');
  });

  it('SHES: Cs⁺ at 0.05 M sits at −3.103 V', () => {
    expect(run(shesModel).result.potentialZ).toBeCloseTo(-3.103, 3);
  });

  it('SHES: the host as its own additive is a message, not a crash', () => {
    const e = evaluate(shesModel, { ...defaultValues(shesModel.fields), additive: 'Li' as const });
    expect(e).toEqual({ ok: false, message: 'Additive cation must differ from the host metal (Li).' });
  });

  it('fast charge: 85 kWh to 80 % in 30 min → 1.6 C, 136 kW, 389 A at 350 V', () => {
    const e = run(fastChargeModel);
    expect(e.result.cRate_per_h).toBeCloseTo(1.6, 6);
    expect(e.result.power_kW).toBeCloseTo(136, 6);
    expect(e.result.current_A).toBeCloseTo(388.6, 1);
  });

  it('fast charge: a final SOC below the start is a message', () => {
    const e = evaluate(fastChargeModel, { ...defaultValues(fastChargeModel.fields), socStart: 0.9, socEnd: 0.5 });
    expect(e.ok).toBe(false);
  });

  it('cell builder: the practical preset gives ≈ 352 Wh/kg, the coin cell ≈ 26', () => {
    expect(run(cellBuilderModel).result.cell.cellSpecificEnergy_Wh_per_kg).toBeCloseTo(352, -1);
  });
});
