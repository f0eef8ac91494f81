/**
 * Calculator 10: what a fast charge asks of the pack and of each anode (Xiang et al. 2019, "High
 * Current Density Performance": 85 kWh to 80 % in 30 min → 1.6 C, 136 kW, 389 A at 350 V).
 */
import { fastCharge, fastChargeParameters as p, type FastChargeResult } from '../physics/fastCharge';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';

export type FastChargeInputs = {
  packEnergy_kWh: number;
  socStart: number;
  socEnd: number;
  minutes: number;
  packVoltage_V: number;
  arealCapacity_mAh_per_cm2: number;
};

const percent = { unit: '%', factor: 100 } as const;

export const fastChargeModel: CalculatorModel<FastChargeInputs, FastChargeResult> = {
  id: 'fast-charge',
  fields: {
    packEnergy_kWh: { kind: 'number', spec: p.packEnergy_kWh },
    socStart: { kind: 'number', spec: p.socStart, display: percent },
    socEnd: { kind: 'number', spec: p.socEnd, display: percent },
    minutes: { kind: 'number', spec: p.minutes },
    packVoltage_V: { kind: 'number', spec: p.packVoltage_V },
    arealCapacity_mAh_per_cm2: { kind: 'number', spec: p.arealCapacity_mAh_per_cm2 },
  } satisfies FieldsOf<FastChargeInputs>,
  compute: (v) => fastCharge(v),
  present(r, v) {
    const s3 = (x: number) => formatNumber(x, { significant: 3 });
    return {
      rows: [
        { key: 'energy', label: 'Energy delivered', value: s3(r.energy_kWh), unit: 'kWh' },
        { key: 'c-rate', label: 'Average C-rate', value: `${s3(r.cRate_per_h)} C` },
        { key: 'power', label: 'Average charging power', value: s3(r.power_kW), unit: 'kW' },
        { key: 'current', label: `Pack current at ${formatNumber(v.packVoltage_V)} V`, value: s3(r.current_A), unit: 'A' },
        { key: 'anode', label: 'Current density through each anode', value: s3(r.anodeCurrentDensity_mA_per_cm2), unit: 'mA/cm²' },
      ],
      summary:
        `Charging ${s3(r.energy_kWh)} kWh in ${formatNumber(v.minutes)} min is ${s3(r.cRate_per_h)} C and ${s3(r.power_kW)} kW on average: ` +
        `${s3(r.current_A)} A at ${formatNumber(v.packVoltage_V)} V, and ${s3(r.anodeCurrentDensity_mA_per_cm2)} mA/cm² through each anode.`,
    };
  },
};
