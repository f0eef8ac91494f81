/**
 * Schemas of the course's content collections. They live apart from src/content.config.ts so
 * unit tests can validate content files without booting Astro.
 */
import { z } from 'astro/zod';

/** The three reviews the course follows, by the reference id each has in content/references. */
export const reviewIds = ['xiang2019', 'ge2024', 'lee2020'] as const;
export type ReviewId = (typeof reviewIds)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

export const chapterSchema = z.object({
  title: z.string().min(3),
  /** Part of the course: 1 Xiang et al. 2019, 2 Ge et al. 2024, 3 Lee et al. 2020. */
  part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Position in the whole course (1–15 follow the course map; the capstone comes after). */
  order: z.number().int().min(1).max(99),
  /** Must equal the file name; pages are served at /chapters/<slug>/. */
  slug,
  /** One or two sentences for cards, search results and the meta description. */
  summary: z.string().min(20).max(300),
  objectives: z.array(z.string().min(10)).min(2).max(8),
  takeaways: z.array(z.string().min(10)).min(2).max(10),
  /** Estimated minutes to read and try the widgets. */
  minutes: z.number().int().min(5).max(120),
  sources: z
    .array(
      z.object({
        review: z.enum(reviewIds),
        sections: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
  status: z.enum(['draft', 'published']),
  /** Last substantive revision, shown in "cite this chapter". */
  updated: z.coerce.date().optional(),
});
export type ChapterData = z.infer<typeof chapterSchema>;

export const referenceSchema = z
  .object({
    kind: z.enum(['review', 'primary']),
    authors: z.array(z.string().min(2)).min(1),
    /** Optional for a primary work only: the reviews' reference lists mostly print no titles. */
    title: z.string().min(3).optional(),
    journal: z.string().min(2),
    year: z.number().int().min(1800).max(2100),
    volume: z.string().optional(),
    pages: z.string().optional(),
    /** Bare DOI (10.xxxx/…); linked as https://doi.org/<doi>. Required for the reviews. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a bare DOI such as 10.1016/j.joule.2019.07.027')
      .optional(),
    /** For a primary work: where a review cites it (review id and its reference number). */
    citedIn: z
      .array(z.object({ review: z.enum(reviewIds), number: z.number().int().min(1) }))
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'review' && r.title === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'a review needs its title' });
    }
  });
export type ReferenceData = z.infer<typeof referenceSchema>;

export const glossarySchema = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** One sentence, shown in popovers and on the glossary page. */
  definition: z
    .string()
    .min(20)
    .max(400)
    .refine((s) => /[.!?)]$/.test(s.trim()), 'end the definition with a full stop'),
  /** Slug of the chapter that teaches the term. */
  chapter: slug,
  source: z.object({
    reference: z.string().min(1),
    /** Section of the review, or "textbook" for standard physics and chemistry. */
    section: z.string().min(1),
  }),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
