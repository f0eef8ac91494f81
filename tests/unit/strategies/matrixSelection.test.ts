import { describe, expect, it } from 'vitest';
import { describeView, matrixView, offeredFamilies, offeredStrategies } from '../../../src/lib/strategies/matrixSelection';
import { teachingHref, teachingHrefs } from '../../../src/lib/strategies/teachingLinks';
import { strategies, threats } from '../../../src/lib/strategies/metalAirStrategies';

describe('matrix filters', () => {
  const all = offeredStrategies();

  it('shows every strategy and threat when nothing is filtered', () => {
    const v = matrixView(all, { family: 'all', threat: 'all' });
    expect(v.rows).toHaveLength(strategies.length);
    expect(v.columns).toHaveLength(threats.length);
    expect(v.filledCells).toBe(strategies.reduce((n, s) => n + s.shields.length, 0));
  });

  it('keeps only the strategies that shield against the chosen threat, in one column', () => {
    const v = matrixView(all, { family: 'all', threat: 'ros' });
    expect(v.columns.map((c) => c.id)).toEqual(['ros']);
    expect(v.rows.map((r) => r.id)).toEqual(expect.arrayContaining(['pdi-tempo', 'hce-dmso']));
    expect(v.rows.every((r) => r.shields.some((s) => s.threat === 'ros'))).toBe(true);
    expect(v.filledCells).toBe(v.rows.length);
  });

  it('combines family and threat', () => {
    const v = matrixView(all, { family: 'solid', threat: 'n2' });
    expect(v.rows.map((r) => r.id)).toEqual(['des-pe', 'lix-zeolite']);
  });

  it('lets an embedding page offer only some families, as chapter 10 will', () => {
    const offered = offeredStrategies({ families: ['artificial-sei', 'anode', 'separator'] });
    expect(offered.some((s) => s.family === 'additive')).toBe(false);
    expect(offeredFamilies(offered).map((f) => f.id)).toEqual(['artificial-sei', 'anode', 'separator']);
    expect(offeredStrategies({ ids: ['hsce', 'ltap'] }).map((s) => s.id)).toEqual(['hsce', 'ltap']);
  });

  it('describes the selection in a sentence, including an empty one', () => {
    const f = { family: 'solid', threat: 'n2' } as const;
    expect(describeView(matrixView(all, f), all.length, f)).toBe(
      `Showing 2 strategies of ${all.length} in the family “Solid and polymer electrolytes” that shield against nitrogen: 2 filled cells across 1 threat.`,
    );
    const none = { family: 'separator', threat: 'co2' } as const;
    expect(describeView(matrixView(all, none), all.length, none)).toMatch(/^No strategy/);
  });
});

describe('teaching links', () => {
  const hsce = strategies.find((s) => s.id === 'hsce')!;
  const pu = strategies.find((s) => s.id === 'pu-separator')!;
  const published = { 'electrolytes-for-metal-air': ['slowing-the-gases-down'] };

  it('links to the heading of a published chapter, under the site base', () => {
    expect(teachingHref(hsce, published, '/courses/anodes/')).toBe('/courses/anodes/chapters/electrolytes-for-metal-air/#slowing-the-gases-down');
  });

  it('falls back to the chapter top when the heading is missing, and to nothing when the chapter is', () => {
    expect(teachingHref(hsce, { 'electrolytes-for-metal-air': [] }, '/')).toBe('/chapters/electrolytes-for-metal-air/');
    expect(teachingHref(pu, published, '/')).toBeUndefined();
    expect(Object.keys(teachingHrefs(strategies, published, '/'))).not.toContain('pu-separator');
  });
});
