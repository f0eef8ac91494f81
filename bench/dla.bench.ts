/**
 * `npm run bench`: how fast the growth model runs. It reports, it does not test.
 * - free 3D DLA of 100 000 particles: particles/s and the fractal dimension (R_g vs N);
 * - the same first 10 000 particles with the model and with the unit-step baseline: the speed-up;
 * - electrode mode, 1 mAh/cm² of Li on 128 × 128 at the default current, with the concentration
 *   field and the SEI on (the defaults): plating and stripping.
 * The last line is one JSON object with every figure.
 */
import { unitStepDla } from './unitStepDla.ts';
import { createGrowth, fractalDimension, layersPerMahPerCm2 } from '../src/lib/sim/index.ts';

const seconds = (t0: number) => (performance.now() - t0) / 1000;
const round = (v: number, digits = 0) => Number(v.toFixed(digits));

function freeDla(particles: number, side: number) {
  const g = createGrowth({ mode: 'free', width: side, seed: 1 });
  const t0 = performance.now();
  const done = g.plate(particles - 1) + 1; // the seed particle is already there
  const t = seconds(t0);
  return { particles: done, seconds: t, rate: done / t, dimension: fractalDimension(g.gyrationSamples(), 1000), radius: g.stats().maxHeight };
}

const comparedParticles = 10_000;
const fast = freeDla(comparedParticles, 300);
console.log(`model, first ${comparedParticles} particles: ${round(fast.rate)} particles/s`);
const t0 = performance.now();
const base = unitStepDla(comparedParticles, 300, 1);
const baseRate = base.particles / seconds(t0);
console.log(`unit-step baseline, same ${base.particles} particles: ${round(baseRate)} particles/s → speed-up ×${round(fast.rate / baseRate, 1)}`);

const big = freeDla(100_000, 300);
console.log(`free 3D DLA, ${big.particles} particles: ${round(big.seconds, 2)} s, ${round(big.rate)} particles/s, fractal dimension ${round(big.dimension, 3)}, cluster radius ${round(big.radius, 1)} voxels`);

const width = 128;
const voxels = Math.round(layersPerMahPerCm2('Li') * width * width);
const e = createGrowth({ width, height: 96, metal: 'Li', seed: 1 });
let t1 = performance.now();
const plated = e.plate(voxels);
const plateSeconds = seconds(t1);
const afterPlating = e.stats();
t1 = performance.now();
const stripped = e.strip(plated);
const stripSeconds = seconds(t1);
const s = e.stats();
console.log(
  `electrode 128 × 128, 1 mAh/cm² Li (${plated} voxels, p = ${round(afterPlating.stickingProbability, 3)} at the end of plating): plating ${round(plateSeconds, 2)} s (${round(plated / plateSeconds)} voxels/s), ` +
    `stripping ${round(stripSeconds, 2)} s (${round(stripped / stripSeconds)} voxels/s), cycle ${round(plateSeconds + stripSeconds, 1)} s, CE ${round(s.coulombicEfficiency, 3)}, dead ${round(100 * s.deadFraction, 1)} %, ` +
    `SEI ${round(100 * s.seiLossFraction, 1)} %, c_s/c₀ after plating ${round(afterPlating.surfaceConcentration, 3)}`,
);

console.log(
  JSON.stringify({
    dla: { particles: big.particles, seconds: round(big.seconds, 3), particlesPerSecond: round(big.rate), fractalDimension: round(big.dimension, 3), radius: round(big.radius, 1) },
    baseline: { particles: base.particles, particlesPerSecond: round(baseRate), modelParticlesPerSecond: round(fast.rate), speedup: round(fast.rate / baseRate, 2) },
    electrode: {
      width, metal: 'Li', capacity_mAh_per_cm2: 1, stickingProbability: round(afterPlating.stickingProbability, 4),
      plated, plateSeconds: round(plateSeconds, 3), platingVoxelsPerSecond: round(plated / plateSeconds),
      stripped, stripSeconds: round(stripSeconds, 3), strippingVoxelsPerSecond: round(stripped / stripSeconds),
      cycleSeconds: round(plateSeconds + stripSeconds, 3),
      coulombicEfficiency: round(s.coulombicEfficiency, 4), deadFraction: round(s.deadFraction, 4), seiLossFraction: round(s.seiLossFraction, 4),
      surfaceConcentrationAfterPlating: round(afterPlating.surfaceConcentration, 4),
    },
  }),
);
