import { describe, expect, it } from 'vitest';
import { authorList, citedWorks, shortLabel } from '../../../src/lib/content/citations';
import { factCitations } from '../../../src/lib/facts/factCitations';

describe('citations', () => {
  it('labels a work by first author and year', () => {
    expect(shortLabel({ kind: 'review', authors: ['J. Xiang', 'L. Yang'], title: 't', journal: 'Joule', year: 2019 })).toBe('Xiang and Yang 2019');
    expect(shortLabel({ kind: 'review', authors: ['J. Xiang', 'L. Yang', 'L. Yuan'], title: 't', journal: 'Joule', year: 2019 })).toBe('Xiang et al. 2019');
    expect(authorList(['A. One', 'B. Two', 'C. Three'])).toBe('A. One, B. Two and C. Three');
  });

  it('cuts a list longer than ten at the tenth name, with commas and no "and" before "et al."', () => {
    const names = Array.from({ length: 12 }, (_, i) => `N. Name${i + 1}`);
    expect(authorList(names.slice(0, 1))).toBe('N. Name1');
    expect(authorList(names.slice(0, 10))).toBe(`${names.slice(0, 9).join(', ')} and N. Name10`);
    expect(authorList(names)).toBe(`${names.slice(0, 10).join(', ')} et al.`);
    expect(authorList(names)).not.toMatch(/ and [^,]* et al\./);
  });

  it('lists the works a chapter cites, with the review reference numbers', () => {
    const src = 'a <Cite id="xiang2019" n={57} /> b <Cite id="lee2020"/> c <Cite id="xiang2019" n={3} />';
    expect(citedWorks(src)).toEqual([
      { id: 'xiang2019', numbers: [3, 57] },
      { id: 'lee2020', numbers: [] },
    ]);
  });

  it('includes the citations that <Fact … cite /> adds, resolved through the import alias', () => {
    const src = [
      "import { chapterFacts as F } from '../../src/lib/facts/someChapter.ts';",
      'x <Fact f={F.a} cite /> y <Fact f={F.b} /> z <Fact cite f={F.c}/>',
    ].join('\n');
    const modules = {
      '../../lib/facts/someChapter.ts': {
        chapterFacts: {
          a: { value: 1, unit: '', review: 'ge2024', section: 's', evidence: '1', ref: 12 },
          b: { value: 2, unit: '', review: 'lee2020', section: 's', evidence: '2' },
          c: { value: 3, unit: '', review: 'xiang2019', section: 's', evidence: '3' },
        },
      },
    };
    expect(factCitations(src, modules)).toEqual([
      { id: 'ge2024', n: 12 },
      { id: 'xiang2019', n: undefined },
    ]);
  });
});
