/**
 * What every export endpoint shares: the banks (static paths) and the readable source labels.
 * Generated at build time; the files are static downloads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { shortLabel } from '../../content/citations';
import { exportItems, type ExportItem } from './exportItems';

export async function bankPaths() {
  const banks = await getCollection('quizzes');
  return banks.map((quiz) => ({ params: { bank: quiz.id }, props: { quiz } }));
}

export async function itemsOf(quiz: CollectionEntry<'quizzes'>): Promise<ExportItem[]> {
  const refs = new Map((await getCollection('references')).map((r) => [r.id, r.data]));
  // SITE_URL (e.g. https://courses.example.edu) makes the exports' links absolute; the base path is added.
  const siteUrl = `${(process.env.SITE_URL ?? '').replace(/\/+$/, '')}${import.meta.env.BASE_URL}`;
  return exportItems(quiz.id, quiz.data, {
    siteUrl,
    sourceLabel: (id) => {
      const r = refs.get(id);
      return r ? `${shortLabel(r)}${r.doi ? `, doi:${r.doi}` : ''}` : id;
    },
  });
}
