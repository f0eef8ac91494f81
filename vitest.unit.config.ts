/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    // Plain Node for the libraries (most files): starting a DOM per file was a third of the run.
    // Component tests, the few DOM-using unit tests and those reading MDX (micromark's entity
    // decoder resolves to its DOM build under Astro's Vite config) ask for happy-dom in line one.
    environment: 'node',
  },
});
