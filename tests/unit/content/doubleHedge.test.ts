// @vitest-environment happy-dom
/**
 * A <Fact> renders its own qualifier ("≈ 250 Wh/kg", "> 3 M", "< 1,000 h"), so prose must not
 * put one before it: "about ≈ 250", "above > 3 M" and "less than < 1,000 h" reached students in
 * eight places before this check. Words that hedge or bound a number may precede a Fact only when
 * the fact itself is exact.
 */
import { describe, expect, it } from 'vitest';
import { chapterFiles } from './contentFiles';
import type { ReviewFact } from '../../../src/lib/facts/types';

const modules = import.meta.glob<Record<string, Record<string, ReviewFact>>>('../../../src/lib/facts/*.ts', { eager: true });
const byExport = new Map<string, Record<string, ReviewFact>>();
for (const mod of Object.values(modules)) for (const [name, value] of Object.entries(mod)) if (typeof value === 'object' && value) byExport.set(name, value as Record<string, ReviewFact>);

const QUALIFIERS = /\b(about|roughly|around|approximately|nearly|almost|some|circa|above|over|more than|less than|fewer than|below|under|beyond|exceeding|up to|at least|at most)\s+(?:<Fact f=\{(\w+)\.(\w+)\})/g;

/** Every qualifier word placed before a Fact that already carries "≈", "<" or ">". */
export function doubleHedges(body: string): string[] {
  const alias = new Map<string, string>();
  for (const m of body.matchAll(/import \{\s*(\w+)(?:\s+as\s+(\w+))?\s*\} from '\.\.\/\.\.\/src\/lib\/facts\/\w+\.ts'/g)) alias.set(m[2] ?? m[1], m[1]);
  const found: string[] = [];
  for (const m of body.matchAll(QUALIFIERS)) {
    const fact = byExport.get(alias.get(m[2]) ?? '')?.[m[3]];
    if (fact && (fact.approx || fact.bound)) found.push(`"${m[1]}" before ${m[2]}.${m[3]} (renders ${fact.bound ?? '≈'})`);
  }
  return found;
}

describe('no double hedges before a Fact', () => {
  it.each(chapterFiles())('$id', ({ body }) => {
    expect(doubleHedges(body)).toEqual([]);
  });

  it('catches one', () => {
    const name = [...byExport.entries()].find(([, facts]) => Object.values(facts).some((f) => f.bound))!;
    const key = Object.entries(name[1]).find(([, f]) => f.bound)![0];
    const body = `import { ${name[0]} as F } from '../../src/lib/facts/x.ts';\n\nwell above <Fact f={F.${key}} /> today`;
    expect(doubleHedges(body)).toHaveLength(1);
  });
});
