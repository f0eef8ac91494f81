/**
 * Moodle XML export, built with fast-xml-parser's XMLBuilder. Question text is HTML (sub- and
 * superscripts as markup, so Moodle's filters run). Choice questions keep the banks' fixed option
 * order where set; numeric answers accept the unit typed or left out, and each known slip is a 0 %
 * answer with its explanation; randomised numeric items are `calculated` questions whose
 * pre-generated, seeded draws (<dataset_items>) give each student their own numbers; ordering
 * items use Moodle's ordering type, graded pairwise like the course. Every question links to its
 * chapter section and carries tags for its chapter, review section and skill.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { ChoiceItem, ExportItem, NumericItem, NumericVariants, OrderingItem } from './exportItems';
import { linkParagraph, paragraph } from './html';

const html = (text: string) => ({ '@_format': 'html', text });

/** What every question type shares. */
function head(item: ExportItem, type: string, prompt = item.prompt, feedback = item.generalFeedback) {
  return {
    '@_type': type,
    name: { text: item.id },
    questiontext: html(paragraph(prompt)),
    generalfeedback: html(paragraph(feedback) + linkParagraph(item.link)),
    defaultgrade: 1,
    penalty: 0,
    hidden: 0,
  };
}

const tags = (item: ExportItem) => ({ tags: { tag: item.tags.map((text) => ({ text })) } });

function choice(item: ChoiceItem) {
  return {
    ...head(item, 'multichoice'),
    single: item.multiple ? 'false' : 'true',
    shuffleanswers: item.shuffle ? 'true' : 'false',
    answernumbering: 'abc',
    answer: item.options.map((o) => ({ '@_fraction': o.weight, ...html(paragraph(o.text)), feedback: html(paragraph(o.feedback)) })),
    ...tags(item),
  };
}

/** Units may be typed or left out (showunits 0 = text entry, unitgradingtype 0 = no penalty). */
function units(unit: string) {
  return unit
    ? { units: { unit: { multiplier: 1, unit_name: unit } }, unitgradingtype: 0, unitpenalty: 0, showunits: 0, unitsleft: 0 }
    : { unitgradingtype: 0, unitpenalty: 0, showunits: 3, unitsleft: 0 };
}

function numerical(item: NumericItem) {
  const answer = (value: number, fraction: number, feedback: string) => ({
    '@_fraction': fraction,
    text: value,
    tolerance: item.tolerance,
    feedback: html(feedback ? paragraph(feedback) : ''),
  });
  return {
    ...head(item, 'numerical'),
    answer: [answer(item.answer, 100, ''), ...item.mistakes.map((m) => answer(m.value, 0, m.feedback))],
    ...units(item.unit),
    ...tags(item),
  };
}

/** Decimal places needed to write every value exactly as stored. */
const decimals = (values: number[]) => Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));

function dataset(name: string, values: number[]) {
  return {
    status: { text: 'private' },
    name: { text: name },
    type: 'calculated',
    distribution: { text: 'uniform' },
    minimum: { text: Math.min(...values) },
    maximum: { text: Math.max(...values) },
    decimals: { text: decimals(values) },
    itemcount: values.length,
    dataset_items: { dataset_item: values.map((value, k) => ({ number: k + 1, value })) },
    number_of_items: values.length,
  };
}

/**
 * A randomised numeric item as a Moodle calculated question. Moodle picks one item number per
 * attempt and uses it for every wildcard, so row k's numbers, answer and slips stay together; the
 * answer formula is simply {answer}, computed here by the physics library for each draw.
 */
function calculated(item: NumericItem, v: NumericVariants) {
  const tolerance = item.relativeTolerance !== undefined ? { tolerance: item.relativeTolerance, tolerancetype: 1 } : { tolerance: item.tolerance, tolerancetype: 2 };
  const answer = (formula: string, fraction: number, feedback: string) => ({
    '@_fraction': fraction,
    text: formula,
    ...tolerance,
    correctanswerformat: 2, // significant figures
    correctanswerlength: 4,
    feedback: html(feedback ? paragraph(feedback) : ''),
  });
  const slips = v.slipExplanations.map((_, i) => `slip${i + 1}`);
  return {
    ...head(item, 'calculated', v.prompt, v.explanation),
    synchronize: 0,
    single: 0,
    answernumbering: 'abc',
    shuffleanswers: 0,
    answer: [answer('{answer}', 100, ''), ...slips.map((s, i) => answer(`{${s}}`, 0, v.slipExplanations[i]))],
    ...units(item.unit),
    dataset_definitions: {
      dataset_definition: [
        ...v.wildcards.map((w) => dataset(w, v.rows.map((r) => r.values[w]))),
        dataset('answer', v.rows.map((r) => r.answer)),
        ...slips.map((s, i) => dataset(s, v.rows.map((r) => r.slips[i]))),
      ],
    },
    ...tags(item),
  };
}

/** Moodle's ordering type; RELATIVE_ALL_PREVIOUS_AND_NEXT credits every pair in the right order. */
function ordering(item: OrderingItem) {
  return {
    ...head(item, 'ordering'),
    layouttype: 'VERTICAL',
    selecttype: 'ALL',
    selectcount: item.items.length,
    gradingtype: 'RELATIVE_ALL_PREVIOUS_AND_NEXT',
    showgrading: 'SHOW',
    numberingstyle: 'none',
    answer: item.items.map((text, k) => ({ '@_fraction': k + 1, ...html(paragraph(text)) })),
    ...tags(item),
  };
}

function question(item: ExportItem) {
  switch (item.kind) {
    case 'choice':
      return choice(item);
    case 'numeric':
      return item.variants ? calculated(item, item.variants) : numerical(item);
    case 'matching':
      return {
        ...head(item, 'matching'),
        shuffleanswers: 'true',
        subquestion: item.pairs.map((p) => ({ ...html(paragraph(p.left)), answer: { text: p.right } })),
        ...tags(item),
      };
    case 'ordering':
      return ordering(item);
  }
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });

export function toMoodleXml(title: string, items: readonly ExportItem[]): string {
  // In a category path "/" separates levels; "//" is a literal slash.
  const category = { '@_type': 'category', category: { text: `$course$/${title.replace(/\//g, '//')}` } };
  const body = builder.build({ quiz: { question: [category, ...items.map(question)] } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
