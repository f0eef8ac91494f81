/**
 * A tiny chemical-formula parser, enough for the anode reactions of chapter 8: element symbols,
 * counts, and nested parentheses such as "(CH2OCO2Li)2". Charges are not written in the formula;
 * a species carries its charge as a separate number, so "O2" with charge −1 is superoxide.
 */

/** Elements the course's reactions use. A symbol outside this list is a typo (e.g. "CH3Oli"). */
export const KNOWN_ELEMENTS = ['H', 'C', 'N', 'O', 'F', 'P', 'S', 'Cl', 'Br', 'I', 'Li', 'Na', 'K'] as const;
export type ElementSymbol = (typeof KNOWN_ELEMENTS)[number];

/** Atom counts by element symbol. */
export type Composition = Partial<Record<ElementSymbol, number>>;

export class FormulaError extends Error {
  constructor(formula: string, why: string) {
    super(`Cannot read formula "${formula}": ${why}`);
    this.name = 'FormulaError';
  }
}

const isKnown = (s: string): s is ElementSymbol => (KNOWN_ELEMENTS as readonly string[]).includes(s);

function addInto(target: Composition, source: Composition, times: number) {
  for (const [el, n] of Object.entries(source) as [ElementSymbol, number][]) {
    target[el] = (target[el] ?? 0) + n * times;
  }
}

/** Parses a formula into atom counts: parseFormula("Li2CO3") → { Li: 2, C: 1, O: 3 }. */
export function parseFormula(formula: string): Composition {
  let i = 0;
  const readCount = () => {
    const m = /^\d+/.exec(formula.slice(i));
    if (!m) return 1;
    i += m[0].length;
    const n = Number(m[0]);
    if (n < 1) throw new FormulaError(formula, 'a count must be at least 1');
    return n;
  };
  // A stack of open groups; the bottom one is the whole formula.
  const stack: Composition[] = [{}];
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '(') {
      stack.push({});
      i++;
    } else if (ch === ')') {
      if (stack.length === 1) throw new FormulaError(formula, 'unmatched ")"');
      const group = stack.pop()!;
      i++;
      addInto(stack[stack.length - 1], group, readCount());
    } else {
      const m = /^[A-Z][a-z]?/.exec(formula.slice(i));
      if (!m) throw new FormulaError(formula, `unexpected "${ch}" at position ${i + 1}`);
      if (!isKnown(m[0])) throw new FormulaError(formula, `unknown element "${m[0]}"`);
      i += m[0].length;
      addInto(stack[stack.length - 1], { [m[0]]: 1 }, readCount());
    }
  }
  if (stack.length !== 1) throw new FormulaError(formula, 'unclosed "("');
  if (Object.keys(stack[0]).length === 0) throw new FormulaError(formula, 'empty');
  return stack[0];
}
