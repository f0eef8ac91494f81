/**
 * Every chapter's problem set, found by file: src/lib/problems/chapters/<chapter-slug>.ts exports
 * `problems` made with defineProblemSet('<chapter-slug>', …). The instructors' sheets, the
 * progress dashboard and the tests read them from here.
 */
import type { ProblemSet } from './types';

const modules = import.meta.glob<{ problems: ProblemSet }>('./chapters/*.ts', { eager: true });

export const problemSets: Record<string, ProblemSet> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => {
    const slug = path.split('/').at(-1)!.replace(/\.ts$/, '');
    if (!mod.problems || mod.problems.chapter !== slug) throw new Error(`${path} must export problems = defineProblemSet('${slug}', …)`);
    return [slug, mod.problems];
  }),
);

export { DEFAULT_PROBLEM_SEED, instantiateProblem, instantiateSet, defineProblem, defineProblemSet, rangeValues } from './defineProblems';
export type { ProblemDefinition, ProblemInstance, ProblemKind, ProblemSet } from './types';
