/** QTI 2.1 content package of one bank, built as a static file: /instructors/exports/<bank>.qti.zip */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { qtiPackage } from '../../../lib/quiz/exports/qti';
import { bankPaths, itemsOf } from '../../../lib/quiz/exports/bankExports';

export const getStaticPaths = bankPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = async ({ props }) =>
  new Response(qtiPackage(props.quiz.id, props.quiz.data.title, await itemsOf(props.quiz)), {
    headers: { 'Content-Type': 'application/zip' },
  });
