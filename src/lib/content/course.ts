/**
 * The course's structure as pages need it: parts, published chapters in order, neighbours.
 * Only published chapters appear anywhere (no placeholder pages).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

export interface PartInfo {
  part: 1 | 2 | 3;
  title: string;
  review: 'xiang2019' | 'ge2024' | 'lee2020';
  blurb: string;
}

export const parts: readonly PartInfo[] = [
  {
    part: 1,
    title: 'From lab to market',
    review: 'xiang2019',
    blurb:
      'Why lithium, sodium and potassium metal anodes matter, how they fail, how researchers protect them, and what it takes to move them from coin cells to products.',
  },
  {
    part: 2,
    title: 'Triple-phase interfaces in metal–air batteries',
    review: 'ge2024',
    blurb:
      'What happens where metal, electrolyte and gas meet in lithium-, sodium- and potassium–air cells, and how electrolytes, anodes and separators are engineered against it.',
  },
  {
    part: 3,
    title: 'Designing the SEI on sodium metal',
    review: 'lee2020',
    blurb:
      'Why sodium, why its dendrites grow, and how electrolyte design and artificial interphases build a solid–electrolyte interphase that lasts.',
  },
];

export async function publishedChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', (c) => c.data.status === 'published');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chaptersOfPart(chapters: Chapter[], part: 1 | 2 | 3): Chapter[] {
  return chapters.filter((c) => c.data.part === part);
}

export function neighbours(chapters: Chapter[], slug: string): { prev?: Chapter; next?: Chapter } {
  const i = chapters.findIndex((c) => c.data.slug === slug);
  return { prev: i > 0 ? chapters[i - 1] : undefined, next: i >= 0 ? chapters[i + 1] : undefined };
}
