/**
 * The strategy × threat matrix is checked against Ge et al. 2024 itself: every cell's reference
 * number must be one the review prints next to the strategy's name, and every row must point to a
 * chapter the course plans.
 */
import { describe, expect, it } from 'vitest';
import { families, strategies, threats } from '../../../src/lib/strategies/metalAirStrategies';
import { plannedChapters } from '../../../src/lib/content/courseMap';
import { seedText } from '../support/seeds';
import { electrolytesForMetalAirFacts } from '../../../src/lib/facts/electrolytesForMetalAir';
import { formatFact } from '../../../src/lib/facts/formatFact';

const seed = seedText('ge2024')?.replace(/\s+/g, ' ');

/** Reference numbers in the review's ^[…] marks, ranges expanded: "98-100" → 98, 99, 100. */
function refsIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\^\[([\d,\s\-–]+)\]/g)) {
    for (const part of m[1].split(',')) {
      const [a, b] = part.trim().split(/[-–]/).map(Number);
      for (let n = a; n <= (b || a); n++) out.add(n);
    }
  }
  return out;
}

/** Refs printed within a few sentences of any mention of the name. */
function refsNear(name: string): Set<number> {
  const near = new Set<number>();
  let i = seed!.indexOf(name);
  while (i >= 0) {
    for (const n of refsIn(seed!.slice(Math.max(0, i - 300), i + name.length + 700))) near.add(n);
    i = seed!.indexOf(name, i + 1);
  }
  return near;
}

const cells = strategies.flatMap((s) => s.shields.map((c) => ({ ...c, strategy: s })));

describe('strategy × threat data', () => {
  it('has unique strategy ids and at most one cell per threat in a row', () => {
    expect(new Set(strategies.map((s) => s.id)).size).toBe(strategies.length);
    for (const s of strategies) expect(new Set(s.shields.map((c) => c.threat)).size).toBe(s.shields.length);
  });

  it('uses only known families and threats, and every family and threat is used', () => {
    const familyIds = families.map((f) => f.id) as string[];
    const threatIds = threats.map((t) => t.id) as string[];
    for (const s of strategies) expect(familyIds).toContain(s.family);
    for (const c of cells) expect(threatIds).toContain(c.threat);
    for (const f of familyIds) expect(strategies.some((s) => s.family === f)).toBe(true);
    for (const t of threatIds) expect(cells.some((c) => c.threat === t)).toBe(true);
  });

  it('links every row to a chapter slug of the course map, with a heading-style anchor', () => {
    const slugs = plannedChapters.map((c) => c.slug) as string[];
    for (const s of strategies) {
      expect(slugs).toContain(s.taught.chapter);
      expect(s.taught.anchor).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('takes every number in a cell from a facts file, never typed', () => {
    const stated = Object.values(electrolytesForMetalAirFacts).map(formatFact).join(' | ');
    for (const c of cells) {
      for (const n of c.how.match(/(?<![A-Za-z-])\d[\d,.]*/g) ?? []) expect(stated, `${c.strategy.id}: ${c.how}`).toContain(n);
    }
  });

  it('says how in every cell, briefly', () => {
    for (const c of cells) expect(c.how.length, c.how).toBeGreaterThan(10);
    for (const c of cells) expect(c.how.length, c.how).toBeLessThan(110);
  });
});

describe.skipIf(!seed)('strategy × threat data against the review', () => {
  it.each(strategies.map((s) => ({ id: s.id, name: s.seedName })))('$id: the review names it ("$name")', ({ name }) => {
    expect(seed!.includes(name)).toBe(true);
  });

  it.each(cells.map((c) => ({ id: `${c.strategy.id} × ${c.threat}`, ref: c.ref, name: c.strategy.seedName })))(
    '$id cites ref. $ref, printed near the strategy’s name',
    ({ ref, name }) => {
      expect([...refsNear(name)]).toContain(ref);
    },
  );
});
