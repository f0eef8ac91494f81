/**
 * What the service worker stores on a reader's first visit, so the course works offline after it:
 * every page a student reads (chapters, calculators, simulation, glossary, quizzes' review and
 * progress pages, search with its index), the scripts and styles they load, and the KaTeX faces
 * the formulas use. Instructor print sheets, answer keys and projector decks (three pages per
 * quiz bank) and the whole-course print book (every chapter again on one page) are over half the
 * site's HTML; they are cached when first opened instead.
 */
import { katexFaceOfFile, type KatexFace } from './katexFonts.ts';

/** Built files (paths relative to the output folder, `/`-separated) cached when first requested. */
const ON_FIRST_USE = [/^instructors\/(sheets|present)\//, /^print\//];
/** Pagefind's own ready-made UIs: the course has its own search page and uses only the API. */
const UNUSED_PAGEFIND = /^pagefind\/pagefind-(component-|modular-)?ui\.|^pagefind\/pagefind-highlight\./;

export function isPrecached(path: string, facesUsed: ReadonlySet<KatexFace>): boolean {
  if (path.endsWith('.html')) return !ON_FIRST_USE.some((re) => re.test(path));
  if (path.startsWith('_astro/')) {
    if (/\.(js|css)$/.test(path)) return true;
    // Every browser with service workers reads woff2; the woff/ttf copies are for older ones.
    const face = katexFaceOfFile(path);
    if (face) return path.endsWith('.woff2') && facesUsed.has(face);
    return /\.(woff2|svg|png|webp|avif)$/.test(path);
  }
  if (path.startsWith('pagefind/')) return !UNUSED_PAGEFIND.test(path);
  return path === 'favicon.svg';
}
