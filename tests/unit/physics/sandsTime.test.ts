import { describe, expect, it } from 'vitest';
import {
  bruggemanDiffusivity,
  criticalCurrentDensity,
  FARADAY,
  localCurrentDensity,
  porousSandsTime,
  sandsTime,
  SAND_TIME_FAIR_ABOVE_J_STAR,
  TYPICAL_SEPARATOR_POROSITY,
  bruggemanDiffusivityParameters,
} from '../../../src/lib/physics/index';

// 1 M LiPF6 in carbonates, literature-typical values (physics-reference).
const electrolyte = { diffusivity: 3e-10, concentration: 1000, cationTransference: 0.38 };

describe('sandsTime, Lee 2020 §2.2: τs = πD (z F c0 / 2 J t_a)²', () => {
  it('lasts ≈ 15.9 h at 1 mA/cm² (10 A/m²) (physics-reference worked value)', () => {
    expect(sandsTime({ ...electrolyte, currentDensity: 10 }) / 3600).toBeCloseTo(15.85, 1);
  });

  it('lasts ≈ 38 min at 5 mA/cm²', () => {
    expect(sandsTime({ ...electrolyte, currentDensity: 50 }) / 60).toBeCloseTo(38, 0);
  });

  it('lasts ≈ 9.5 min at 10 mA/cm²', () => {
    expect(sandsTime({ ...electrolyte, currentDensity: 100 }) / 60).toBeCloseTo(9.5, 1);
  });

  it('scales as 1/J² and as c0² (halving J quadruples τs)', () => {
    const t1 = sandsTime({ ...electrolyte, currentDensity: 20 });
    expect(sandsTime({ ...electrolyte, currentDensity: 10 }) / t1).toBeCloseTo(4, 10);
    expect(sandsTime({ ...electrolyte, concentration: 2000, currentDensity: 20 }) / t1).toBeCloseTo(4, 10);
  });

  it('takes the cation charge number z (τs ∝ z²), defaulting to 1', () => {
    const t1 = sandsTime({ ...electrolyte, currentDensity: 10 });
    expect(sandsTime({ ...electrolyte, currentDensity: 10, chargeNumber: 1 })).toBe(t1);
    expect(sandsTime({ ...electrolyte, currentDensity: 10, chargeNumber: 2 }) / t1).toBeCloseTo(4, 10);
  });
});

describe('criticalCurrentDensity, Lee 2020 §2.2 (Brissot): J* = 2 F c0 D / (t_a L)', () => {
  it('is ≈ 9.3 mA/cm² (93 A/m²) at L = 1 mm (physics-reference)', () => {
    expect(criticalCurrentDensity({ ...electrolyte, gap: 1e-3 }) / 10).toBeCloseTo(9.3, 1);
  });

  it('is 18.7 mA/cm² at L = 0.5 mm', () => {
    expect(criticalCurrentDensity({ ...electrolyte, gap: 0.5e-3 }) / 10).toBeCloseTo(18.7, 1);
  });

  it('is ≈ 373 mA/cm² across a 25 µm gap of free electrolyte', () => {
    expect(criticalCurrentDensity({ ...electrolyte, gap: 25e-6 }) / 10).toBeCloseTo(373, 0);
  });

  it('is ≈ 94 mA/cm² with a Bruggeman correction at porosity 0.4', () => {
    const diffusivity = bruggemanDiffusivity({ diffusivity: 3e-10, porosity: 0.4 });
    expect(diffusivity).toBeCloseTo(7.59e-11, 12);
    expect(criticalCurrentDensity({ ...electrolyte, diffusivity, gap: 25e-6 }) / 10).toBeCloseTo(94, 0);
  });

  it('satisfies τs(J*) = πL²/16D: 654.5 s for L = 1 mm, D = 3×10⁻¹⁰ m²/s', () => {
    const jStar = criticalCurrentDensity({ ...electrolyte, gap: 1e-3 });
    expect(sandsTime({ ...electrolyte, currentDensity: jStar })).toBeCloseTo(654.5, 1);
  });

  it('so a thin practical cell runs below J* at 1.6 C × 6 mAh/cm² (9.6 mA/cm²)', () => {
    expect(96).toBeLessThan(criticalCurrentDensity({ ...electrolyte, diffusivity: 7.59e-11, gap: 25e-6 }));
  });
});

describe('local hot spots', () => {
  it('5 % of the area at 6.4 mA/cm² carries 128 mA/cm² locally, τs ≈ 3.5 s (physics-reference)', () => {
    const local = localCurrentDensity({ currentDensity: 64, activeFraction: 0.05 });
    expect(local / 10).toBeCloseTo(128, 6);
    expect(sandsTime({ ...electrolyte, currentDensity: local })).toBeCloseTo(3.5, 1);
  });
});

describe('porousSandsTime: ε ∂c/∂t = D_eff ∂²c/∂x², flux J t_a/F per geometric area', () => {
  const o = { diffusivity: 3e-10, concentration: 1000, currentDensity: 1280, cationTransference: 0.38, porosity: 0.4 };

  it('is ε × τs(D ε^1.5): ≈ 0.35 s at 128 mA/cm² where τs(D_eff) alone gives 0.88 s', () => {
    const dEff = bruggemanDiffusivity({ diffusivity: o.diffusivity, porosity: o.porosity });
    expect(porousSandsTime(o)).toBeCloseTo(0.4 * sandsTime({ ...o, diffusivity: dEff }), 12);
    expect(porousSandsTime(o)).toBeCloseTo(0.352, 2);
    expect(sandsTime({ ...o, diffusivity: dEff })).toBeCloseTo(0.881, 2);
  });

  it('matches an implicit finite-difference solution of the porous-medium equation to 1 %', () => {
    // Backward Euler on a 60 µm slab (≈ 7 depletion lengths), bulk at the far end; ghost node for the flux.
    const dEff = bruggemanDiffusivity({ diffusivity: o.diffusivity, porosity: o.porosity });
    const n = 600, dx = 60e-6 / n, tau = porousSandsTime(o), dt = tau / 4000;
    const gradient = (o.currentDensity * (1 - o.cationTransference)) / (FARADAY * dEff);
    const r = (dEff * dt) / (o.porosity * dx * dx);
    const c = new Float64Array(n + 1).fill(o.concentration);
    const a = new Float64Array(n + 1), b = new Float64Array(n + 1), d = new Float64Array(n + 1);
    let t = 0;
    while (c[0]! > 0 && t < 2 * tau) {
      // Node 0: (1+2r)c0 − 2r c1 = c0_old − 2 r dx · gradient (ghost node c₋₁ = c₁ − 2 dx · gradient).
      for (let i = 0; i <= n; i++) {
        a[i] = i === 0 ? 0 : -r;
        b[i] = 1 + 2 * r;
        d[i] = c[i]! - (i === 0 ? 2 * r * dx * gradient : 0);
      }
      const upper = (i: number) => (i === 0 ? -2 * r : -r);
      // Thomas algorithm with the last node held at bulk.
      b[n] = 1; a[n] = 0; d[n] = o.concentration;
      const cp = new Float64Array(n + 1), dp = new Float64Array(n + 1);
      cp[0] = upper(0) / b[0]!; dp[0] = d[0]! / b[0]!;
      for (let i = 1; i <= n; i++) {
        const m = b[i]! - a[i]! * cp[i - 1]!;
        cp[i] = i === n ? 0 : upper(i) / m;
        dp[i] = (d[i]! - a[i]! * dp[i - 1]!) / m;
      }
      c[n] = dp[n]!;
      for (let i = n - 1; i >= 0; i--) c[i] = dp[i]! - cp[i]! * c[i + 1]!;
      t += dt;
    }
    expect(Math.abs(t - tau) / tau).toBeLessThan(0.01);
  });
});

describe('named judgements', () => {
  it('uses a typical separator porosity inside the Bruggeman parameter range, as its default', () => {
    const spec = bruggemanDiffusivityParameters.porosity;
    expect(TYPICAL_SEPARATOR_POROSITY).toBe(spec.default);
    expect(TYPICAL_SEPARATOR_POROSITY).toBeGreaterThanOrEqual(spec.min);
    expect(TYPICAL_SEPARATOR_POROSITY).toBeLessThanOrEqual(spec.max);
  });

  it('calls Sand\'s time fair only where the depleted layer stays under a third of the gap', () => {
    const gap = 1e-3;
    const reachAt = (ratio: number) => {
      const j = ratio * criticalCurrentDensity({ ...electrolyte, gap });
      return Math.sqrt(electrolyte.diffusivity * sandsTime({ ...electrolyte, currentDensity: j })) / gap;
    };
    expect(reachAt(SAND_TIME_FAIR_ABOVE_J_STAR)).toBeCloseTo(Math.sqrt(Math.PI) / (4 * SAND_TIME_FAIR_ABOVE_J_STAR), 10);
    expect(reachAt(SAND_TIME_FAIR_ABOVE_J_STAR)).toBeLessThan(1 / 3);
    expect(reachAt(1)).toBeGreaterThan(1 / 3);
  });
});
