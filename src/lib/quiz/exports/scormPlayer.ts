/**
 * The SCORM player script (components/quiz/scorm/player.ts with the quiz engine it imports),
 * bundled by esbuild into one self-contained file at build time. esbuild's output depends only on
 * its input, so the packages stay byte-for-byte reproducible.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

let cached: Promise<string> | undefined;

export function scormPlayerScript(): Promise<string> {
  cached ??= build({
    // From the project root: at build time this module runs from a bundled chunk in dist/.
    entryPoints: [join(process.cwd(), 'components/quiz/scorm/player.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return cached;
}
