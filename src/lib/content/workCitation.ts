/**
 * The parts of a work's full citation, for the citation card, the chapter reference lists and the
 * references page. A primary work may have no title (the reviews' lists mostly print none), so
 * the title is a part of its own that views leave out, with its comma, when it is missing.
 */
import { authorList } from './citations';
import type { ReferenceData } from './schemas';

export interface WorkParts {
  /** "A. Author, B. Author and C. Author". */
  authors: string;
  title?: string;
  /** "Nat. Mater. 2012, 11, 19–29" (volume and pages where recorded). */
  source: string;
}

export function workParts(ref: ReferenceData): WorkParts {
  const source = [`${ref.journal} ${ref.year}`, ref.volume, ref.pages].filter(Boolean).join(', ');
  return { authors: authorList(ref.authors), title: ref.title || undefined, source };
}

