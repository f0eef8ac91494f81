/**
 * The works a chapter cites — through <Cite> marks and through facts marked `cite` — for its
 * reference list (on the chapter page and in the whole-course print book).
 */
import { citedWorks, type CitedWork } from './citations';
import { factCitations } from '../facts/factCitations';
import type { Chapter } from './course';

const factModules = import.meta.glob<Record<string, unknown>>('../facts/*.ts', { eager: true });

export function chapterCitedWorks(chapter: Chapter): CitedWork[] {
  const body = chapter.body ?? '';
  return citedWorks(body, factCitations(body, factModules));
}
