import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/** What a fast charge asks of the pack and of each anode. */
export interface FastChargeResult {
  /** Energy delivered, kWh. */
  energy_kWh: number;
  /** Average C-rate, 1/h (state-of-charge change per hour). */
  cRate_per_h: number;
  /** Average charging power, kW. */
  power_kW: number;
  /** Average pack current, A. */
  current_A: number;
  /** Average current density through each anode, mA/cm² = C-rate × areal capacity. */
  anodeCurrentDensity_mA_per_cm2: number;
}

/**
 * Average demands of charging a pack from socStart to socEnd in `minutes`.
 * 85 kWh to 80 % in 30 min (Xiang et al. 2019, "High Current Density Performance"): 68 kWh,
 * 1.6 C, 136 kW, 389 A at 350 V (340 A at 400 V, 170 A at 800 V), and 4.8–9.6 mA/cm² for
 * 3–6 mAh/cm² electrodes. A full charge in 2 min is 30 C; in 30 min, 2 C.
 * @param o.socStart, o.socEnd state of charge, fractions 0–1, socEnd > socStart
 * @param o.arealCapacity_mAh_per_cm2 cathode areal capacity, mAh/cm² (= the anode's cycled charge)
 */
export function fastCharge(o: {
  packEnergy_kWh: number;
  socStart: number;
  socEnd: number;
  minutes: number;
  packVoltage_V: number;
  arealCapacity_mAh_per_cm2: number;
}): FastChargeResult {
  const pack = requireNumber(o.packEnergy_kWh, {
    parameter: 'packEnergy_kWh',
    label: 'Pack energy',
    unit: 'kWh',
    min: 0,
    minExclusive: true,
    max: 1e6,
  });
  const s0 = requireNumber(o.socStart, { parameter: 'socStart', label: 'Starting state of charge', min: 0, max: 1 });
  const s1 = requireNumber(o.socEnd, { parameter: 'socEnd', label: 'Final state of charge', min: s0, minExclusive: true, max: 1 });
  const minutes = requireNumber(o.minutes, {
    parameter: 'minutes',
    label: 'Charging time',
    unit: 'min',
    // Under a second is not a charge; the bound also keeps C-rate × capacity finite.
    min: 0.01,
  });
  const voltage = requireNumber(o.packVoltage_V, {
    parameter: 'packVoltage_V',
    label: 'Pack voltage',
    unit: 'V',
    min: 0,
    minExclusive: true,
  });
  const areal = requireNumber(o.arealCapacity_mAh_per_cm2, {
    parameter: 'arealCapacity_mAh_per_cm2',
    label: 'Areal capacity',
    unit: 'mAh/cm²',
    min: 0,
    max: 1000,
  });
  const hours = minutes / 60;
  const energy_kWh = pack * (s1 - s0);
  const cRate_per_h = (s1 - s0) / hours;
  const power_kW = energy_kWh / hours;
  return {
    energy_kWh,
    cRate_per_h,
    power_kW,
    current_A: (power_kW * 1000) / voltage,
    anodeCurrentDensity_mA_per_cm2: cRate_per_h * areal,
  };
}

export const fastChargeParameters = defineParameters({
  packEnergy_kWh: {
    kind: 'number',
    label: 'Pack energy',
    unit: 'kWh',
    min: 10,
    max: 150,
    default: 85,
    step: 1,
    description: 'Usable energy of the pack; 85 kWh is the Tesla Model S of Xiang et al. 2019.',
  },
  socStart: {
    kind: 'number',
    label: 'Starting state of charge',
    unit: '',
    min: 0,
    max: 0.9,
    default: 0,
    step: 0.05,
    description: 'Fraction of full charge at the start.',
  },
  socEnd: {
    kind: 'number',
    label: 'Final state of charge',
    unit: '',
    min: 0.1,
    max: 1,
    default: 0.8,
    step: 0.05,
    description: 'Fraction of full charge at the end; fast-charge times are quoted to 80 %.',
  },
  minutes: {
    kind: 'number',
    label: 'Charging time',
    unit: 'min',
    min: 2,
    max: 120,
    default: 30,
    step: 1,
    description: 'Xiang et al. 2019 set ≤ 30 min as the practical goal.',
  },
  packVoltage_V: {
    kind: 'number',
    label: 'Pack voltage',
    unit: 'V',
    min: 200,
    max: 1000,
    default: 350,
    step: 10,
    description: 'Nominal pack voltage; 350–400 V is common, 800 V architectures halve the current.',
  },
  arealCapacity_mAh_per_cm2: {
    kind: 'number',
    label: 'Areal capacity',
    unit: 'mAh/cm²',
    min: 0.5,
    max: 8,
    default: 4,
    step: 0.1,
    description: 'Cathode capacity per area; practical electrodes carry 3–6 mAh/cm².',
  },
});
