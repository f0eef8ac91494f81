import { FARADAY, GAS_CONSTANT, STANDARD_TEMPERATURE } from './constants';
import { ELEMENT_SYMBOLS, elementData } from './elements';
import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/*
 * The Nernst equation with concentration (mol/L) standing in for activity: E = E° + (RT/nF) ln c.
 * Indicative only — organic electrolytes are far from ideal, and the tabulated E° are aqueous.
 */

/** Temperature check shared by the electrochemistry calculators, K. */
export function checkTemperature(temperature: number): number {
  return requireNumber(temperature, {
    parameter: 'temperature',
    label: 'Temperature',
    unit: 'K',
    min: 150,
    max: 700,
  });
}

/** Electrons per ion in a couple: a whole number 1–3. */
export function checkElectrons(electrons: number): number {
  return requireNumber(electrons, { parameter: 'electrons', label: 'Electrons per ion', min: 1, max: 3, integer: true });
}

/**
 * The `electrons` input as a widget offers it: the range checkElectrons accepts, default 1. Each
 * function says in `description` what n means for it.
 */
export function electronsPerIonSpec(description: string) {
  return { kind: 'number', label: 'Electrons per ion', unit: '', min: 1, max: 3, default: 1, step: 1, description } as const;
}

/** The `temperature` input as a widget offers it: 250–400 K (inside checkTemperature's range), default 298.15 K. */
export function temperatureSpec(description: string) {
  return { kind: 'number', label: 'Temperature', unit: 'K', min: 250, max: 400, default: STANDARD_TEMPERATURE, step: 1, description } as const;
}

/** RT/F, V: 25.69 mV at 298.15 K. */
export function thermalVoltage(temperature: number = STANDARD_TEMPERATURE): number {
  return (GAS_CONSTANT * checkTemperature(temperature)) / FARADAY;
}

/**
 * Electrode potential of a couple at concentration c, V: E = E° + (RT/nF) ln c.
 * @param o.concentration_M ion concentration, mol/L (> 0), used as activity
 */
export function nernstPotential(o: {
  standardPotential_V: number;
  concentration_M: number;
  electrons: number;
  temperature?: number;
}): number {
  const e0 = requireNumber(o.standardPotential_V, {
    parameter: 'standardPotential_V',
    label: 'Standard potential',
    unit: 'V',
    min: -10,
    max: 10,
  });
  const c = requireNumber(o.concentration_M, {
    parameter: 'concentration_M',
    label: 'Concentration',
    unit: 'mol/L',
    min: 0,
    minExclusive: true,
  });
  const n = checkElectrons(o.electrons);
  return e0 + (thermalVoltage(o.temperature) / n) * Math.log(c);
}

/**
 * Reduction potential of a cation from the element table at concentration c, V vs SHE.
 * Cs⁺ at 0.05 M → −3.103 V, the value Lee et al. 2020 (§3.1.2) quote for 0.05 M CsPF6.
 * @param o.electrons defaults to the ion's charge
 */
export function cationReductionPotential(o: {
  element: string;
  concentration_M: number;
  electrons?: number;
  temperature?: number;
}): number {
  const el = elementData(o.element);
  return nernstPotential({
    standardPotential_V: el.standardPotential_V,
    concentration_M: o.concentration_M,
    electrons: o.electrons ?? el.charge,
    ...(o.temperature === undefined ? {} : { temperature: o.temperature }),
  });
}

const standardTemperatureSpec = temperatureSpec('Tabulated standard potentials hold at 298.15 K.');

const electronsSpec = electronsPerIonSpec('n in the Nernst equation: the ion’s charge (2 for Ba²⁺); Lee et al. 2020 Table 2 uses 1 throughout.');

export const nernstPotentialParameters = defineParameters({
  standardPotential_V: {
    kind: 'number',
    label: 'Standard potential',
    unit: 'V',
    min: -3.5,
    max: 0,
    default: -3.026,
    step: 0.001,
    description: 'E° of the couple vs SHE; −3.026 V is Cs⁺/Cs.',
  },
  concentration_M: {
    kind: 'number',
    label: 'Concentration',
    unit: 'mol/L',
    min: 1e-6,
    max: 10,
    default: 0.05,
    scale: 'log',
    description: 'Ion concentration, standing in for activity.',
  },
  electrons: electronsSpec,
  temperature: standardTemperatureSpec,
});

export const cationReductionPotentialParameters = defineParameters({
  element: {
    kind: 'choice',
    label: 'Cation',
    options: ELEMENT_SYMBOLS,
    default: 'Cs',
    description: 'Metal whose cation is considered; E° and charge come from the element table.',
  },
  concentration_M: nernstPotentialParameters.concentration_M,
  electrons: electronsSpec,
  temperature: standardTemperatureSpec,
});

/**
 * Concentration below which a couple of standard potential E°_a stays below a reference
 * potential E°_ref, mol/L: c* = exp[n F (E°_ref − E°_a) / RT]. The primitive behind
 * shesThreshold, open to any pair of potentials (e.g. the reviews' two-decimal ones).
 */
export function nernstThreshold(o: {
  additivePotential_V: number;
  hostPotential_V: number;
  electrons: number;
  temperature?: number;
}): number {
  const ea = requireNumber(o.additivePotential_V, {
    parameter: 'additivePotential_V',
    label: 'Additive standard potential',
    unit: 'V',
    min: -10,
    max: 10,
  });
  const eh = requireNumber(o.hostPotential_V, {
    parameter: 'hostPotential_V',
    label: 'Host standard potential',
    unit: 'V',
    min: -10,
    max: 10,
  });
  const n = checkElectrons(o.electrons);
  return Math.exp((n * (eh - ea)) / thermalVoltage(o.temperature));
}

export const nernstThresholdParameters = defineParameters({
  additivePotential_V: { ...nernstPotentialParameters.standardPotential_V, label: 'Additive standard potential' },
  hostPotential_V: {
    ...nernstPotentialParameters.standardPotential_V,
    label: 'Host standard potential',
    default: -3.0401,
    description: 'E° of the host metal vs SHE; −3.0401 V is Li⁺/Li.',
  },
  electrons: electronsSpec,
  temperature: standardTemperatureSpec,
});
