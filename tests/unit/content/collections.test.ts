// @vitest-environment happy-dom
/**
 * The content model holds together: every chapter's front matter validates and sits where the
 * course map puts it; every citation and glossary mark names an existing entry; glossary entries
 * point at real chapters and sources.
 */
import { describe, expect, it } from 'vitest';
import { chapterSchema, glossarySchema, referenceSchema, reviewIds } from '../../../src/lib/content/schemas';
import { plannedChapters } from '../../../src/lib/content/courseMap';
import { chapterFiles, jsonEntries } from './contentFiles';
import { mainProseWordCount, proseWordCount } from '../../../src/lib/content/proseWords';

const chapters = chapterFiles();
const references = jsonEntries('references');
const glossary = jsonEntries('glossary');
const referenceIds = new Set(references.map((r) => r.id));
const glossaryIds = new Set(glossary.map((g) => g.id));
const chapterSlugs = new Set(chapters.map((c) => c.id));

describe('references', () => {
  it.each(references)('$id validates', ({ data }) => {
    expect(referenceSchema.safeParse(data).error?.issues ?? []).toEqual([]);
  });

  // A work no review cites (a transport value's or a fuel figure's source) is named <author><year>
  // and has no citedIn; every other primary work is named after the review reference that cites it.
  const uncited = /^[a-z]+\d{4}[a-z]?$/;
  it.each(references.filter((r) => !(reviewIds as readonly string[]).includes(r.id)))(
    '$id is a primary work named <review>-ref<number> after the review that cites it, or <author><year> if none does',
    ({ id, data }) => {
      const r = referenceSchema.parse(data);
      expect(r.kind).toBe('primary');
      if (uncited.test(id)) expect(r.citedIn ?? []).toEqual([]);
      else expect(r.citedIn?.map((c) => `${c.review}-ref${c.number}`)).toContain(id);
    },
  );

  it('contains the three reviews, each with a DOI', () => {
    for (const id of reviewIds) {
      const r = referenceSchema.parse(references.find((x) => x.id === id)?.data);
      expect(r.kind).toBe('review');
      expect(r.doi).toMatch(/^10\./);
    }
  });
});

describe('glossary', () => {
  it.each(glossary)('$id validates and points at a real chapter and source', ({ data }) => {
    const g = glossarySchema.parse(data);
    expect(chapterSlugs, `chapter "${g.chapter}"`).toContain(g.chapter);
    expect(referenceIds, `reference "${g.source.reference}"`).toContain(g.source.reference);
  });

  it('has no two entries with the same term', () => {
    const terms = glossary.map((g) => glossarySchema.parse(g.data).term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe.each(chapters)('chapter $id', ({ id, frontmatter, body }) => {
  it('front matter validates', () => {
    expect(chapterSchema.safeParse(frontmatter).error?.issues ?? []).toEqual([]);
  });

  it('is a course-map chapter with the file name as slug and the planned part and order', () => {
    const d = chapterSchema.parse(frontmatter);
    expect(d.slug).toBe(id);
    const planned = plannedChapters.find((p) => p.slug === id);
    expect(planned, `${id} is not in the course map`).toBeDefined();
    expect({ part: d.part, order: d.order }).toEqual({ part: planned!.part, order: planned!.order });
  });

  it('cites only known references and marks only known glossary terms', () => {
    const cites = [...body.matchAll(/<Cite\s+[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]);
    const terms = [...body.matchAll(/<Term\s+[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(cites.filter((c) => !referenceIds.has(c))).toEqual([]);
    expect(terms.filter((t) => !glossaryIds.has(t))).toEqual([]);
  });

  it('has at least 1,500 words of prose (the course word floor) and at most about 3,500 of main text', () => {
    expect(proseWordCount(body)).toBeGreaterThanOrEqual(1500);
    // Worked examples and misconception boxes are practice, not reading: outside the cap.
    expect(mainProseWordCount(body)).toBeLessThanOrEqual(3500);
  });

  it('has no leftover placeholder text', () => {
    expect(body).not.toMatch(/\b(TODO|TBD|lorem ipsum|FIXME)\b/i);
  });
});
