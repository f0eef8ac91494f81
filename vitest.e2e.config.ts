import { defineConfig } from 'vitest/config';

// Browser tests against the built site (dist/). globalSetup serves it with Astro's preview()
// on a free 127.0.0.1 port and launches Debian's Chromium once for all files.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/setup/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium, pages opened in sequence: predictable on a 2-core machine.
    fileParallelism: false,
    // Only the every-page crawl opts into concurrency; three pages at a time keeps both cores busy.
    maxConcurrency: 3,
  },
});
