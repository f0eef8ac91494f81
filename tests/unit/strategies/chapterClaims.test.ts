/**
 * The strategy × threat matrix and the chapters that teach it must agree. Each claim below quotes
 * the sentence fragment with which chapter 9 or 10 credits (or explicitly does not credit) a
 * strategy against a threat; the test checks that the fragment is still in the chapter and that
 * the matrix has (or lacks) that cell. When a chapter's wording or the matrix changes, one of the
 * two assertions fails until both are brought back in line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strategies, type ThreatId } from '../../../src/lib/strategies/metalAirStrategies';

interface Claim {
  chapter: 'electrolytes-for-metal-air' | 'anodes-and-separators-for-metal-air';
  strategy: string;
  threat: ThreatId;
  /** Exact fragment of the chapter's MDX that makes (or disclaims) the claim. */
  text: string;
  /** false where the chapter says the strategy is NOT credited against the threat. */
  credited?: boolean;
}

const CH9 = 'electrolytes-for-metal-air' as const;
const CH10 = 'anodes-and-separators-for-metal-air' as const;

export const claims: Claim[] = [
  { chapter: CH9, strategy: 'lino3-amide', threat: 'electrolyte', text: 'kept the amide from reacting with the lithium' },
  { chapter: CH9, strategy: 'libr-lino3', threat: 'rm-shuttle', text: 'holds back the reaction of shuttling Br₃⁻ with the metal' },
  { chapter: CH9, strategy: 'libr-lino3', threat: 'dendrites', text: 'suppressed both the side reactions and the growth of dendrites' },
  { chapter: CH9, strategy: 'inbr3', threat: 'electrolyte', text: 'That layer blocks side reactions between the metal and the electrolyte' },
  { chapter: CH9, strategy: 'inbr3', threat: 'rm-shuttle', text: 'credits InBr₃ against electrolyte attack and not against the mediator shuttle', credited: false },
  { chapter: CH9, strategy: 'teos', threat: 'h2o', text: 'TEOS reacts with it to make a protective film' },
  { chapter: CH9, strategy: 'hsce', threat: 'dendrites', text: 'gave a stable SEI that no longer broke' },
  { chapter: CH9, strategy: 'pdi-tempo', threat: 'ros', text: 'The quencher was built to suppress both O₂•⁻ and ¹O₂' },
  { chapter: CH9, strategy: 'impbr', threat: 'rm-shuttle', text: 'protects the metal from DMSO and from the bromine species' },
  { chapter: CH9, strategy: 'impbr', threat: 'electrolyte', text: 'protects the metal from DMSO' },
  { chapter: CH9, strategy: 'hce-dmso', threat: 'ros', text: 'so the attack is slower and the electrolyte lasts longer' },
  { chapter: CH9, strategy: 'hce-dmso', threat: 'electrolyte', text: 'rather than the solvent is reduced at the metal and builds its SEI' },
  { chapter: CH9, strategy: 'udpe', threat: 'o2', text: 'It strongly inhibited oxygen crossing to the lithium' },
  { chapter: CH9, strategy: 'des-pe', threat: 'n2', text: 'keeps O₂, N₂, H₂O and other gases from the air from getting through' },
  { chapter: CH9, strategy: 'ltap', threat: 'co2', text: 'the gases O₂, H₂O and CO₂ did not reach the lithium' },
  { chapter: CH9, strategy: 'ltap', threat: 'dendrites', text: 'lithium dendrites did not grow through it' },
  { chapter: CH10, strategy: 'li2co3-c', threat: 'n2', text: 'in the way of N₂ and O₂ adsorption' },
  { chapter: CH10, strategy: 'asls', threat: 'h2o', text: 'a Li₂CO₃ shell that repels water' },
  { chapter: CH10, strategy: 'ipa-li', threat: 'o2', text: 'keeps O₂ and H₂O out' },
  { chapter: CH10, strategy: 'dcdms', threat: 'dendrites', text: 'it can be consumed by the same coupling reaction while still small' },
  { chapter: CH10, strategy: 'lii-layer', threat: 'rm-shuttle', text: 'It also weakens the attack of redox mediators shuttling from the cathode' },
  { chapter: CH10, strategy: 'si-fec', threat: 'o2', text: 'This film resisted oxygen crossover' },
  { chapter: CH10, strategy: 'bp-li', threat: 'rm-shuttle', text: 'it confines redox mediators to the anode side so that they do not cross over' },
  { chapter: CH10, strategy: 'bp-li', threat: 'h2o', text: 'highly resistant to corrosion by H₂O' },
  { chapter: CH9, strategy: 'lino3-dmso', threat: 'electrolyte', text: 'a solvent that on its own is incompatible with lithium' },
  { chapter: CH9, strategy: 'lix-zeolite', threat: 'o2', text: 'air crossed it extremely slowly' },
  { chapter: CH9, strategy: 'lix-zeolite', threat: 'electrolyte', text: 'neither the metal nor the air degraded this electrolyte' },
  { chapter: CH10, strategy: 'li2co3-osaka', threat: 'dendrites', text: 'held back dendritic deposition' },
  { chapter: CH10, strategy: 'cnt-3d', threat: 'dendrites', text: 'the composite plated without dendrites' },
  { chapter: CH10, strategy: 'li-cnt-sam', threat: 'electrolyte', text: 'the monolayer curbed reactions between metal and electrolyte' },
  { chapter: CH10, strategy: 'pu-separator', threat: 'o2', text: 'kept H₂O and O₂ away from the lithium' },
  { chapter: CH10, strategy: 'pu-separator', threat: 'h2o', text: 'kept H₂O and O₂ away from the lithium' },
  { chapter: CH10, strategy: 'tbf', threat: 'ros', text: 'it shields the metal from oxygen species, moisture and the electrolyte itself' },
  { chapter: CH10, strategy: 'tbf', threat: 'o2', text: 'oxygen species and H₂O (TBF)', credited: false },
  { chapter: CH10, strategy: 'mxene-bc', threat: 'rm-shuttle', text: 'The hydroxyl groups on the MXene bind I₃⁻' },
  { chapter: CH10, strategy: 'pedot-pss', threat: 'rm-shuttle', text: 'holds back the mediators by strong Coulombic interaction' },
];

const body = (slug: string) => readFileSync(new URL(`../../../content/chapters/${slug}.mdx`, import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('chapter text and strategy matrix agree', () => {
  it.each(claims)('$chapter: $strategy × $threat', ({ chapter, strategy, threat, text, credited = true }) => {
    expect(body(chapter), 'the fragment is no longer in the chapter: update the claim list').toContain(text);
    const row = strategies.find((s) => s.id === strategy);
    expect(row, `no strategy ${strategy} in the matrix`).toBeDefined();
    const cell = row!.shields.some((c) => c.threat === threat);
    expect(cell, credited ? `the chapter credits ${strategy} against ${threat}; the matrix has no such cell` : `the chapter says ${strategy} is not credited against ${threat}; the matrix has that cell`).toBe(credited);
  });

  it('covers every strategy the two chapters teach', () => {
    const taught = strategies.filter((s) => s.taught.chapter === CH9 || s.taught.chapter === CH10).map((s) => s.id);
    const claimed = new Set(claims.filter((c) => c.credited !== false).map((c) => c.strategy));
    expect(taught.filter((id) => !claimed.has(id))).toEqual([]);
  });
});
