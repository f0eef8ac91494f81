import { defineConfig } from 'vitest/config';

// Two projects with separate config files: the unit project runs inside Astro's Vite config
// (so .astro/.svelte/astro:content resolve); the e2e project is plain Node and drives Chromium.
// Inlining both here would leak Astro's Vite config into the e2e run.
export default defineConfig({
  test: {
    projects: ['./vitest.unit.config.ts', './vitest.e2e.config.ts'],
  },
});
