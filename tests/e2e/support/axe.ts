/** Runs the real axe-core engine in the page with the course's WCAG 2.2 AA tag set. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  id: string;
  help: string;
  targets: string[];
}

/**
 * The rules whose outcome depends on the colour theme. A page that passed every rule in one theme
 * only needs these in the other: structure, names and roles do not change with colours.
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/** Every rule of AXE_TAGS, or only `rules` when given (e.g. THEME_RULES for a second theme). */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<AxeFinding[]> {
  // evaluate() is not subject to the page's Content-Security-Policy, unlike a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, only }) => {
      const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
      const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: tags };
      // Only violations are judged: axe then skips collecting every passing node (documented as its
      // speed option for large pages such as KaTeX-heavy chapters).
      const result = await w.axe.run(document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    },
    { tags: AXE_TAGS, only: rules ? [...rules] : null },
  );
}
