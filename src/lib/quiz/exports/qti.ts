/**
 * IMS QTI 2.1 content package, built with fast-xml-parser's XMLBuilder: one assessmentItem per
 * exported item, an assessmentTest whose SCORE sums the items' scores, and imsmanifest.xml.
 * Scoring follows the course: multiple select and matching map each right choice to a share
 * (wrong choices cancel, floor 0); numeric answers within an absolute tolerance, typed as floats
 * with a pattern mask so a delivery engine refuses "1,166" instead of scoring it 0; ordering
 * earns a share for every pair in the right relative order. Each option's feedback shows only
 * when that option was chosen; a recognised numeric slip shows its own explanation.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { ExportItem, NumericItem, OrderingItem } from './exportItems';
import { zipFiles } from './zip';

const NS = {
  '@_xmlns': 'http://www.imsglobal.org/xsd/imsqti_v2p1',
  '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  '@_xsi:schemaLocation': 'http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
};

/** QTI identifiers are NCNames: start with a letter, no spaces. */
export const qtiId = (id: string) => `Q-${id}`.replace(/[^A-Za-z0-9_.-]/g, '_');

/** A plain decimal the float pattern and every QTI engine reads. */
const NUMBER_PATTERN = '^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$';

type Node = Record<string, unknown>;
const base = (baseType: string, value: string | number): Node => ({ baseValue: { '@_baseType': baseType, '#text': value } });
const variable = (identifier: string): Node => ({ variable: { '@_identifier': identifier } });
const setOutcome = (identifier: string, expression: Node): Node => ({ '@_identifier': identifier, ...expression });
const score = (expression: Node) => ({ setOutcomeValue: setOutcome('SCORE', expression) });
const outcome = (identifier: string, cardinality: string, baseType: string, value?: string | number): Node => ({
  '@_identifier': identifier,
  '@_cardinality': cardinality,
  '@_baseType': baseType,
  ...(value === undefined ? {} : { defaultValue: { value } }),
});
/** FEEDBACK holds the identifiers whose feedback shows: the chosen options and GENERAL. */
const feedbackOf = (...parts: Node[]) => ({ setOutcomeValue: setOutcome('FEEDBACK', { multiple: Object.assign({}, ...parts) }) });
const general = base('identifier', 'GENERAL');

/** Score 1 when the response matches the correct one, else 0. */
const allOrNothing: Node = {
  responseCondition: {
    responseIf: { match: { ...variable('RESPONSE'), correct: { '@_identifier': 'RESPONSE' } }, ...score(base('float', 1)) },
    responseElse: score(base('float', 0)),
  },
};

interface Parts {
  declaration: Node;
  outcomes?: Node[];
  body: Node;
  /** responseProcessing children, in order; each key once (repeated rules go in an array). */
  processing: Node;
  modal?: { identifier: string; text: string }[];
}

function choiceParts(item: Extract<ExportItem, { kind: 'choice' }>): Parts {
  const ids = item.options.map((_, i) => `C${i + 1}`);
  const correct = ids.filter((_, i) => item.options[i].correct);
  return {
    declaration: {
      '@_identifier': 'RESPONSE',
      '@_cardinality': item.multiple ? 'multiple' : 'single',
      '@_baseType': 'identifier',
      correctResponse: { value: correct },
      ...(item.multiple
        ? {
            // Exact shares (1/3, not the rounded 33.33333 % an LMS form shows): three right ticks must add up to 1.
            mapping: {
              '@_lowerBound': 0,
              '@_upperBound': 1,
              '@_defaultValue': 0,
              mapEntry: ids.map((id, i) => ({ '@_mapKey': id, '@_mappedValue': (item.options[i].correct ? 1 : -1) / correct.length })),
            },
          }
        : {}),
    },
    body: {
      choiceInteraction: {
        '@_responseIdentifier': 'RESPONSE',
        '@_shuffle': String(item.shuffle),
        '@_maxChoices': item.multiple ? 0 : 1,
        prompt: item.prompt,
        simpleChoice: item.options.map((o, i) => ({
          '@_identifier': ids[i],
          '#text': o.text,
          feedbackInline: { '@_outcomeIdentifier': 'FEEDBACK', '@_identifier': ids[i], '@_showHide': 'show', '#text': o.feedback },
        })),
      },
    },
    processing: {
      ...(item.multiple ? { setOutcomeValue: [setOutcome('SCORE', { mapResponse: { '@_identifier': 'RESPONSE' } })] } : allOrNothing),
    },
    modal: [],
  };
}

const within = (tolerance: number, target: Node): Node => ({
  equal: { '@_toleranceMode': 'absolute', '@_tolerance': `${tolerance} ${tolerance}`, ...variable('RESPONSE'), ...target },
});

function numericParts(item: NumericItem): Parts {
  const slips = item.mistakes.map((m, k) => ({ identifier: `SLIP${k + 1}`, ...m }));
  return {
    declaration: { '@_identifier': 'RESPONSE', '@_cardinality': 'single', '@_baseType': 'float', correctResponse: { value: item.answer } },
    body: {
      p: [
        { '#text': item.prompt },
        {
          textEntryInteraction: {
            '@_responseIdentifier': 'RESPONSE',
            '@_base': 10,
            '@_expectedLength': 12,
            '@_patternMask': NUMBER_PATTERN,
            '@_placeholderText': 'a number, e.g. 1166 or 4.7e-5',
          },
          ...(item.unit ? { span: item.unit } : {}),
        },
      ],
    },
    processing: {
      responseCondition: [
        {
          responseIf: { ...within(item.tolerance, { correct: { '@_identifier': 'RESPONSE' } }), ...score(base('float', 1)) },
          responseElse: score(base('float', 0)),
        },
        // A recognised slip adds its explanation to the feedback shown.
        ...slips.map((s) => ({
          responseIf: { ...within(item.tolerance, base('float', s.value)), ...feedbackOf(variable('FEEDBACK'), base('identifier', s.identifier)) },
        })),
      ],
    },
    modal: slips.map((s) => ({ identifier: s.identifier, text: s.feedback })),
  };
}

function matchingParts(item: Extract<ExportItem, { kind: 'matching' }>): Parts {
  const n = item.pairs.length;
  const pairs = item.pairs.map((_, i) => `L${i + 1} R${i + 1}`);
  const set = (side: 'L' | 'R') => ({
    simpleAssociableChoice: item.pairs.map((p, i) => ({ '@_identifier': `${side}${i + 1}`, '@_matchMax': 1, '#text': side === 'L' ? p.left : p.right })),
  });
  return {
    declaration: {
      '@_identifier': 'RESPONSE',
      '@_cardinality': 'multiple',
      '@_baseType': 'directedPair',
      correctResponse: { value: pairs },
      mapping: { '@_lowerBound': 0, '@_upperBound': 1, '@_defaultValue': 0, mapEntry: pairs.map((p) => ({ '@_mapKey': p, '@_mappedValue': 1 / n })) },
    },
    body: {
      matchInteraction: { '@_responseIdentifier': 'RESPONSE', '@_shuffle': 'true', '@_maxAssociations': n, prompt: item.prompt, simpleMatchSet: [set('L'), set('R')] },
    },
    processing: { setOutcomeValue: [setOutcome('SCORE', { mapResponse: { '@_identifier': 'RESPONSE' } })] },
  };
}

/**
 * Pairwise credit, as the course grades ordering: POS_Oi records where item i was put (via
 * `index`), then every pair i < j with POS_Oi < POS_Oj adds 1 / (number of pairs).
 */
function orderingParts(item: OrderingItem): Parts {
  const ids = item.items.map((_, i) => `O${i + 1}`);
  const n = ids.length;
  const pairs: [string, string][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([ids[i], ids[j]]);
  const share = 1 / pairs.length;
  const positions = ids.flatMap((id) =>
    ids.map((_, p) => ({
      responseIf: {
        match: { index: { '@_n': p + 1, ...variable('RESPONSE') }, ...base('identifier', id) },
        setOutcomeValue: setOutcome(`POS_${id}`, base('integer', p + 1)),
      },
    })),
  );
  const credits = pairs.map(([a, b]) => ({
    responseIf: { lt: { variable: [{ '@_identifier': `POS_${a}` }, { '@_identifier': `POS_${b}` }] }, ...score({ sum: { ...variable('SCORE'), ...base('float', share) } }) },
  }));
  return {
    declaration: { '@_identifier': 'RESPONSE', '@_cardinality': 'ordered', '@_baseType': 'identifier', correctResponse: { value: ids } },
    outcomes: ids.map((id) => outcome(`POS_${id}`, 'single', 'integer', 0)),
    body: {
      orderInteraction: {
        '@_responseIdentifier': 'RESPONSE',
        '@_shuffle': 'true',
        prompt: item.prompt,
        simpleChoice: item.items.map((t, i) => ({ '@_identifier': ids[i], '#text': t })),
      },
    },
    processing: { responseCondition: [...positions, ...credits] },
  };
}

function parts(item: ExportItem): Parts {
  switch (item.kind) {
    case 'choice':
      return choiceParts(item);
    case 'numeric':
      return numericParts(item);
    case 'matching':
      return matchingParts(item);
    case 'ordering':
      return orderingParts(item);
  }
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });
const xmlFile = (root: Node) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;

export function qtiItemXml(item: ExportItem): string {
  const p = parts(item);
  // FEEDBACK starts as GENERAL plus the chosen options (choice items), then rules may add slips.
  const startFeedback = item.kind === 'choice' ? feedbackOf(variable('RESPONSE'), general) : feedbackOf(general);
  const { setOutcomeValue: scoreRules, responseCondition, ...restOfRules } = p.processing as { setOutcomeValue?: Node[]; responseCondition?: Node | Node[] };
  return xmlFile({
    assessmentItem: {
      ...NS,
      '@_identifier': qtiId(item.id),
      '@_title': item.id,
      '@_adaptive': 'false',
      '@_timeDependent': 'false',
      responseDeclaration: p.declaration,
      outcomeDeclaration: [outcome('SCORE', 'single', 'float', 0), outcome('MAXSCORE', 'single', 'float', 1), outcome('FEEDBACK', 'multiple', 'identifier'), ...(p.outcomes ?? [])],
      itemBody: p.body,
      // Element order matters in QTI: the feedback reset first, then the scoring rules.
      responseProcessing: {
        setOutcomeValue: [startFeedback.setOutcomeValue, ...(scoreRules ?? [])],
        ...(responseCondition ? { responseCondition } : {}),
        ...restOfRules,
      },
      modalFeedback: [
        { '@_outcomeIdentifier': 'FEEDBACK', '@_identifier': 'GENERAL', '@_showHide': 'show', '#text': `${item.generalFeedback} ${item.link}` },
        ...(p.modal ?? []).map((m) => ({ '@_outcomeIdentifier': 'FEEDBACK', '@_identifier': m.identifier, '@_showHide': 'show', '#text': m.text })),
      ],
    },
  });
}

/** Every file of the package, by path: items, the test, and the manifest. */
export function qtiFiles(bankId: string, title: string, items: readonly ExportItem[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const item of items) files[`items/${qtiId(item.id)}.xml`] = qtiItemXml(item);
  files['assessment.xml'] = xmlFile({
    assessmentTest: {
      ...NS,
      '@_identifier': `${qtiId(bankId)}-test`,
      '@_title': title,
      outcomeDeclaration: [outcome('SCORE', 'single', 'float', 0), outcome('MAXSCORE', 'single', 'float', items.length)],
      testPart: {
        '@_identifier': 'part-1',
        '@_navigationMode': 'nonlinear',
        '@_submissionMode': 'individual',
        assessmentSection: {
          '@_identifier': 'section-1',
          '@_title': title,
          '@_visible': 'true',
          assessmentItemRef: items.map((i) => ({ '@_identifier': `REF-${qtiId(i.id)}`, '@_href': `items/${qtiId(i.id)}.xml` })),
        },
      },
      // The test's score is the sum of its items' scores, out of MAXSCORE (one point per item).
      outcomeProcessing: { setOutcomeValue: setOutcome('SCORE', { sum: { testVariables: { '@_variableIdentifier': 'SCORE' } } }) },
    },
  });
  files['imsmanifest.xml'] = xmlFile({
    manifest: {
      '@_xmlns': 'http://www.imsglobal.org/xsd/imscp_v1p1',
      '@_identifier': `MANIFEST-${qtiId(bankId)}`,
      metadata: { schema: 'QTIv2.1 Package', schemaversion: '1.0.0' },
      organizations: '',
      resources: {
        resource: [
          {
            '@_identifier': 'RES-TEST',
            '@_type': 'imsqti_test_xmlv2p1',
            '@_href': 'assessment.xml',
            file: { '@_href': 'assessment.xml' },
            dependency: items.map((i) => ({ '@_identifierref': `RES-${qtiId(i.id)}` })),
          },
          ...items.map((i) => ({
            '@_identifier': `RES-${qtiId(i.id)}`,
            '@_type': 'imsqti_item_xmlv2p1',
            '@_href': `items/${qtiId(i.id)}.xml`,
            file: { '@_href': `items/${qtiId(i.id)}.xml` },
          })),
        ],
      },
    },
  });
  return files;
}

export function qtiPackage(bankId: string, title: string, items: readonly ExportItem[]): Uint8Array<ArrayBuffer> {
  return zipFiles(qtiFiles(bankId, title, items));
}
