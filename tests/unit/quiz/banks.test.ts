// @vitest-environment happy-dom
/**
 * Every question bank in content/quizzes validates, links each question to a heading that exists
 * in the chapter it names, builds under many seeds with answers from the physics library, and
 * every published chapter has a bank of at least eight questions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { bankSchema, type QuestionBank } from '../../../src/lib/quiz/bankSchema';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { gradeQuestion, isInvalid } from '../../../src/lib/quiz/grading';
import { CONTENT, chapterFiles } from '../content/contentFiles';

const MIN_QUESTIONS = 8;
const bankFiles = readdirSync(join(CONTENT, 'quizzes')).filter((f) => f.endsWith('.json'));
const banks = bankFiles.map((f) => ({ id: f.slice(0, -5), data: JSON.parse(readFileSync(join(CONTENT, 'quizzes', f), 'utf8')) as unknown }));
const chapters = chapterFiles();

/** Heading ids as Astro assigns them: github-slugger over each heading's text, in order. */
function headingIds(mdxBody: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let inFence = false;
  for (const line of mdxBody.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = !inFence && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1].replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    ids.add(slugger.slug(text));
  }
  return ids;
}
const headingsOf = new Map(chapters.map((c) => [c.id, headingIds(c.body)]));

describe.each(banks)('bank $id', ({ id, data }) => {
  const parsed = bankSchema.safeParse(data);

  it('validates against the bank schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const bank = parsed.data as QuestionBank;

  it('is named after its chapter and has at least eight questions of at least four types', () => {
    expect(bank.chapter).toBe(id);
    expect(bank.questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    expect(new Set(bank.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  });

  it('links every question to a heading that exists in the chapter that teaches it', () => {
    const missing = bank.questions
      .map((q) => ({ q: q.id, chapter: q.chapter ?? bank.chapter, section: q.section }))
      .filter(({ chapter, section }) => !headingsOf.get(chapter)?.has(section));
    expect(missing).toEqual([]);
  });

  it('cites a source section the chapter lists for that review', () => {
    for (const q of bank.questions) {
      const chapter = chapters.find((c) => c.id === (q.chapter ?? bank.chapter));
      const sources = (chapter?.frontmatter.sources ?? []) as { review: string; sections: string[] }[];
      const sections = sources.find((s) => s.review === q.source.review)?.sections ?? [];
      expect(sections, `${q.id}: ${q.source.review} "${q.source.section}"`).toContain(q.source.section);
    }
  });

  it('builds under many seeds; every numeric answer is computed, finite, and its shown value grades as correct', () => {
    for (let s = 0; s < 40; s++) {
      const quiz = buildQuiz(id, bank, `seed-${s}`);
      expect(quiz.questions).toHaveLength(bank.questions.length);
      for (const q of quiz.questions) {
        if (q.type !== 'numeric') continue;
        expect(Number.isFinite(q.answer), q.id).toBe(true);
        expect(q.prompt).not.toMatch(/[{}]/);
        // "3,861" as shown is asked about (3.861 or 3861?); typed without the comma it is correct.
        const g = gradeQuestion(q, { type: 'numeric', text: q.answerText.replace(/(\d),(?=\d{3})/g, '$1') });
        expect(!isInvalid(g) && g.verdict, `${q.id}: shown answer ${q.answerText}`).toBe('correct');
        const asShown = gradeQuestion(q, { type: 'numeric', text: q.answerText });
        expect(isInvalid(asShown) ? asShown.message : asShown.verdict, q.id).toMatch(/^correct$|^Did you mean/);
        for (const m of q.mistakes) {
          const mg = gradeQuestion(q, { type: 'numeric', text: String(m.value) });
          expect(!isInvalid(mg) && mg.verdict, `${q.id}: a recognised mistake must not grade as correct`).toBe('wrong');
        }
      }
    }
  });

  it('states every drawn number in the prompt (a student cannot compute what they are not told)', () => {
    for (const q of bank.questions) {
      if (q.type !== 'numeric') continue;
      for (const [name, draw] of Object.entries(q.physics.parameters)) {
        const varies = 'min' in draw ? draw.max > draw.min : 'choose' in draw && draw.choose.length > 1;
        if (varies) expect(q.prompt, `${q.id} must show {${name}}`).toContain(`{${name}}`);
      }
    }
  });
});

describe('coverage', () => {
  it('every published chapter has a bank', () => {
    const published = chapters.filter((c) => c.frontmatter.status === 'published').map((c) => c.id);
    expect(published.filter((slug) => !banks.some((b) => b.id === slug))).toEqual([]);
  });

  it('computes heading ids as Astro does (github-slugger)', () => {
    expect([...headingIds('## Counting charge: the specific capacity of a metal\n## What "energy density" measures\n## Dendrites\n## Dendrites')]).toEqual([
      'counting-charge-the-specific-capacity-of-a-metal',
      'what-energy-density-measures',
      'dendrites',
      'dendrites-1',
    ]);
  });
});
