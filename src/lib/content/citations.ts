/**
 * Helpers for citations: the short label of a work and the list of works a chapter cites,
 * read from the MDX source so the reference list at the bottom matches the marks in the text.
 */
import type { ReferenceData } from './schemas';

/** "Xiang et al. 2019" — surname of the first author, "et al." when there are more. */
export function shortLabel(ref: ReferenceData): string {
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const first = surname(ref.authors[0]);
  // Two authors are both named ("Ren and Wu 2013"); three or more are "First et al.".
  const rest = ref.authors.length === 2 ? ` and ${surname(ref.authors[1])}` : ref.authors.length > 2 ? ' et al.' : '';
  return `${first}${rest} ${ref.year}`;
}

/**
 * "A. Author, B. Author and C. Author" for up to 10 names; a longer list is cut at 10 and reads
 * "A. Author, B. Author, …, J. Author et al." (commas throughout, no "and" before "et al.").
 */
export function authorList(authors: string[]): string {
  if (authors.length > 10) return `${authors.slice(0, 10).join(', ')} et al.`;
  if (authors.length === 1) return authors[0];
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}

export interface CitedWork {
  id: string;
  /** Reference numbers within that review that the chapter cites. */
  numbers: number[];
}

/**
 * Collects <Cite id="…" n={…}/> and <Fact f={…} cite/> cannot be read statically, so Fact
 * citations are passed separately by the caller; this reads the explicit Cite marks.
 */
export function citedWorks(mdxSource: string, extra: { id: string; n?: number }[] = []): CitedWork[] {
  const byId = new Map<string, Set<number>>();
  const add = (id: string, n?: number) => {
    if (!byId.has(id)) byId.set(id, new Set());
    if (n !== undefined) byId.get(id)!.add(n);
  };
  for (const m of mdxSource.matchAll(/<Cite\s+([^>]*?)\/?>/g)) {
    const id = /\bid=["']([^"']+)["']/.exec(m[1])?.[1];
    const n = /\bn=\{?\s*["']?(\d+)/.exec(m[1])?.[1];
    if (id) add(id, n ? Number(n) : undefined);
  }
  for (const e of extra) add(e.id, e.n);
  return [...byId.entries()].map(([id, ns]) => ({ id, numbers: [...ns].sort((a, b) => a - b) }));
}

export function refAnchor(id: string, n?: number): string {
  return n === undefined ? `ref-${id}` : `ref-${id}-${n}`;
}
