/** Reads the content folder from disk, as the build does, for schema and cross-reference tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export const CONTENT = resolve(import.meta.dirname, '../../../content');

export function jsonEntries(folder: string): { id: string; data: unknown }[] {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id: f.slice(0, -5), data: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function chapterFiles(): { id: string; frontmatter: Record<string, unknown>; body: string }[] {
  const dir = join(CONTENT, 'chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const parsed = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      return { id: f.slice(0, -4), frontmatter: parsed.frontmatter, body: parsed.content };
    });
}
