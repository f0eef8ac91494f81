// @vitest-environment happy-dom
/**
 * Instructor exports: the GIFT file is read back by an independent parser (gift-pegjs), and the
 * Moodle XML and QTI 2.1 files are well-formed and have the expected structure (fast-xml-parser).
 * Question counts, types, answers and partial credit survive the trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { bankSchema, type QuestionBank } from '../../../src/lib/quiz/bankSchema';
import { EXPORT_DRAWS, exportItems, type ExportItem } from '../../../src/lib/quiz/exports/exportItems';
import { toHtml } from '../../../src/lib/quiz/exports/html';
import { buildQuestion } from '../../../src/lib/quiz/buildQuiz';
import { gradeQuestion, isInvalid, verdictOf } from '../../../src/lib/quiz/grading';
import type { NumericInstance } from '../../../src/lib/quiz/types';
import { escapeGift, giftMatchAnswer, num, toGift } from '../../../src/lib/quiz/exports/gift';

const unescapeGift = (s: string) => s.replace(/\\(.)/g, '$1');
import { toMoodleXml } from '../../../src/lib/quiz/exports/moodleXml';
import { qtiFiles, qtiId, qtiPackage } from '../../../src/lib/quiz/exports/qti';
import { zipFiles } from '../../../src/lib/quiz/exports/zip';
import { strFromU8, unzipSync } from 'fflate';
import { CONTENT } from '../content/contentFiles';
import { sampleBank } from './sampleBank';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['question', 'answer', 'subquestion', 'simpleChoice', 'value', 'mapEntry', 'simpleAssociableChoice', 'resource', 'assessmentItemRef', 'tag', 'dataset_definition', 'dataset_item'].includes(name) });
const banks = readdirSync(join(CONTENT, 'quizzes'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.slice(0, -5), bank: bankSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'quizzes', f), 'utf8'))) }));
const all: { id: string; bank: QuestionBank }[] = [{ id: 'sample', bank: sampleBank }, ...banks];

/** Reads back a package with fflate's unzip (which checks each entry's CRC) as text. */
function unzipText(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)]));
}

const expectedGiftType = (i: ExportItem) => ({ choice: 'MC', numeric: 'Numerical', matching: 'Matching', ordering: 'Matching' })[i.kind];

interface MoodleQuestion {
  '@type': string;
  name: { text: string };
  questiontext: { '@format': string; text: string };
  generalfeedback: { text: string };
  tags: { tag: { text: string }[] };
  shuffleanswers?: string;
  showunits?: number;
  unitgradingtype?: number;
  gradingtype?: string;
  answer?: { '@fraction': string; text: string | number; tolerance?: number; feedback: { text: string } }[];
  subquestion?: unknown[];
  dataset_definitions?: { dataset_definition: { name: { text: string }; dataset_items: { dataset_item: { value: number }[] } }[] };
}
const SITE = 'https://lms-course.example.org/anodes/';
const graded = (g: ReturnType<typeof gradeQuestion>) => {
  if (isInvalid(g)) throw new Error(g.message);
  return g;
};

describe.each(all)('exports of $id', ({ id, bank }) => {
  const items = exportItems(id, bank);
  const linked = exportItems(id, bank, { siteUrl: SITE });

  it('turns every question into items, one per scenario step', () => {
    const steps = bank.questions.reduce((n, q) => n + (q.type === 'scenario' ? q.steps.length : 1), 0);
    expect(items).toHaveLength(steps);
  });

  it('GIFT: gift-pegjs reads back every question with its type, answers and weights', () => {
    expect(toGift(bank.title, exportItems(id, bank))).toBe(toGift(bank.title, items)); // reproducible
    const parsed = parseGift(toGift(bank.title, items)).filter((q) => q.type !== 'Category');
    expect(parsed).toHaveLength(items.length);
    parsed.forEach((q, k) => {
      const item = items[k];
      expect(q.type).toBe(expectedGiftType(item));
      expect(q.title).toBe(item.id);
      expect(q.stem.text).toBe(item.kind === "ordering" ? `${item.prompt} (Match each item with its position.)` : item.prompt);
      if (item.kind === 'choice' && q.type === 'MC') {
        expect(q.choices.map((c) => c.text.text)).toEqual(item.options.map((o) => o.text));
        if (item.multiple) expect(q.choices.map((c) => c.weight)).toEqual(item.options.map((o) => o.weight));
        else expect(q.choices.map((c) => c.isCorrect)).toEqual(item.options.map((o) => o.correct));
        expect(q.choices.every((c) => (c.feedback?.text.length ?? 0) > 10)).toBe(true);
      }
      if (item.kind === 'numeric' && q.type === 'Numerical') {
        expect(q.choices).toMatchObject({ type: 'range', number: item.answer, range: item.tolerance });
        expect(Number.isFinite(item.answer)).toBe(true);
      }
      if (item.kind === 'matching' && q.type === 'Matching') {
        // No escape placeholder ("&&058;", "&&126;") may reach a reader: answers come back as written.
        expect(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(item.pairs.map((p) => [p.left, unescapeGift(giftMatchAnswer(p.right))]));
        for (const p of q.matchPairs) expect(p.subanswer).not.toMatch(/&&\d{3}/);
      }
      if (item.kind === 'ordering' && q.type === 'Matching') {
        expect(q.matchPairs.map((p) => p.subanswer)).toEqual(item.items.map((_, i) => `Position ${i + 1}`));
      }
      expect((q as { globalFeedback?: { text: string } }).globalFeedback?.text).toMatch(/Source: /);
    });
  });

  it('Moodle XML: well-formed, HTML text, fixed orders kept, slips as 0 % answers, links and tags', () => {
    const text = toMoodleXml(bank.title, linked);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(toMoodleXml(bank.title, exportItems(id, bank, { siteUrl: SITE }))).toBe(text); // reproducible
    const questions = xml.parse(text).quiz.question as MoodleQuestion[];
    expect(questions[0]).toMatchObject({ '@type': 'category', category: { text: `$course$/${bank.title.replace(/\//g, '//')}` } });
    const qs = questions.slice(1);
    expect(qs).toHaveLength(linked.length);
    qs.forEach((q, k) => {
      const item = linked[k];
      expect(q.name.text).toBe(item.id);
      const type = item.kind === 'numeric' ? (item.variants ? 'calculated' : 'numerical') : { choice: 'multichoice', matching: 'matching', ordering: 'ordering' }[item.kind];
      expect(q['@type']).toBe(type);
      expect(q.questiontext['@format']).toBe('html');
      // Sub- and superscripts as markup, so Moodle's filters and screen readers see them.
      expect(q.questiontext.text).not.toMatch(/[₀-₉⁰-⁹⁺⁻₊₋]/);
      if (/[₀-₉]/.test(item.prompt)) expect(q.questiontext.text).toContain('<sub>');
      expect(q.generalfeedback.text).toContain(`<a href="${SITE}chapters/`);
      expect(q.tags.tag.map((t) => t.text)).toEqual(item.tags);
      expect(item.tags[0]).toMatch(/^chapter:/);
      if (item.kind === 'choice') {
        const positive = q.answer!.map((a) => Number(a['@fraction'])).filter((f) => f > 0);
        expect(positive.reduce((s, f) => s + f, 0)).toBeCloseTo(100, 3);
        expect(String(q.shuffleanswers)).toBe(String(item.shuffle));
      }
      if (item.kind === 'numeric') {
        expect(q.showunits).toBe(item.unit ? 0 : 3); // 0: the unit may be typed or left out
        expect(q.unitgradingtype).toBe(0);
        const [right, ...slips] = q.answer!;
        expect(Number(right['@fraction'])).toBe(100);
        expect(slips.every((a) => Number(a['@fraction']) === 0 && a.feedback.text.length > 10)).toBe(true);
        if (!item.variants) {
          expect({ answer: Number(right.text), tolerance: Number(right.tolerance) }).toEqual({ answer: item.answer, tolerance: item.tolerance });
          expect(slips.map((a) => Number(a.text))).toEqual(item.mistakes.map((m) => m.value));
        } else {
          expect(right.text).toBe('{answer}');
          expect(slips).toHaveLength(item.variants.slipExplanations.length);
          const sets = new Map(q.dataset_definitions!.dataset_definition.map((d) => [d.name.text, d.dataset_items.dataset_item.map((i) => Number(i.value))]));
          expect([...sets.keys()]).toEqual([...item.variants.wildcards, 'answer', ...slips.map((_, i) => `slip${i + 1}`)]);
          for (const w of item.variants.wildcards) expect(q.questiontext.text).toContain(`{${w}}`);
          // Row k of every wildcard is one draw: its numbers give its answer (checked by the course's grader).
          const source = bank.questions.find((x) => x.id === item.id)!;
          sets.get('answer')!.forEach((answer, r) => {
            const drawn = buildQuestion(source, `${id}-draw-${r + 1}`, bank.chapter) as NumericInstance;
            for (const w of item.variants!.wildcards) expect(sets.get(w)![r]).toBe(drawn.parameters[w]);
            expect(verdictOf(graded(gradeQuestion(drawn, { type: 'numeric', text: String(answer) })).score)).toBe('correct');
          });
          expect(sets.get('answer')).toHaveLength(EXPORT_DRAWS);
          expect(new Set(sets.get('answer')).size).toBeGreaterThan(1); // students really get different numbers
        }
      }
      if (item.kind === 'matching') expect(q.subquestion).toHaveLength(item.pairs.length);
      if (item.kind === 'ordering') {
        expect(q.gradingtype).toBe('RELATIVE_ALL_PREVIOUS_AND_NEXT'); // every pair in the right order earns credit
        expect(q.answer!.map((a) => a.text)).toEqual(item.items.map((t) => `<p>${toHtml(t)}</p>`));
      }
    });
  });

  it('QTI 2.1: a zip with a manifest, a test and one well-formed item per question, with correct responses', () => {
    const zipped = qtiPackage(id, bank.title, items);
    const files = unzipText(zipped);
    expect(zipped).toEqual(qtiPackage(id, bank.title, items)); // byte for byte reproducible
    expect(files).toEqual(qtiFiles(id, bank.title, items));
    for (const [path, text] of Object.entries(files)) expect(XMLValidator.validate(text), path).toBe(true);
    const manifest = xml.parse(files['imsmanifest.xml']).manifest;
    const resources = manifest.resources.resource as { '@type': string; '@href': string }[];
    expect(resources.filter((r) => r['@type'] === 'imsqti_item_xmlv2p1')).toHaveLength(items.length);
    expect(resources.filter((r) => r['@type'] === 'imsqti_test_xmlv2p1')).toHaveLength(1);
    for (const r of resources) expect(files[r['@href']], r['@href']).toBeDefined();
    const test = xml.parse(files['assessment.xml']).assessmentTest;
    expect(test.testPart.assessmentSection.assessmentItemRef).toHaveLength(items.length);

    for (const item of items) {
      const doc = xml.parse(files[`items/${qtiId(item.id)}.xml`]).assessmentItem;
      expect(doc['@identifier']).toBe(qtiId(item.id));
      const decl = doc.responseDeclaration;
      const body = doc.itemBody;
      const correct = decl.correctResponse.value as unknown[];
      switch (item.kind) {
        case 'choice': {
          const interaction = body.choiceInteraction;
          expect(interaction.simpleChoice).toHaveLength(item.options.length);
          expect(correct).toHaveLength(item.options.filter((o) => o.correct).length);
          expect(interaction['@maxChoices']).toBe(item.multiple ? '0' : '1');
          if (item.multiple) {
            const right = item.options.filter((o) => o.correct).length;
            expect(decl.mapping.mapEntry.map((e: { '@mappedValue': string }) => Number(e['@mappedValue']))).toEqual(item.options.map((o) => (o.correct ? 1 : -1) / right));
          }
          expect(interaction['@shuffle']).toBe(String(item.shuffle));
          break;
        }
        case 'numeric':
          expect(decl['@baseType']).toBe('float');
          expect(Number(correct[0])).toBe(item.answer);
          expect(body.p[1].textEntryInteraction).toBeDefined();
          expect([doc.responseProcessing.responseCondition].flat()[0].responseIf.equal['@tolerance']).toBe(`${item.tolerance} ${item.tolerance}`);
          break;
        case 'matching':
          expect(decl['@baseType']).toBe('directedPair');
          expect(correct).toEqual(item.pairs.map((_, i) => `L${i + 1} R${i + 1}`));
          break;
        case 'ordering':
          expect(decl['@cardinality']).toBe('ordered');
          expect(body.orderInteraction.simpleChoice).toHaveLength(item.items.length);
          break;
      }
    }
  });
});

describe('export details', () => {
  it('writes the category line raw, so Moodle shows the title and not "&&058;"', () => {
    const gift = toGift('Check your understanding: Why sodium?', []);
    expect(gift).toContain('\n$CATEGORY: Check your understanding: Why sodium?\n');
    const [category] = parseGift(gift) as { type: string; title: string }[];
    expect(category).toMatchObject({ type: 'Category', title: 'Check your understanding: Why sodium?' });
  });

  it('writes matching answers with ":" and "~" so that no reader sees an escape placeholder', () => {
    expect(giftMatchAnswer('Film chemistry: a stable film')).toBe('Film chemistry – a stable film');
    expect(giftMatchAnswer('A thin (~10 nm) film')).toBe('A thin (≈10 nm) film');
    const item: ExportItem = { kind: 'matching', id: 'm', prompt: 'Match.', pairs: [{ left: 'PEDOT:PSS', right: 'ratio 1:2, ~ rough' }, { left: 'b', right: 'c' }], generalFeedback: 'Source: x.', link: '/', tags: [] };
    const [q] = parseGift(toGift('t', [item])).filter((x) => x.type !== 'Category') as { matchPairs: { subquestion: { text: string }; subanswer: string }[] }[];
    expect(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual([['PEDOT:PSS', 'ratio 1∶2, ∼ rough'], ['b', 'c']]);
  });

  it('escapes GIFT control characters so text survives the parser', () => {
    const tricky = 'Li: {3860} mAh/g = ~10× graphite #1 \\ done';
    const gift = `::t::${escapeGift(tricky)}{\n=${escapeGift('a = b')}#${escapeGift('c ~ d')}\n~other#no\n}\n`;
    const [q] = parseGift(gift) as { stem: { text: string } }[];
    expect(q.stem.text).toBe(tricky);
  });

  it('fixes parametrised numbers with the bank default seed and converts a relative tolerance to absolute', () => {
    const numeric = exportItems('sample', sampleBank).find((i) => i.kind === 'numeric')!;
    expect(numeric.kind === 'numeric' && numeric.tolerance).toBeCloseTo(0.02 * (numeric as { answer: number }).answer, 2);
    expect(numeric.prompt).toMatch(/\(Answer in µm\.\)$/);
  });

  it('writes very small and very large numbers as plain decimals the GIFT parser reads back', () => {
    const item: ExportItem = { kind: 'numeric', id: 'tiny', prompt: 'Threshold?', answer: 4.7e-5, tolerance: 1.5e-7, unit: 'M', mistakes: [], generalFeedback: 'Source: test.', link: '/', tags: [] };
    const [q] = parseGift(toGift('t', [item])).filter((x) => x.type !== 'Category') as { choices: unknown }[];
    expect(q.choices).toMatchObject({ type: 'range', number: 4.7e-5, range: 1.5e-7 });
    expect(num(2.5e21)).toBe('2500000000000000000000');
  });

  it('zips with compression, in any time zone the same bytes', () => {
    const text = '<x>'.concat('repeated text '.repeat(200), '</x>');
    const zip = zipFiles({ 'a.xml': text, 'dir/b.xml': 'b' });
    expect(zip.length).toBeLessThan(text.length / 4);
    expect(unzipText(zip)).toEqual({ 'a.xml': text, 'dir/b.xml': 'b' });
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint16(8, true)).toBe(8); // DEFLATE
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (1 << 5) | 1); // 2024-01-01 in every time zone
  });
});
