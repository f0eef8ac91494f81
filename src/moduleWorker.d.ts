/** `import url from './x.worker.ts?module-worker'`: see src/lib/site/moduleWorkerChunk.mjs. */
declare module '*?module-worker' {
  const url: string;
  export default url;
}
