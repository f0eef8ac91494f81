/** GIFT export of one bank, built as a static file: /instructors/exports/<bank>.gift */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { toGift } from '../../../lib/quiz/exports/gift';
import { bankPaths, itemsOf } from '../../../lib/quiz/exports/bankExports';

export const getStaticPaths = bankPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = async ({ props }) =>
  new Response(toGift(props.quiz.data.title, await itemsOf(props.quiz)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
