// Astro writes its one-line island stylesheet (<style>astro-island…{display:contents}</style>)
// just before the first island, which can be deep inside <body>; the HTML standard (and the W3C
// checker) want <style> in <head>. After the build, move that exact element into the head.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND_STYLE_TEXT = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Returns the page with the island style moved into <head> (once), or unchanged. */
export function moveIslandStyles(html) {
  const head = html.indexOf('</head>');
  if (head < 0 || !html.includes(ISLAND_STYLE_TEXT, head)) return html;
  const rest = html.slice(head).split(ISLAND_STYLE_TEXT).join('');
  return `${html.slice(0, head)}${ISLAND_STYLE_TEXT}${rest}`;
}

export function islandStylesToHead() {
  return {
    name: 'island-styles-to-head',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = moveIslandStyles(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
