/**
 * Where a matrix row links: to the paragraph of the course that teaches the strategy, but only if
 * that chapter is published in this build (unpublished chapters have no page, and a link to them
 * would be broken). If the chapter is there but the heading is not, link to the chapter's top.
 */
import { joinBase } from '../site/url';
import type { Strategy } from './metalAirStrategies';

/** Published chapter slugs with the heading ids each one has. */
export type PublishedHeadings = Readonly<Record<string, readonly string[]>>;

export function teachingHref(strategy: Strategy, published: PublishedHeadings, base: string): string | undefined {
  const headings = published[strategy.taught.chapter];
  if (!headings) return undefined;
  const hash = headings.includes(strategy.taught.anchor) ? `#${strategy.taught.anchor}` : '';
  return joinBase(base, `chapters/${strategy.taught.chapter}/${hash}`);
}

/** Links for every strategy that has a published home, keyed by strategy id. */
export function teachingHrefs(list: readonly Strategy[], published: PublishedHeadings, base: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of list) {
    const href = teachingHref(s, published, base);
    if (href) out[s.id] = href;
  }
  return out;
}
