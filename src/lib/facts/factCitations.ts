/**
 * Finds the citations that <Fact f={alias.key} cite /> marks add to a chapter, by reading the
 * MDX source: the alias comes from the chapter's import of a facts module. Used to build the
 * chapter's reference list, which must contain every work the text cites.
 */
import type { ReviewFact } from './types';

type FactModules = Record<string, Record<string, unknown>>;

export function factCitations(mdxSource: string, modules: FactModules): { id: string; n?: number }[] {
  // import { whyFacts as F } from '../../src/lib/facts/why.ts'  →  alias F → module export
  const aliases = new Map<string, Record<string, ReviewFact>>();
  for (const m of mdxSource.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*\/facts\/([\w-]+)(?:\.ts)?['"]/g)) {
    const mod = Object.entries(modules).find(([path]) => path.endsWith(`/facts/${m[2]}.ts`))?.[1];
    if (!mod) continue;
    for (const spec of m[1].split(',')) {
      const [exported, local = exported] = spec.trim().split(/\s+as\s+/).map((s) => s.trim());
      if (exported && mod[exported]) aliases.set(local, mod[exported] as Record<string, ReviewFact>);
    }
  }
  const out: { id: string; n?: number }[] = [];
  for (const m of mdxSource.matchAll(/<Fact\s+([^>]*?)\/?>/g)) {
    if (!/\bcite\b/.test(m[1].replace(/f=\{[^}]*\}/, ''))) continue;
    const ref = /f=\{\s*([\w$]+)\.([\w$]+)\s*\}/.exec(m[1]);
    const fact = ref ? aliases.get(ref[1])?.[ref[2]] : undefined;
    if (fact) out.push({ id: fact.review, n: fact.ref });
  }
  return out;
}
