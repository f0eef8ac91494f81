/**
 * URL query ↔ simulation options, through the one parameter declaration: `?preset=fec&metal=Na`
 * starts from the preset and overrides the metal. Bad values are reported, not thrown, so a
 * mistyped link still opens the simulation (with defaults) and says what was ignored.
 */
import { SimulationInputError } from './errors.ts';
import { growthParameters, resolveGrowthOptions, type GrowthOptions, type GrowthParameterName } from './growthParameters.ts';
import { findPreset, GROWTH_PRESETS } from './growthPresets.ts';
import { belongsElsewhere } from '../site/siteParams.ts';

export interface ParsedGrowthQuery {
  options: GrowthOptions;
  preset: string | null;
  /** Student-readable messages about parameters that were ignored. */
  problems: string[];
  /** The action log of a deposit link (`log=`), checked by the worker when it replays it. */
  log: string | null;
}

export function parseGrowthQuery(search: string | URLSearchParams): ParsedGrowthQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: string[] = [];
  let options: GrowthOptions = {};
  let preset: string | null = null;
  const presetId = params.get('preset');
  if (presetId !== null) {
    const found = findPreset(presetId);
    if (found) {
      preset = found.id;
      options = { ...found.options };
    } else {
      problems.push(`Unknown preset “${presetId}”; known presets: ${GROWTH_PRESETS.map((p) => p.id).join(', ')}.`);
    }
  }
  for (const [key, raw] of params) {
    if (key === 'preset' || key === 'log' || belongsElsewhere(key)) continue;
    if (!(key in growthParameters)) {
      problems.push(`Unknown parameter “${key}” was ignored.`);
      continue;
    }
    const name = key as GrowthParameterName;
    const spec = growthParameters[name];
    const value: unknown = spec.kind === 'number' ? (raw.trim() === '' ? Number.NaN : Number(raw)) : raw;
    const candidate = { ...options, [name]: value } as GrowthOptions;
    try {
      resolveGrowthOptions(candidate);
      options = candidate;
    } catch (error) {
      if (!(error instanceof SimulationInputError)) throw error;
      problems.push(`${error.message} It was ignored.`);
    }
  }
  // A link repeating a bad parameter gets one message for it, not one per copy.
  return { options, preset, problems: [...new Set(problems)], log: params.get('log') };
}

/** The query string that reproduces `options` (only values that differ from the defaults). */
export function growthQueryString(options: GrowthOptions): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || value === null) continue;
    const spec = growthParameters[name as GrowthParameterName];
    // stickingProbability has no neutral value: unset means "derive it from the current".
    if (spec && (spec.default !== value || name === 'stickingProbability')) params.set(name, String(value));
  }
  return params.toString();
}
