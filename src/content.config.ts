import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, glossarySchema, referenceSchema } from './lib/content/schemas';
import { bankSchema } from './lib/quiz/bankSchema';

// Content lives at the top-level content/ folder (the project's layout), one file per entry so
// parallel authors rarely touch the same file.
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

const references = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/references' }),
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/glossary' }),
  schema: glossarySchema,
});

// One question bank per chapter, named by the chapter's slug (content/quizzes/<slug>.json).
const quizzes = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/quizzes' }),
  schema: bankSchema,
});

export const collections = { chapters, references, glossary, quizzes };
