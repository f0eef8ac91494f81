/**
 * Comparing the unit a student typed with the unit a question asks for. Units are read as
 * products of symbols with powers, so "mAh g^-1", "mAh/g" and "mAh·g-1" are one unit, "mol/L" is
 * M, "% per cycle" is % (a cycle is a count), and time symbols convert ("2 h" in min is 120).
 * Symbols compare case-sensitively first (M is molar, m is not), then, failing that, without case
 * ("mah/g"), since no two units this course asks for differ only in case.
 */

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '-',
};

/**
 * "10⁻⁵" → "10^-5", "cm²" → "cm^2". Done before NFKC, which would flatten "10³" into "103".
 */
export function unSuperscript(s: string): string {
  return s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPTS[c]).join('')}`);
}

/** Seconds per time symbol; any other symbol is its own dimension. */
const TIME: Record<string, number> = { s: 1, min: 60, h: 3600 };

const ALIASES: Record<string, string> = {
  sec: 's', secs: 's', second: 's', seconds: 's',
  mins: 'min', minute: 'min', minutes: 'min',
  hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  l: 'L', litre: 'L', liter: 'L', litres: 'L', liters: 'L',
};

/** Symbols that stand for a product of others: M = mol L⁻¹. Counts are dimensionless. */
const EXPANSIONS: Record<string, Record<string, number>> = {
  M: { mol: 1, L: -1 },
  cycle: {},
  cycles: {},
};

interface ReadUnit {
  /** Symbol → power; time symbols are all folded into "s". */
  powers: Map<string, number>;
  /** Multiply a value in this unit by `scale` to have it in the base (s-folded) unit. */
  scale: number;
}

const TOKEN = /^([A-Za-zµμ%°Ω]+)(?:\^?\(?([+-]?\d+)\)?)?$/;

/** Reads "mAh g^-1" or "mAh/cm^2"; undefined when it is not a product of symbols. */
function readUnit(text: string, foldCase: boolean): ReadUnit | undefined {
  const powers = new Map<string, number>();
  let scale = 1;
  let sign = 1;
  const tokens = text
    .replace(/\bper\b/g, '/')
    .split(/(\/)|[\s·*⋅]+/)
    .filter((t) => t !== undefined && t !== '');
  for (const token of tokens) {
    if (token === '/') {
      if (sign === -1) return undefined; // "a/b/c" is not a unit anyone means
      sign = -1;
      continue;
    }
    const m = TOKEN.exec(token);
    if (!m) return undefined;
    let symbol = m[1].replace(/^[µμ]/, 'u');
    const power = sign * Number(m[2] ?? 1);
    symbol = ALIASES[symbol] ?? ALIASES[symbol.toLowerCase()] ?? symbol;
    const parts = EXPANSIONS[symbol] ?? { [symbol]: 1 };
    for (const [part, p] of Object.entries(parts)) {
      let key = part;
      if (TIME[key] !== undefined) {
        scale *= TIME[key] ** (p * power);
        key = 's';
      }
      if (foldCase) key = key.toLowerCase();
      powers.set(key, (powers.get(key) ?? 0) + p * power);
    }
  }
  for (const [k, p] of powers) if (p === 0) powers.delete(k);
  return { powers, scale };
}

function tidy(unit: string): string {
  return unSuperscript(unit).normalize('NFKC').replace(/[\u2212\u2013]/g, '-').trim();
}

function samePowers(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, p]) => b.get(k) === p);
}

/**
 * The factor that turns a value in `typed` into a value in `asked` (1 for the same unit, 60 for
 * h → min), or undefined when they are not the same kind of unit.
 */
export function compareUnits(typed: string, asked: string): number | undefined {
  for (const foldCase of [false, true]) {
    const t = readUnit(tidy(typed), foldCase);
    const a = readUnit(tidy(asked), foldCase);
    if (t && a && samePowers(t.powers, a.powers)) return t.scale / a.scale;
  }
  return undefined;
}
