/**
 * Performance budgets over the built site (sizes, not timings, so they do not flake): chapters
 * without widgets ship no island JavaScript beyond the shared scripts, and the gzip sizes of
 * HTML, CSS and scripts stay within tests/budgets.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets } from '../budgets';
import { chapterPages, DIST, sitePages } from './support/site';

const htmlOf = (path: string) => readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
const stylesOf = (html: string) => [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
const hasIsland = (html: string) => html.includes('<astro-island');
/** CSS a page carries in <style> elements (astro.config inlines every stylesheet). */
const inlineCssOf = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');

/** Every module an island loads up front: its component and renderer and their static imports. */
function islandModules(html: string): Set<string> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<astro-island[^>]*?(?:component-url|renderer-url)="([^"]+)"[^>]*?(?:renderer-url="([^"]+)")?/g)]
    .flatMap((m) => [m[1], m[2]])
    .filter((u): u is string => !!u);
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    // Static imports only ("import … from './x.js'" and "import './x.js'"); import() stays lazy.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(new URL(m[1], `http://x${url}`).pathname);
    }
  }
  return seen;
}

// The glossary has no widgets by construction: what it loads is the site's shared script set.
const shared = new Set(scriptsOf(htmlOf('/glossary/')));

describe('size budgets', () => {
  it('the shared scripts are small', () => {
    const total = [...shared].reduce((s, src) => s + gz(src), 0);
    expect(total).toBeLessThanOrEqual(budgets.sharedScripts_gzip);
  });

  it.each(chapterPages().filter((p) => !hasIsland(htmlOf(p))))('%s (no widgets) ships no island JavaScript', (path) => {
    const html = htmlOf(path);
    expect(scriptsOf(html).filter((s) => !shared.has(s))).toEqual([]);
    expect(html).not.toMatch(/<script type="module">[^<]/); // no inline module either
  });

  it.each(sitePages())('%s stays within the CSS budget (linked and inline)', (path) => {
    const html = htmlOf(path);
    const inline = gzipSync(inlineCssOf(html)).length;
    expect(inline, 'the stylesheets are inlined; is KaTeX’s missing?').toBeGreaterThan(1_000);
    const total = stylesOf(html).reduce((s, href) => s + gz(href), inline);
    expect(total).toBeLessThanOrEqual(budgets.css_gzip);
  });

  it.each(chapterPages())('%s HTML stays within budget', (path) => {
    expect(gzipSync(htmlOf(path)).length).toBeLessThanOrEqual(budgets.chapterHtml_gzip);
  });

  it.each(sitePages().filter((p) => hasIsland(htmlOf(p))))('%s (with widgets) keeps island JS within budget and three.js lazy', (path) => {
    const html = htmlOf(path);
    const modules = [...scriptsOf(html), ...islandModules(html)];
    const total = [...new Set(modules)].reduce((s, src) => s + gz(src), 0);
    expect(total).toBeLessThanOrEqual(budgets.widgetPageIslandScripts_gzip);
    // three.js is only ever reached through a dynamic import(), when the simulation is on screen.
    for (const src of modules) expect(readFileSync(join(DIST, src), 'utf8')).not.toMatch(/WebGLRenderer/);
  });

  it('finds the build', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });
});
