// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkValidateCitesAndTerms } from './src/lib/content/remarkValidateCitesAndTerms.mjs';
import { rehypeScrollableBlocks } from './src/lib/content/rehypeScrollableBlocks.mjs';

// Lecturers often host the course under a sub-path of a university site, so the base path is
// set at build time: BASE_PATH=/courses/anodes npm run build. Every link goes through
// src/lib/site/url.ts, which reads import.meta.env.BASE_URL.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown processor ignores remark/rehype plugins; the unified processor runs
  // them, and MDX inherits it. KaTeX renders at build time (HTML + MathML), so no math JS ships.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkValidateCitesAndTerms],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }], rehypeScrollableBlocks],
    }),
  },
  integrations: [mdx(), svelte()],
  // Never inline scripts: external files keep a strict Content-Security-Policy possible and let
  // the budget test see every script a page loads.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
