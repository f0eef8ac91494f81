/**
 * Performance budgets over the built site (sizes, not timings, so they do not flake): every page
 * keeps its HTML, CSS, eager and lazy JavaScript within its page type's budget in tests/budgets.ts;
 * chapters without widgets ship no island JavaScript beyond the shared scripts; three.js is only
 * ever lazy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets, pageTypeOf } from '../budgets';
import { gzipSizeOf, pageHtml, pageWeight } from './support/pageWeight';
import { chapterPages, DIST, sitePages } from './support/site';

const htmlOf = (path: string) => pageHtml(DIST, path);
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
const hasIsland = (html: string) => html.includes('<astro-island');

// The glossary has no widgets by construction: what it loads is the site's shared script set.
const shared = new Set(scriptsOf(htmlOf('/glossary/')));

describe('size budgets', () => {
  it('the shared scripts are small', () => {
    const total = [...shared].reduce((s, src) => s + gzipSizeOf(DIST, src), 0);
    expect(total).toBeLessThanOrEqual(budgets.sharedScripts_gzip);
  });

  it.each(sitePages())('%s stays within its page type’s budget (HTML, CSS, eager and lazy JS)', (path) => {
    const budget = pageTypeOf(path);
    const w = pageWeight(DIST, path);
    expect(w.css, 'the stylesheets are inlined; is KaTeX’s missing?').toBeGreaterThan(1_000);
    expect({ html: w.html, css: w.css, eagerJs: w.eagerJs, lazyJs: w.lazyJs }, budget.type).toSatisfy(
      (x: Record<string, number>) => x.html <= budget.html_gzip && x.css <= budget.css_gzip && x.eagerJs <= budget.eagerJs_gzip && x.lazyJs <= budget.lazyJs_gzip,
    );
    // three.js is only ever reached through a dynamic import(), when the simulation is on screen.
    for (const src of w.eagerFiles) expect(readFileSync(join(DIST, src), 'utf8'), src).not.toMatch(/WebGLRenderer/);
  });

  it.each(chapterPages().filter((p) => !hasIsland(htmlOf(p))))('%s (no widgets) ships no island JavaScript', (path) => {
    const html = htmlOf(path);
    expect(scriptsOf(html).filter((s) => !shared.has(s))).toEqual([]);
    expect(html).not.toMatch(/<script type="module">[^<]/); // no inline module either
  });

  it('finds three.js where the simulation is, and only as a lazy chunk', () => {
    const w = pageWeight(DIST, '/simulation/');
    expect(w.lazyFiles.some((f) => readFileSync(join(DIST, f), 'utf8').includes('WebGLRenderer'))).toBe(true);
  });

  it('counts the 3D view’s render worker as lazy, sharing one three.js with the on-page fallback', () => {
    const w = pageWeight(DIST, '/simulation/');
    expect(w.lazyFiles.filter((f) => /voxelScene\.worker/.test(f))).toHaveLength(1);
    expect(w.lazyFiles.filter((f) => readFileSync(join(DIST, f), 'utf8').includes('WebGLRenderer'))).toHaveLength(1);
  });

  it('finds the build', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });
});
