import { describe, expect, it } from 'vitest';
import {
  RUNAWAY_STEPS,
  SEPARATORS,
  SHORT_CIRCUIT_STAGES,
  TIMELINE_RANGE,
  describeTimeline,
  nextStepStart,
  previousStepStart,
  separatorState,
  stagesReached,
  stepAt,
  stepRangeLabel,
} from '../../../src/lib/safety/thermalRunaway';

const sep = (kind: string) => SEPARATORS.find((s) => s.kind === kind)!;

describe('thermal-runaway steps (Xiang et al. 2019, Safety Concerns, ref. 164)', () => {
  it('has the review’s five steps with its temperatures: 50–90, 90–120, 120–140 °C, melting, ~170 °C', () => {
    expect(RUNAWAY_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(RUNAWAY_STEPS.map(stepRangeLabel)).toEqual(['50–90 °C', '90–120 °C', '120–140 °C', '140–170 °C', 'from ~170 °C']);
  });

  it('steps are contiguous: each ends where the next begins', () => {
    for (let i = 0; i + 1 < RUNAWAY_STEPS.length; i++) expect(RUNAWAY_STEPS[i].to_C).toBe(RUNAWAY_STEPS[i + 1].from_C);
  });

  it('marks only step 4’s bounds as borrowed from its neighbours (the review gives it no temperature)', () => {
    expect(RUNAWAY_STEPS.filter((s) => s.boundsInferred).map((s) => s.number)).toEqual([4]);
  });

  it('finds the step under way at a temperature, and none below 50 °C', () => {
    expect(stepAt(25)).toBeNull();
    expect(stepAt(49.9)).toBeNull();
    expect(stepAt(50)?.number).toBe(1);
    expect(stepAt(100)?.id).toBe('sei-decomposes');
    expect(stepAt(130)?.id).toBe('separator-shutdown');
    expect(stepAt(150)?.id).toBe('separator-melts');
    expect(stepAt(170)?.number).toBe(5);
    expect(stepAt(1000)?.number).toBe(5);
    expect(stepAt(Number.NaN)).toBeNull();
  });

  it('cites the review’s ref. 164 for every step', () => {
    for (const s of RUNAWAY_STEPS) expect(s.cite).toEqual({ review: 'xiang2019', section: 'Safety Concerns', ref: 164 });
  });
});

describe('separators', () => {
  it('a polyolefin separator melts and shrinks through step 4 and fails at ~170 °C', () => {
    expect(separatorState(sep('polyolefin'), 130)).toBe('holds');
    expect(separatorState(sep('polyolefin'), stepAt(150)!.from_C)).toBe('weakening');
    expect(stepAt(150)!.id).toBe('separator-melts');
    expect(separatorState(sep('polyolefin'), 165)).toBe('weakening');
    expect(separatorState(sep('polyolefin'), 170)).toBe('failed');
  });

  it('a ceramic coating holds past 170 °C and may collapse within 200–260 °C', () => {
    expect(separatorState(sep('ceramic-coated'), 180)).toBe('holds');
    expect(separatorState(sep('ceramic-coated'), 230)).toBe('at-risk');
    expect(separatorState(sep('ceramic-coated'), 260)).toBe('failed');
  });

  it('polyimide holds at 350 °C, and above it the review gives no data rather than a collapse', () => {
    expect(separatorState(sep('polyimide'), 345)).toBe('holds');
    expect(separatorState(sep('polyimide'), 350)).toBe('holds');
    expect(separatorState(sep('polyimide'), 360)).toBe('unstated');
    expect(separatorState(sep('polyimide'), 600)).toBe('failed');
    expect(describeTimeline(360)).not.toMatch(/Polyimide separator may collapse/);
    expect(describeTimeline(360)).toMatch(/Polyimide separator is past the stated range/);
  });

  it('the timeline range reaches past the polyimide limit so every mark can be seen', () => {
    expect(TIMELINE_RANGE.max).toBeGreaterThan(sep('polyimide').holdsTo_C);
  });
});

describe('internal short circuit', () => {
  it('has three stages, the last at the separator collapse', () => {
    expect(SHORT_CIRCUIT_STAGES.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(SHORT_CIRCUIT_STAGES.at(-1)!.step).toBe(5);
  });

  it('reaches no stage before the separator melts, two while it melts, three after it collapses', () => {
    expect(stagesReached(130)).toHaveLength(0);
    expect(stagesReached(150)).toHaveLength(2);
    expect(stagesReached(200)).toHaveLength(3);
  });
});

describe('describing and stepping', () => {
  it('announces the step and the separators, not the exact temperature', () => {
    const text = describeTimeline(100);
    expect(text).toMatch(/^Step 2 of 5, 90–120 °C: SEI breaks down\./);
    expect(text).toMatch(/Polyolefin separator holds; Ceramic-coated separator holds; Polyimide separator holds\.$/);
    expect(describeTimeline(100)).toBe(describeTimeline(105));
    expect(describeTimeline(20)).toMatch(/^Below 50 °C: normal operation/);
    expect(describeTimeline(240)).toMatch(/Polyolefin separator has failed; Ceramic-coated separator may collapse/);
  });

  it('steps forward and back between step starts', () => {
    expect(nextStepStart(20)).toBe(50);
    expect(nextStepStart(100)).toBe(120);
    expect(nextStepStart(170)).toBeNull();
    expect(previousStepStart(100)).toBe(50);
    expect(previousStepStart(60)).toBe(TIMELINE_RANGE.min);
    expect(previousStepStart(20)).toBeNull();
  });
});
