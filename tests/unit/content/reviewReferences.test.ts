// @vitest-environment happy-dom
/**
 * Every review reference a chapter cites by number (<Cite id="lee2020" n={13} />, a fact marked
 * `cite`, a problem's source, a results-table row) has a record content/references/<review>-ref<n>.json,
 * so its citation card and the chapter's reference list name the work instead of a bare "Ref. 13".
 */
import { describe, expect, it } from 'vitest';
import { chapterCitedWorks } from '../../../src/lib/content/chapterCitations';
import type { Chapter } from '../../../src/lib/content/course';
import { referenceSchema, reviewIds, type ReferenceData } from '../../../src/lib/content/schemas';
import { workParts } from '../../../src/lib/content/workCitation';
import { chapterFiles, jsonEntries } from './contentFiles';

const references = jsonEntries('references').map((r) => ({ id: r.id, data: referenceSchema.parse(r.data) }));
const recorded = new Set(
  references.flatMap((r) => (r.data.citedIn ?? []).map((c) => `${c.review}-ref${c.number}`)),
);

describe('review references cited by number', () => {
  it('each has a primary-work record (citedIn that review and number)', () => {
    const missing = chapterFiles().flatMap(({ id, body }) =>
      chapterCitedWorks({ body, data: { slug: id } } as unknown as Chapter)
        .filter((w) => (reviewIds as readonly string[]).includes(w.id))
        .flatMap((w) => w.numbers.map((n) => `${w.id}-ref${n}`))
        .filter((key) => !recorded.has(key))
        .map((key) => `${key} (cited in ${id})`),
    );
    expect(missing).toEqual([]);
  });

  it('finds numbered citations at all (the check is not vacuous)', () => {
    const cited = chapterFiles().flatMap(({ id, body }) =>
      chapterCitedWorks({ body, data: { slug: id } } as unknown as Chapter).flatMap((w) => w.numbers),
    );
    expect(cited.length).toBeGreaterThan(50);
  });
});

describe('reference schema and titles', () => {
  const base = { authors: ['A. Author'], journal: 'J. Power Sources', year: 2015, volume: '280', pages: '1–10' };

  it('lets a primary work go without a title (the review lists none) but not a review', () => {
    expect(referenceSchema.safeParse({ kind: 'primary', ...base }).success).toBe(true);
    expect(referenceSchema.safeParse({ kind: 'review', ...base }).success).toBe(false);
    expect(referenceSchema.safeParse({ kind: 'primary', ...base, title: '' }).success).toBe(false);
  });

  it('cites a work without a title as authors then source, with no empty title and no "undefined"', () => {
    const untitled: ReferenceData = { kind: 'primary', ...base };
    expect(workParts(untitled)).toEqual({ authors: 'A. Author', title: undefined, source: 'J. Power Sources 2015, 280, 1–10' });
    const bare: ReferenceData = { kind: 'primary', authors: ['A. One', 'B. Two'], journal: 'Nature', year: 2015 };
    expect(workParts(bare).source).toBe('Nature 2015');
    expect(workParts({ ...untitled, title: 'A title' }).title).toBe('A title');
  });

  it('every untitled record still names its journal and year', () => {
    for (const r of references.filter((x) => x.data.title === undefined)) {
      expect(Object.values(workParts(r.data)).join(' '), r.id).not.toMatch(/undefined|""|, ,/);
    }
  });
});
