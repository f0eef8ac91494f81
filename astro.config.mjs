// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkValidateCitesAndTerms } from './src/lib/content/remarkValidateCitesAndTerms.mjs';
import { rehypeScrollableBlocks } from './src/lib/content/rehypeScrollableBlocks.mjs';
import { islandStylesToHead } from './src/lib/site/islandStylesToHead.mjs';
import { moduleWorkerChunk } from './src/lib/site/moduleWorkerChunk.mjs';
import { frameHeaders } from './src/lib/site/frameHeaders.mjs';

// Lecturers often host the course under a sub-path of a university site, so the base path is
// set at build time: BASE_PATH=/courses/anodes npm run build. Every link goes through
// src/lib/site/url.ts, which reads import.meta.env.BASE_URL.
const base = process.env.BASE_PATH ?? '/';

// The one inline script we write ourselves (theme before first paint), hashed for the CSP.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  base,
  trailingSlash: 'always',
  // Stylesheets inline: a chapter page otherwise waits for a dozen small CSS files (one per
  // component) before its first paint; with about 8 kB more per page (gzip), less than a dozen round trips cost.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's default Markdown processor ignores remark/rehype plugins; the unified processor runs
  // them, and MDX inherits it. KaTeX renders at build time (HTML + MathML), so no math JS ships.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkValidateCitesAndTerms],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }], rehypeScrollableBlocks],
    }),
  },
  // frameHeaders: dist/_headers lets any origin frame /embed/ pages and no origin frame the rest.
  integrations: [mdx(), svelte(), islandStylesToHead(), frameHeaders()],
  // Never inline scripts: external files keep a strict Content-Security-Policy possible and let
  // the budget test see every script a page loads.
  // moduleWorkerChunk: the 3D view's render worker shares the page build's three.js chunk.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [moduleWorkerChunk()] },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: scripts only from this origin or with a hash
  // (Astro hashes its island bootstraps; we add the theme script), never 'unsafe-inline' or eval.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index and nothing else.
  // Styles keep 'unsafe-inline' because KaTeX's build-time HTML positions glyphs with style="".
  // No third-party origin appears anywhere: the course makes no outside requests.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
