/**
 * The Li / Na / K property table of chapter 12 (`why-sodium`), generated from the physics
 * library's element data so the page, the figure and the tests read one source. Lee et al. 2020,
 * Table 1 lists Li and Na; K is added from handbook values (see src/lib/physics/elements.ts).
 * The capacity row is computed (Q = zF/(3.6 M)), not copied: it gives 3861 mAh/g for Li where the
 * review prints 3860. The atomic-weight row shows four significant figures (Li 6.941, the value the
 * capacity is computed from; 6.94 would give 3862).
 * The radius row is the metallic radius (12-coordinate): Li 152, Na 186, K 227 pm. The empirical
 * (Slater) atomic radii, 145 / 180 / 220 pm, are a different basis and must not be mixed in.
 */
import { ALKALI_METALS, ELEMENTS, type AlkaliMetal } from '../physics/elements';
import { specificCapacity } from '../physics/specificCapacity';

export type PropertyKey =
  | 'metallicRadius'
  | 'atomicWeight'
  | 'ionizationEnergy'
  | 'meltingPoint'
  | 'density'
  | 'specificCapacity'
  | 'standardPotential'
  | 'bulkModulus';

export interface PropertyRow {
  key: PropertyKey;
  /** Property as the table names it. */
  property: string;
  /** Unit as shown, '' for none. */
  unit: string;
  values: Readonly<Record<AlkaliMetal, number>>;
  /** Decimal places to show. */
  digits: number;
  /** Significant figures to show instead of `digits` (atomic weights: Li 6.941, Na 22.99, K 39.10). */
  significant?: number;
  /** Where the numbers come from: the review's table (K from handbooks) or the library's formula. */
  origin: 'data' | 'computed';
}

function required(value: number | null, what: string, metal: AlkaliMetal): number {
  // The element table leaves null only for metals the course never tabulates; Li, Na, K must be complete.
  if (value === null) throw new Error(`elements.ts has no ${what} for ${metal}`);
  return value;
}

function row(
  key: PropertyKey,
  property: string,
  unit: string,
  digits: number,
  origin: PropertyRow['origin'],
  pick: (m: AlkaliMetal) => number,
  significant?: number,
): PropertyRow {
  const values = Object.fromEntries(ALKALI_METALS.map((m) => [m, pick(m)])) as Record<AlkaliMetal, number>;
  return { key, property, unit, digits, origin, values, ...(significant ? { significant } : {}) };
}

/** The rows of Lee et al. 2020, Table 1, in the review's order, with a K column. */
export function alkaliPropertyRows(): PropertyRow[] {
  const e = ELEMENTS;
  return [
    row('metallicRadius', 'Atomic (metallic) radius', 'pm', 0, 'data', (m) => required(e[m].metallicRadius_pm, 'metallic radius', m)),
    // Four significant figures, so the printed Li value (6.941) is the one the capacity row uses.
    row('atomicWeight', 'Atomic weight', 'g/mol', 2, 'data', (m) => e[m].molarMass_g_per_mol, 4),
    row('ionizationEnergy', 'First ionization energy', 'kJ/mol', 1, 'data', (m) =>
      required(e[m].firstIonizationEnergy_kJ_per_mol, 'ionization energy', m),
    ),
    row('meltingPoint', 'Melting point', 'K', 0, 'data', (m) => required(e[m].meltingPoint_K, 'melting point', m)),
    row('density', 'Density', 'g/cm³', 3, 'data', (m) => e[m].density_g_per_cm3),
    row('specificCapacity', 'Theoretical specific capacity', 'mAh/g', 0, 'computed', (m) => specificCapacity(m)),
    row('standardPotential', 'Standard potential (vs SHE)', 'V', 2, 'data', (m) => e[m].standardPotential_V),
    row('bulkModulus', 'Bulk modulus', 'GPa', 1, 'data', (m) => required(e[m].bulkModulus_GPa, 'bulk modulus', m)),
  ];
}

/** One property of `metal` over the same property of `reference` (e.g. Na/Li), from the rows. */
export function propertyRatio(rowData: PropertyRow, metal: AlkaliMetal, reference: AlkaliMetal = 'Li'): number {
  return rowData.values[metal] / rowData.values[reference];
}
