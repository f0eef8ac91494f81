/** Moodle XML export of one bank, built as a static file: /instructors/exports/<bank>.moodle.xml */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { toMoodleXml } from '../../../lib/quiz/exports/moodleXml';
import { bankPaths, itemsOf } from '../../../lib/quiz/exports/bankExports';

export const getStaticPaths = bankPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = async ({ props }) =>
  new Response(toMoodleXml(props.quiz.data.title, await itemsOf(props.quiz)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
