/**
 * A small QTI 3 response-processing interpreter for tests: it runs the rules of an item as a
 * third-party converter (@citolab/qti-convert) rewrote them from our QTI 2.1, for a given
 * response, and returns the outcome variables. It knows only the operators the exports use and
 * throws on any other, so an export that starts using a new operator fails loudly.
 */
import { XMLParser } from 'fast-xml-parser';

type Value = null | number | string | Value[];
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true });

const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const kids = (n: Node) => (n[nameOf(n)] as Node[]).filter((c) => nameOf(c) !== '#text');
const text = (n: Node) => (n[nameOf(n)] as Node[]).map((c) => c['#text'] ?? '').join('').trim();
const attr = (n: Node, a: string) => n[':@']?.[a];

function find(nodes: Node[], name: string): Node[] {
  return nodes.flatMap((n) => (nameOf(n) === name ? [n] : nameOf(n) === '#text' ? [] : find(n[nameOf(n)] as Node[], name)));
}

const typed = (baseType: string | undefined, s: string): Value => (baseType === 'float' || baseType === 'integer' ? Number(s) : s);
const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);

export interface ScoredItem {
  outcomes: Record<string, Value>;
}

export function scoreQti3(xml: string, response: Value): Record<string, Value> {
  const doc = parser.parse(xml) as Node[];
  const [item] = find(doc, 'qti-assessment-item');
  const declaration = find([item], 'qti-response-declaration')[0];
  const cardinality = attr(declaration, 'cardinality')!;
  const baseType = attr(declaration, 'base-type');
  const correct = find([declaration], 'qti-correct-response').flatMap((c) => find([c], 'qti-value').map((v) => typed(baseType, text(v))));
  const correctValue: Value = cardinality === 'single' ? correct[0] : correct;
  const mapping = find([declaration], 'qti-mapping')[0];
  const vars: Record<string, Value> = { RESPONSE: response };
  for (const o of find([item], 'qti-outcome-declaration')) {
    const d = find([o], 'qti-value')[0];
    vars[attr(o, 'identifier')!] = d ? typed(attr(o, 'base-type'), text(d)) : null;
  }

  function evaluate(n: Node): Value {
    const name = nameOf(n);
    const args = () => kids(n).map(evaluate);
    switch (name) {
      case 'qti-variable':
        return vars[attr(n, 'identifier')!];
      case 'qti-correct':
        return correctValue;
      case 'qti-base-value':
        return typed(attr(n, 'base-type'), text(n));
      case 'qti-match': {
        const [a, b] = args();
        if (a === null || b === null) return null;
        if (Array.isArray(a) && Array.isArray(b) && cardinality === 'multiple') return Number(a.length === b.length && a.every((x) => b.some((y) => same(x, y))));
        return Number(same(a, b));
      }
      case 'qti-equal': {
        const [a, b] = args() as (number | null)[];
        if (a === null || b === null) return null;
        const [t0, t1 = t0] = (attr(n, 'tolerance') ?? '0').split(' ').map(Number);
        if (attr(n, 'tolerance-mode') !== 'absolute') throw new Error('only absolute tolerance is modelled');
        return Number(b >= a - t0 && b <= a + t1);
      }
      case 'qti-lt': {
        const [a, b] = args() as (number | null)[];
        return a === null || b === null ? null : Number(a < b);
      }
      case 'qti-sum':
        return (args() as number[]).reduce((s, x) => s + x, 0);
      case 'qti-multiple':
        return args().flatMap((x) => (x === null ? [] : Array.isArray(x) ? x : [x]));
      case 'qti-index': {
        const [container] = args() as (Value[] | null)[];
        const i = Number(attr(n, 'n')) - 1;
        return container && i < container.length ? container[i] : null;
      }
      case 'qti-map-response': {
        const entries = find([mapping], 'qti-map-entry').map((e) => [attr(e, 'map-key')!, Number(attr(e, 'mapped-value'))] as const);
        const given = response === null ? [] : Array.isArray(response) ? [...new Set(response.map(String))] : [String(response)];
        const total = given.reduce((s, g) => s + (entries.find(([k]) => k === g)?.[1] ?? Number(attr(mapping, 'default-value') ?? 0)), 0);
        return Math.min(Number(attr(mapping, 'upper-bound') ?? Infinity), Math.max(Number(attr(mapping, 'lower-bound') ?? -Infinity), total));
      }
      default:
        throw new Error(`the test interpreter does not model <${name}>`);
    }
  }

  function run(statements: Node[]) {
    for (const s of statements) {
      const name = nameOf(s);
      if (name === 'qti-set-outcome-value') vars[attr(s, 'identifier')!] = evaluate(kids(s)[0]);
      else if (name === 'qti-response-condition') {
        for (const branch of kids(s)) {
          const b = nameOf(branch);
          if (b === 'qti-response-else') {
            run(kids(branch));
            break;
          }
          const [condition, ...body] = kids(branch);
          if (evaluate(condition)) {
            run(body);
            break;
          }
        }
      } else throw new Error(`the test interpreter does not model <${name}>`);
    }
  }
  run(kids(find([item], 'qti-response-processing')[0]));
  return vars;
}

/** The test's SCORE: its outcome processing over the items' SCOREs. */
export function scoreQti3Test(xml: string, itemScores: number[]): number {
  const [processing] = find(parser.parse(xml) as Node[], 'qti-outcome-processing');
  const [set] = find([processing], 'qti-set-outcome-value');
  const [sum] = kids(set);
  if (nameOf(sum) !== 'qti-sum' || nameOf(kids(sum)[0]) !== 'qti-test-variables' || attr(kids(sum)[0], 'variable-identifier') !== 'SCORE') {
    throw new Error('the test SCORE is not the sum of the items’ SCOREs');
  }
  return itemScores.reduce((s, x) => s + x, 0);
}
