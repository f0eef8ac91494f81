/**
 * After `astro build` and Pagefind: writes `<outDir>/sw.js`, a Workbox service worker that
 * precaches what src/lib/offline/precachePolicy.ts selects. Each file is listed with a hash of its
 * contents, so a new build replaces exactly the files that changed, and old caches are removed.
 * Usage: node --experimental-strip-types scripts/build-service-worker.ts <outDir>
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { generateSW } from 'workbox-build';
import { katexFacesUsed } from '../src/lib/offline/katexFonts.ts';
import { isPrecached } from '../src/lib/offline/precachePolicy.ts';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-service-worker.ts <outDir>');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(outDir, join(d.parentPath, d.name)).split(sep).join('/'));
}

const files = filesUnder(outDir);
const faces = katexFacesUsed(files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(outDir, f), 'utf8')));
const precached = new Set(files.filter((f) => isPrecached(f, faces)));

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*'],
  globIgnores: ['sw.js', 'workbox-*.js'],
  manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => precached.has(e.url)), warnings: [] })],
  swDest: join(outDir, 'sw.js'),
  // Fingerprinted bundles never change under the same name: no cache-busting query needed.
  dontCacheBustURLsMatching: /^_astro\//,
  // Pages answer at their folder URL; presets and slide numbers live in the query string.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  cacheId: 'alkali-anodes',
  cleanupOutdatedCaches: true,
  // The first visit is controlled at once; an update waits until the reader chooses to reload.
  clientsClaim: true,
  skipWaiting: false,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      // Instructor sheets, keys and decks: the network first, the last copy when offline.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: { cacheName: 'alkali-anodes-pages', expiration: { maxEntries: 80 }, networkTimeoutSeconds: 4 },
    },
    {
      // Any font face a page turns out to need beyond the precached ones.
      urlPattern: ({ request }) => request.destination === 'font',
      handler: 'CacheFirst',
      options: { cacheName: 'alkali-anodes-fonts', expiration: { maxEntries: 40 } },
    },
  ],
});

for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(`service worker: ${outDir}/sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB (KaTeX faces: ${[...faces].length})`);
