// @vitest-environment happy-dom
// Happy-dom because micromark (inside parseFrontmatter) resolves its DOM entity decoder under the test resolver.
/**
 * A callout prints its kind ("Where the review is loose", "Caveat", …) before its title, so a title
 * that repeats the kind reads twice: "Where the review is loose: Where the review is loose: …"
 * reached students in seven callouts before this check.
 */
import { describe, expect, it } from 'vitest';
import { chapterFiles } from './contentFiles';

const KIND_LABELS = ['Where the review is loose', 'Try this', 'Caveat', 'Note'];

export function repeatedKinds(body: string): string[] {
  return [...body.matchAll(/<Callout\b[^>]*\btitle="([^"]*)"/g)]
    .map((m) => m[1])
    .filter((title) => KIND_LABELS.some((k) => title.toLowerCase().startsWith(k.toLowerCase())));
}

describe('callout titles', () => {
  it('finds a repeated kind label (the check can fail)', () => {
    expect(repeatedKinds('<Callout type="loose" title="Where the review is loose: x">')).toHaveLength(1);
    expect(repeatedKinds('<Callout type="loose" title="Which cell?">')).toHaveLength(0);
  });
  for (const { id, body } of chapterFiles()) {
    it(`${id}: no callout title repeats its kind`, () => expect(repeatedKinds(body)).toEqual([]));
  }
});
