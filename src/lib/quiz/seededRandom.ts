/**
 * Seeded randomness for quizzes: the same seed gives the same question order, option order and
 * drawn numbers on every machine, so a lecturer can share "the same quiz" as a URL (?seed=…).
 * Math.random is never used for anything a seed should reproduce.
 */

/** A seed as it appears in a URL: short, letters, digits and hyphens. */
export const SEED_PATTERN = /^[A-Za-z0-9-]{1,32}$/;

export function isValidSeed(seed: unknown): seed is string {
  return typeof seed === 'string' && SEED_PATTERN.test(seed);
}

/** 32-bit FNV-1a hash of a string: turns any seed text into the generator's state. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * Mulberry32: small, fast, and good enough to shuffle a handful of options; not for cryptography.
 * Labels derive independent streams from one seed, so adding a question to a bank does not change
 * the numbers drawn for the others: createRandom(seed, 'question', id).
 */
export function createRandom(seed: string, ...labels: string[]): SeededRandom {
  let state = hashSeed([seed, ...labels].join('\u001f'));
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/**
 * A fresh seed for "try a new quiz". Only here is the platform's randomness used: the seed is
 * then written to the URL and saved, and everything else follows from it.
 */
export function freshSeed(): string {
  const bytes = new Uint8Array(6);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10);
}
