/**
 * The pages of the built site, read from dist/ (not a hand-kept list), and their URLs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');
/** Sub-path used to prove the site works when hosted below a university site's root. */
export const SUBPATH = '/courses/anodes/';

/** Site paths of every HTML page in a build folder: "/", "/chapters/x/", "/404.html". */
export function sitePages(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, p).split('\\').join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Chapter pages only. */
export function chapterPages(dist = DIST): string[] {
  return sitePages(dist).filter((p) => p.startsWith('/chapters/'));
}
