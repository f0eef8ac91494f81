import { describe, expect, it } from 'vitest';
import {
  SEI_COMPONENTS,
  SEI_SCENARIO_IDS,
  citationText,
  describeSei,
  seiBreakdown,
  seiChange,
} from '../../../src/lib/sei/seiComposition';

const shares = (id: (typeof SEI_SCENARIO_IDS)[number]) =>
  Object.fromEntries(seiBreakdown(id).map((s) => [s.cls, s.at_pct]));

describe('SEI composition (Lee et al. 2020, §3.1.1, ref. 51)', () => {
  it('reproduces the review’s 62 → 39 at % organic and 27 → 61 at % inorganic', () => {
    expect(shares('without-fec')).toMatchObject({ organic: 62, inorganic: 27 });
    expect(shares('with-fec')).toMatchObject({ organic: 39, inorganic: 61 });
  });

  it('shows what the review leaves unassigned instead of rescaling: 11 at % without FEC, none with it', () => {
    expect(shares('without-fec').unassigned).toBe(11);
    expect(shares('with-fec').unassigned).toBe(0);
  });

  it('always adds up to 100 at % with no negative share', () => {
    for (const id of SEI_SCENARIO_IDS) {
      const b = seiBreakdown(id);
      expect(b.reduce((sum, s) => sum + s.at_pct, 0)).toBeCloseTo(100, 9);
      for (const s of b) expect(s.at_pct).toBeGreaterThanOrEqual(0);
    }
  });

  it('reports FEC’s change in percentage points', () => {
    expect(seiChange('without-fec', 'with-fec')).toEqual({ organic: -23, inorganic: 34, unassigned: -11 });
  });

  it('rejects an unknown scenario', () => {
    expect(() => seiBreakdown('with-vc' as never)).toThrow(RangeError);
  });

  it('describes each scenario in a sentence with its numbers and no NaN', () => {
    const without = describeSei('without-fec');
    expect(without).toMatch(/organic 62 at %/);
    expect(without).toMatch(/inorganic 27 at %/);
    expect(without).toMatch(/remaining 11 at % is not assigned/);
    const withFec = describeSei('with-fec');
    expect(withFec).toMatch(/organic 39 at % \(down 23 points from without FEC\)/);
    expect(withFec).toMatch(/inorganic 61 at % \(up 34 points\)/);
    expect(withFec).toMatch(/whole SEI/);
    for (const s of [without, withFec]) expect(s).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('gives every component a class, a role and a citation to the review', () => {
    expect(new Set(SEI_COMPONENTS.map((c) => c.id)).size).toBe(SEI_COMPONENTS.length);
    for (const c of SEI_COMPONENTS) {
      expect(['organic', 'inorganic']).toContain(c.cls);
      expect(c.role.length).toBeGreaterThan(20);
      expect(citationText(c.cite)).toMatch(/^Lee et al\. 2020, §3\.1/);
    }
    expect(SEI_COMPONENTS.some((c) => c.cls === 'organic')).toBe(true);
    expect(SEI_COMPONENTS.some((c) => c.cls === 'inorganic')).toBe(true);
  });

  it('writes citations with the reference number when there is one', () => {
    expect(citationText({ review: 'lee2020', section: '3.1.1', ref: 71 })).toBe('Lee et al. 2020, §3.1.1, ref. 71');
    expect(citationText({ review: 'lee2020', section: '3.1' })).toBe('Lee et al. 2020, §3.1');
  });
});
