/** The three reviews' texts (../shared/seeds, or SEEDS_DIR), for tests that check content against them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reviewIds, type ReviewId } from '../../../src/lib/content/schemas';

export const seedsDir = process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../../../shared/seeds');
export const haveSeeds = existsSync(seedsDir);
const prefix: Record<ReviewId, string> = { xiang2019: '000_', ge2024: '001_', lee2020: '003_' };

export function seedText(id: ReviewId): string | undefined {
  if (!haveSeeds) return undefined;
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix[id]));
  return file ? readFileSync(join(seedsDir, file), 'utf8') : undefined;
}

export const allSeedTexts = (): string[] => reviewIds.map(seedText).filter((t): t is string => t !== undefined);
