/**
 * Question banks whose chapter is published, with the chapter's title: what the Instructors
 * pages (exports, print sheets, projector mode) list and generate pages for.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedChapters } from './course';

export interface PublishedBank {
  bank: CollectionEntry<'quizzes'>;
  chapterTitle: string;
}

export async function publishedBanks(): Promise<PublishedBank[]> {
  const titles = new Map((await publishedChapters()).map((c) => [c.data.slug, c.data.title]));
  return (await getCollection('quizzes'))
    .filter((q) => titles.has(q.data.chapter))
    .map((bank) => ({ bank, chapterTitle: titles.get(bank.data.chapter)! }))
    .sort((a, b) => a.chapterTitle.localeCompare(b.chapterTitle));
}
