import { describe, expect, it } from 'vitest';
import { createRandom, freshSeed, hashSeed, isValidSeed } from '../../../src/lib/quiz/seededRandom';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and labels, and a different one otherwise', () => {
    const seq = (seed: string, ...labels: string[]) => {
      const r = createRandom(seed, ...labels);
      return Array.from({ length: 8 }, () => r.next());
    };
    expect(seq('lecture-3')).toEqual(seq('lecture-3'));
    expect(seq('lecture-3')).not.toEqual(seq('lecture-4'));
    expect(seq('s', 'question', 'a')).not.toEqual(seq('s', 'question', 'b'));
  });

  it('stays in range and reaches both ends', () => {
    const r = createRandom('range');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      seen.add(r.int(1, 6));
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = createRandom('x').shuffle(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...out].sort()).toEqual(items);
  });

  it('hashes strings to 32-bit unsigned integers', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(Number.isInteger(hashSeed('anything'))).toBe(true);
    expect(hashSeed('anything')).toBeLessThan(2 ** 32);
  });

  it('makes fresh seeds that are valid URL seeds', () => {
    const a = freshSeed();
    expect(isValidSeed(a)).toBe(true);
    expect(isValidSeed('has space')).toBe(false);
    expect(isValidSeed('<script>')).toBe(false);
    expect(isValidSeed('')).toBe(false);
  });
});
