/**
 * Every internal link goes through withBase so the site works under a sub-path
 * (BASE_PATH=/courses/anodes npm run build). Paths end in "/" to match trailingSlash: 'always'.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const [pathOnly, hash = ''] = path.split('#', 2);
  let p = pathOnly.replace(/^\/+/, '');
  // Directory-style pages get a trailing slash; files (pagefind/pagefind.js) keep their name.
  if (p !== '' && !p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p) && !p.includes('?')) p += '/';
  return `${trimmedBase}/${p}${hash ? `#${hash}` : ''}`;
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export function chapterPath(slug: string): string {
  return withBase(`chapters/${slug}/`);
}
