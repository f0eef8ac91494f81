/**
 * The works a chapter cites — through <Cite> marks, through facts marked `cite`, through its
 * end-of-chapter problems' sources and through its results tables' rows — for its reference list
 * (on the chapter page, in the whole-course print book and on the instructors' problem sheets).
 */
import { citedWorks, type CitedWork } from './citations';
import { factCitations } from '../facts/factCitations';
import { problemSets } from '../problems/index';
import type { ResultsTable } from '../results/types';
import type { Chapter } from './course';

const factModules = import.meta.glob<Record<string, unknown>>('../facts/*.ts', { eager: true });
const resultModules = import.meta.glob<Record<string, unknown>>('../results/*.ts', { eager: true });

const isTable = (x: unknown): x is ResultsTable => typeof x === 'object' && x !== null && Array.isArray((x as ResultsTable).rows);

/** Works the problems of a chapter rest on (their sources and the facts they use). */
export function problemCitations(slug: string): { id: string; n?: number }[] {
  const set = problemSets[slug];
  if (!set) return [];
  return Object.values(set.problems).flatMap((def) => [
    ...(def.sources ?? []).map((s) => ({ id: s.review, n: s.ref })),
    ...(def.facts ?? []).map((f) => ({ id: f.review, n: f.ref })),
  ]);
}

function resultCitations(slug: string): { id: string; n?: number }[] {
  const mod = resultModules[`../results/${slug}.ts`];
  if (!mod) return [];
  return Object.values(mod).filter(isTable).flatMap((t) => t.rows.map((r) => ({ id: r.review, n: r.ref })));
}

export function chapterCitedWorks(chapter: Chapter): CitedWork[] {
  const body = chapter.body ?? '';
  const slug = chapter.data.slug;
  return citedWorks(body, [...factCitations(body, factModules), ...problemCitations(slug), ...resultCitations(slug)]);
}

/** The works an instructors' problem sheet cites: its problems' sources only. */
export function problemCitedWorks(slug: string): CitedWork[] {
  return citedWorks('', problemCitations(slug));
}
