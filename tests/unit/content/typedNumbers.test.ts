// @vitest-environment happy-dom
/**
 * Takeaways are YAML and some captions plain strings, so they cannot import the physics library;
 * the numbers typed in them are checked here against the values the library computes.
 */
import { describe, expect, it } from 'vitest';
import { artificialSeiAndSodiumFullCellsFacts as F } from '../../../src/lib/facts/artificialSeiAndSodiumFullCells';
import { protectionStrategiesFacts as P } from '../../../src/lib/facts/protectionStrategies';
import { metalSulfurBatteriesFacts as S } from '../../../src/lib/facts/metalSulfurBatteries';
import { fromLabToMarketFacts as L } from '../../../src/lib/facts/fromLabToMarket';
import { anodesAndSeparatorsForMetalAirFacts as A } from '../../../src/lib/facts/anodesAndSeparatorsForMetalAir';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber, formatScientific } from '../../../src/lib/format/formatNumber';
import { ELEMENTS, PACKING_EFFICIENCY, requiredCellSpecificEnergy, thermalVoltage, MONROE_NEWMAN_FACTOR, MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa, requiredShearModulus } from '../../../src/lib/physics/index';
import { CONTENT, chapterFiles } from './contentFiles';

const chapter = (id: string) => {
  const found = chapterFiles().find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return found;
};
const takeaways = (id: string) => (chapter(id).frontmatter.takeaways as string[]).join('\n');

describe('numbers typed in takeaways', () => {
  it('chapter 15: the Monroe–Newman bars and gaps come from the physics library', () => {
    const text = takeaways('artificial-sei-and-sodium-full-cells');
    const needLi = requiredShearModulus('Li');
    const needNa = requiredShearModulus('Na');
    const needLiMN = MONROE_NEWMAN_FACTOR * MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa;
    expect(text).toContain(`about ${MONROE_NEWMAN_FACTOR} times the metal's`);
    expect(text).toContain(`> ${F.cplShearModulus.value} GPa`);
    expect(text).toContain(`(${formatNumber(needLi - needLiMN, { digits: 1 })} GPa on the bar)`);
    expect(text).toContain(`Li–Na gap (${formatNumber(needLi - needNa, { digits: 1 })} GPa)`);
    expect(text).toContain(`shrinks to ${formatNumber(needLiMN - needNa, { digits: 2 })} GPa`);
  });

  it('chapter 2, Figure 2: the spread of the three standard potentials comes from the element table', () => {
    const potentials = (['Li', 'Na', 'K'] as const).map((m) => ELEMENTS[m].standardPotential_V);
    const spread = Math.max(...potentials) - Math.min(...potentials);
    expect(chapter('how-metal-anodes-fail').body).toContain(`the three lie within about ${formatNumber(spread, { digits: 1 })} V of each other`);
  });

  it('chapter 3: the test currents in the last takeaway are the facts the results table shows', () => {
    const text = takeaways('protection-strategies');
    expect(text).toContain(`high current density (${P.practicalTestCurrent.value} mA/cm²)`);
    expect(text).toContain(`(${P.aldNaCurrent.value} and ${P.nabrCurrent.value} mA/cm²)`);
  });

  it('chapter 10 quiz: the Boltzmann factor of the lower carbonate barrier matches the chapter', () => {
    const quiz = readFileSync(join(CONTENT, 'quizzes', 'anodes-and-separators-for-metal-air.json'), 'utf8');
    const factor = Math.exp(-A.carbonateBarrierLow.value / thermalVoltage());
    // The quiz writes "5 × 10⁻²¹", formatScientific "5×10⁻²¹".
    const shown = formatScientific(factor, 1).replace('×', ' × ');
    expect(quiz).toContain(`A barrier of ${A.carbonateBarrierLow.value} eV gives a Boltzmann factor of about ${shown}`);
    expect(quiz).toContain(`same ${shown} either way`);
  });

  it('chapter 6, Figure 2: the etching concentration in the caption is the fact the figure draws', () => {
    expect(chapter('metal-sulfur-batteries').body).toContain(`at high concentration (${S.polysulfideEtch.value} M, in the same LiNO₃-containing study)`);
  });

  it('chapter 7: the pack arithmetic in the takeaway comes from the library', () => {
    const efficiency = PACKING_EFFICIENCY.pouch.min;
    const cell = requiredCellSpecificEnergy({ packSpecificEnergy_Wh_per_kg: L.packTarget.value, packingEfficiency: efficiency });
    expect(takeaways('from-lab-to-market')).toContain(
      `with pouch cells packing at about ${formatNumber(100 * efficiency)} %, a ${L.packTarget.value} Wh/kg pack needs ${formatNumber(cell)} Wh/kg cells`,
    );
  });
});
