/**
 * The search page, on Pagefind's JavaScript API with our own accessible markup (a labelled form,
 * a polite status line, an ordered result list). The index is built into dist/pagefind/ after
 * `astro build`; it honours the base path so the site works under a sub-path.
 */
import { withBase } from '../lib/site/url';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const mod = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as Pagefind;
    await mod.options({ baseUrl: import.meta.env.BASE_URL });
    return mod;
  })();
  return pagefind;
}

export async function search(query: string, limit = 10): Promise<PagefindResultData[]> {
  const pf = await loadPagefind();
  const found = await pf.search(query);
  return Promise.all(found.results.slice(0, limit).map((r) => r.data()));
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  const show = async (query: string) => {
    list.replaceChildren();
    const q = query.trim();
    if (!q) {
      status.textContent = 'Type a word, such as “dendrite” or “Sand’s time”.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const results = await search(q);
      status.textContent = results.length
        ? `${results.length} result${results.length === 1 ? '' : 's'} for “${q}”.`
        : `Nothing found for “${q}”. Try a shorter or different word.`;
      for (const r of results) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        // Pagefind's excerpt is our own page text, escaped by Pagefind, with <mark> around hits.
        p.innerHTML = r.excerpt;
        li.append(a, p);
        list.append(li);
      }
    } catch {
      status.textContent = 'The search index is not available here. It is built by “npm run build”.';
    }
  };

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void show(initial);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void show(input.value);
  });
}
