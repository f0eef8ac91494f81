// `import url from './x.worker.ts?module-worker'` gives the URL of x.worker.ts built as a chunk of
// the page's own client build, to start with `new Worker(url, { type: 'module' })`.
// Why not Vite's `new Worker(new URL(…))`: Vite builds each worker as a separate bundle, so the 3D
// view's render worker would carry its own copy of three.js next to the copy the main-thread
// fallback imports — two 130 kB downloads where one shared chunk does, as here, for both.
import { basename } from 'node:path';

const SUFFIX = '?module-worker';

/** @returns {import('vite').Plugin} */
export function moduleWorkerChunk() {
  /** @type {'build' | 'serve'} */
  let command = 'serve';
  return {
    name: 'module-worker-chunk',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      // Dev: the source file itself, served (and transformed) by Vite next to this module.
      if (command === 'serve') return `export default new URL(${JSON.stringify(`./${basename(file)}`)}, import.meta.url).href;`;
      // Server render (prerendering HTML) never starts workers: no chunk there.
      if (this.environment?.config.consumer !== 'client') return `export default '';`;
      const ref = this.emitFile({ type: 'chunk', id: file, name: basename(file).replace(/\.[cm]?[jt]s$/, '') });
      // Vite writes the file URL as a path under the base; new URL(…, import.meta.url) makes it
      // absolute, and is the form tests/e2e/support/pageWeight.ts counts as a lazy worker.
      return `export default new URL(import.meta.ROLLUP_FILE_URL_${ref}, import.meta.url).href;`;
    },
  };
}
