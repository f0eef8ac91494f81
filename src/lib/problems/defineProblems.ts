/**
 * Declaring a chapter's problems, and drawing one instance of each from a seed with the quiz
 * engine's seeded generator, so a lecturer's printed sheet and the chapter show the same numbers.
 */
import { createRandom, type SeededRandom } from '../quiz/seededRandom';
import { formatNumber, formatScientific, type FormatOptions } from '../format/formatNumber';
import type { ParamRange, Params, ProblemDefinition, ProblemInstance, ProblemSet, Solved } from './types';

/** The seed the chapters and the instructors' sheets use, so both print the same draw. */
export const DEFAULT_PROBLEM_SEED = 'course';

/** Ids appear in URLs and progress keys. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Types one problem, so `statement`, `solve` and `solution` agree on their parameters. */
export function defineProblem<P extends Params, S extends Solved = Solved>(p: ProblemDefinition<P, S>): ProblemDefinition<P, S> {
  return p;
}

export function defineProblemSet<T extends Record<string, ProblemDefinition<any, any>>>(chapter: string, problems: T): ProblemSet & { problems: T } {
  for (const id of Object.keys(problems)) {
    if (!ID_PATTERN.test(id)) throw new Error(`problem id "${id}" in ${chapter}: use lower-case words joined by hyphens`);
  }
  return { chapter, problems };
}

/** Every value a range can produce (used by tests to check variety and by draws). */
export function rangeValues(range: ParamRange): number[] {
  if (Array.isArray(range)) return [...range];
  const { min, max, step } = range as { min: number; max: number; step: number };
  if (!(step > 0) || max < min) throw new RangeError(`bad range ${min}…${max} step ${step}`);
  const n = Math.round((max - min) / step);
  // Rounding to 12 significant figures keeps 0.1-steps from printing as 0.30000000000000004.
  return Array.from({ length: n + 1 }, (_, i) => Number((min + i * step).toPrecision(12)));
}

function drawParams(def: ProblemDefinition<any, any>, rng: SeededRandom): Params {
  const out: Params = {};
  for (const [name, range] of Object.entries(def.draw ?? {})) out[name] = rng.pick(rangeValues(range as ParamRange));
  return out;
}

/**
 * The answer as the solution prints it: scientific notation below 10⁻⁴ or from 10⁶ up, where
 * plain digits ("0.00000152") are hard to read and easy to miscount.
 */
export function formatAnswer(value: number, display: FormatOptions = { significant: 3 }): string {
  const size = Math.abs(value);
  if (size !== 0 && (size < 1e-4 || size >= 1e6)) return formatScientific(value, display.significant ?? 3);
  return formatNumber(value, display);
}

/** Draws `id` from `set` for `seed`: statement, solution steps and the numeric answer. */
export function instantiateProblem(set: ProblemSet, id: string, seed = DEFAULT_PROBLEM_SEED, params?: Params): ProblemInstance {
  const def = set.problems[id];
  if (!def) throw new Error(`no problem "${id}" in ${set.chapter}`);
  const p = params ?? drawParams(def, createRandom(seed, 'problem', set.chapter, id));
  const s: Solved = def.numeric ? def.numeric.solve(p) : ({ answer: Number.NaN } as Solved);
  if (def.numeric && !Number.isFinite(s.answer)) throw new RangeError(`${set.chapter}/${id}: the answer is not a finite number`);
  const sources = [
    ...(def.sources ?? []),
    ...(def.facts ?? []).map((f) => ({ review: f.review, ...(f.ref !== undefined ? { ref: f.ref } : {}) })),
  ];
  const unique = sources.filter((x, i) => sources.findIndex((y) => y.review === x.review && y.ref === x.ref) === i);
  return {
    chapter: set.chapter,
    id,
    title: def.title,
    kind: def.kind,
    marks: def.marks,
    params: p,
    statement: def.statement(p),
    hint: def.hint,
    solution: def.solution(p, s),
    ...(def.numeric
      ? {
          numeric: {
            answer: s.answer,
            answerText: formatAnswer(s.answer, def.numeric.display),
            unit: def.numeric.unit,
            tolerance: def.numeric.tolerance,
            mistakes: def.numeric.mistakes?.(p, s) ?? [],
          },
        }
      : {}),
    sources: unique,
  };
}

/** Every problem of a set, drawn for one seed, in the order they were declared. */
export function instantiateSet(set: ProblemSet, seed = DEFAULT_PROBLEM_SEED): ProblemInstance[] {
  return Object.keys(set.problems).map((id) => instantiateProblem(set, id, seed));
}
