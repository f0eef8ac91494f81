/**
 * What a built page costs a reader, in gzip bytes, read from dist/ (no browser): its HTML, its
 * CSS (inline <style> and linked sheets), the JavaScript it runs up front (its module scripts,
 * its islands' components and renderers, and their static imports) and the JavaScript it may load
 * later (dynamic imports and workers reachable from those, such as three.js or the growth model).
 * Each file counts once per page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  eagerJs: number;
  lazyJs: number;
  eagerFiles: string[];
  lazyFiles: string[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;
const WORKER_URL = /new URL\(\s*["'`]([^"'`]+\.js)["'`]/g;

/** Gzip size of a built file; the same bundles serve most pages, so each is compressed once. */
const gzipSizes = new Map<string, number>();
export function gzipSizeOf(dist: string, file: string): number {
  const path = join(dist, file);
  let size = gzipSizes.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path)).length;
    gzipSizes.set(path, size);
  }
  return size;
}

export function pageHtml(dist: string, path: string): string {
  return readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
}

export function pageWeight(dist: string, path: string): PageWeight {
  const html = pageHtml(dist, path);
  const code = (url: string) => readFileSync(join(dist, url), 'utf8');
  const resolve = (spec: string, from: string) => new URL(spec, `http://x${from}`).pathname;

  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const css = gzipSync(inlineCss).length + sheets.reduce((s, href) => s + gzipSizeOf(dist, href), 0);

  const roots = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island[^>]*>/g)].flatMap((m) => [...m[0].matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((u) => u[1])),
  ].filter((u) => u.includes('/_astro/'));

  const eager = new Set<string>();
  const lazyRoots: string[] = [];
  const queue = [...roots];
  while (queue.length) {
    const url = queue.pop()!;
    if (eager.has(url)) continue;
    eager.add(url);
    const src = code(url);
    for (const m of src.matchAll(STATIC_IMPORT)) queue.push(resolve(m[1], url));
    for (const m of src.matchAll(DYNAMIC_IMPORT)) lazyRoots.push(resolve(m[1], url));
    for (const m of src.matchAll(WORKER_URL)) if (m[1].includes('/_astro/') || m[1].startsWith('./')) lazyRoots.push(resolve(m[1], url));
  }
  const lazy = new Set<string>();
  while (lazyRoots.length) {
    const url = lazyRoots.pop()!;
    if (eager.has(url) || lazy.has(url)) continue;
    lazy.add(url);
    const src = code(url);
    for (const m of [...src.matchAll(STATIC_IMPORT), ...src.matchAll(DYNAMIC_IMPORT)]) lazyRoots.push(resolve(m[1], url));
  }
  const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gzipSizeOf(dist, f), 0);
  return { html: gzipSync(html).length, css, eagerJs: sum(eager), lazyJs: sum(lazy), eagerFiles: [...eager], lazyFiles: [...lazy] };
}
