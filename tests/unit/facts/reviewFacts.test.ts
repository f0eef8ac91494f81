/**
 * Every number a chapter states because a review states it (src/lib/facts) is checked against
 * the review's own text: the recorded evidence fragment must occur in the review and contain the
 * value. The reviews live in ../shared/seeds (SEEDS_DIR overrides); CI must have them.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewFact } from '../../../src/lib/facts/types';
import { reviewIds, type ReviewId } from '../../../src/lib/content/schemas';
import { haveSeeds, seedsDir, seedText as readSeed } from '../support/seeds';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const seedText = new Map<ReviewId, string>();
for (const id of reviewIds) {
  const text = readSeed(id);
  if (text) seedText.set(id, normalise(text));
}

const modules = import.meta.glob<Record<string, unknown>>('../../../src/lib/facts/*.ts', { eager: true });
const isFact = (x: unknown): x is ReviewFact =>
  typeof x === 'object' && x !== null && 'evidence' in x && 'value' in x && 'review' in x;
const facts: { name: string; fact: ReviewFact }[] = [];
for (const [path, mod] of Object.entries(modules)) {
  for (const [exportName, value] of Object.entries(mod)) {
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, fact] of Object.entries(value)) {
      if (isFact(fact)) facts.push({ name: `${path.split('/').at(-1)}:${exportName}.${key}`, fact });
    }
  }
}

/** The digits of a value as a review might print them: 3860, 3,860, 3 860, 0.106, 1.2×10^5. */
function valueAppears(value: number, evidence: string): boolean {
  const digitsOnly = evidence.replace(/(?<=\d)[,\u2009\u202f ](?=\d{3})/g, '');
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) {
    const mantissa = abs.toExponential().split('e')[0].replace(/\.?0+$/, '');
    return digitsOnly.includes(mantissa);
  }
  return digitsOnly.includes(String(abs));
}

describe('facts stated by the reviews', () => {
  it('there are facts to check', () => {
    expect(facts.length).toBeGreaterThan(0);
  });

  it('CI has the reviews to check them against', () => {
    if (process.env.CI) expect(haveSeeds, `no reviews at ${seedsDir}`).toBe(true);
  });

  it.each(facts)('$name: the evidence contains the value', ({ fact }) => {
    expect(valueAppears(fact.value, fact.evidence), `${fact.value} not in "${fact.evidence}"`).toBe(true);
  });

  it.skipIf(!haveSeeds).each(facts)('$name: the evidence occurs in the review', ({ fact }) => {
    const text = seedText.get(fact.review);
    expect(text, `no seed for ${fact.review}`).toBeDefined();
    expect(text!.includes(normalise(fact.evidence)), `"${fact.evidence}" not found in ${fact.review}`).toBe(true);
  });
});
