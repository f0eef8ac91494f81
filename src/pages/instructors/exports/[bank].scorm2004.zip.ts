/** SCORM 2004 package of one bank (the quiz, reporting score and status), built as a static file. */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { scormPackage } from '../../../lib/quiz/exports/scorm';
import { scormPlayerScript } from '../../../lib/quiz/exports/scormPlayer';
import { bankPaths } from '../../../lib/quiz/exports/bankExports';

export const getStaticPaths = bankPaths;

export const GET: APIRoute<{ quiz: CollectionEntry<'quizzes'> }> = async ({ props }) =>
  new Response(scormPackage('2004', props.quiz.id, props.quiz.data, await scormPlayerScript()), {
    headers: { 'Content-Type': 'application/zip' },
  });
