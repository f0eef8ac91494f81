/**
 * Lattice diffusion-limited deposition with a per-site sticking probability
 * (shared/simulation-model.md). An ion is a random walker; on touching the electrode or live
 * metal it deposits with probability p_site = p · k_SEI(x, y) · exp(−β · Δh⁺), else walks on.
 * p = 1 is diffusion-limited aggregation (tip-focused, fractal: dendrites); p → 0 is
 * reaction-limited (compact: a dense film). Stripping walkers remove the first live voxel they
 * dissolve, and every removal is followed by a connectivity check that turns cut-off metal dead.
 *
 * In electrode mode two more pieces run with the simulated clock: the salt concentration across
 * the gap (concentrationField.ts), whose value at the electrode sets p (stickingAt), so Sand's
 * time is when that field reaches zero; and an SEI that forms on every newly exposed face of live
 * metal and takes charge (seiFormation.ts), so 1 − CE = SEI loss + dead metal after a full strip.
 */
import { COULOMBS_PER_MAH, FARADAY } from '../physics/index.ts';
import { ChangeLog, type VoxelChanges } from './changeLog.ts';
import { ColumnTops } from './columnTops.ts';
import { ConcentrationField } from './concentrationField.ts';
import { ConnectivityChecker } from './connectivity.ts';
import { DISTANCE_CAP, DistanceField, reachOffsets } from './distanceField.ts';
import { SimulationInputError } from './errors.ts';
import type { GyrationSample } from './fractalDimension.ts';
import type { ResolvedGrowthOptions } from './growthParameters.ts';
import type { GrowthStats } from './growthStats.ts';
import { DEAD, EMPTY, Lattice, LIVE, SUBSTRATE } from './lattice.ts';
import { DOUBLE_STEP_D2, FREE_STEP_D2, STEP2_X, STEP2_Y, STEP2_Z, STEP_X, STEP_Y, STEP_Z } from './latticeSteps.ts';
import {
  currentScale,
  ELECTROLYTE_CATION_TRANSFERENCE,
  ELECTROLYTE_DIFFUSIVITY,
  layersPerMahPerCm2,
  protrusionPenalty,
  stickingAt,
  VOXEL_SIZE_M,
  type CurrentScale,
} from './physicalScale.ts';
import { planeReturnOffset, randomUnitVector, sphereReturnDirection } from './relocation.ts';
import { Sfc32 } from './rng.ts';
import { seiConductanceMap } from './seiConductance.ts';
import { seiChargePerFace } from './seiFormation.ts';

/** Floor on p_site so a walker on a poorly conducting, shielded tip still deposits eventually. */
const MIN_SITE_PROBABILITY = 2e-4;
/**
 * Chance that a stripping walker dissolves the live voxel it touches, before the SEI factor.
 * Dissolution is taken as transport-limited (the first voxel reached goes): outer metal leaves
 * first, and thin necks deeper in are cut only when the walkers get there — what leaves fractal
 * deposits full of dead metal and compact ones nearly clean.
 */
const STRIP_PROBABILITY = 1;
/** A stripping walker that finds no live metal within this many moves gives up (metal unreachable). */
const STRIP_MOVE_LIMIT = 200_000;
/** After this many walkers in a row give up, `strip` stops: what is left cannot be reached. */
const STRIP_GIVE_UP_AFTER = 16;
/**
 * The distance field is recomputed after this many removals per electrode column (and after
 * any plating): a stale field is still a safe lower bound, only a shorter jump.
 */
const DISTANCE_REFRESH_LAYERS = 2;
/**
 * While plating, the distance field holds min(d², this): each deposit then lowers only the
 * sites within 4 voxels, and walkers farther out jump by the block hierarchy instead.
 */
const PLATING_CAP = 16;
const PLATING_REACH = reachOffsets(PLATING_CAP);
/** Jump radius for a squared clearance d² (voxels): d − 1, so the rounded landing site is empty. */
const JUMP_RADIUS = Float64Array.from({ length: DISTANCE_CAP + 1 }, (_, d2) => Math.sqrt(d2) - 1);
/** Per squared clearance: the lowest block level whose free radius 2^L − 1 exceeds its jump radius. */
const USEFUL_LEVEL = Uint8Array.from(JUMP_RADIUS, (r) => {
  let level = 1;
  while ((1 << level) - 1 <= r) level++;
  return level;
});
/** Gyration samples are taken each time the particle count grows by this factor (free mode). */
const SAMPLE_GROWTH = 1.05;

export interface VoxelSnapshot {
  indices: Int32Array;
  states: Uint8Array;
}

export class Growth {
  readonly options: ResolvedGrowthOptions;
  /** Lattice size: x and y = width; z = gap + 1 (z = 0 is the electrode) or the cube side. */
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  private readonly lattice: Lattice;
  private readonly rng: Sfc32;
  private readonly changes = new ChangeLog();
  private readonly dir = new Float64Array(3);
  /** Where a jump or a return to the launch plane put the walker: x, y, z. */
  private readonly at = new Int32Array(3);
  private readonly candidates = new Int32Array(6);
  // Electrode mode
  private readonly tops: ColumnTops | null = null;
  private readonly sei: Float32Array | null = null;
  private connectivity: ConnectivityChecker | null = null;
  /**
   * Squared clearance of each site, a lower bound the walkers jump by. While plating it is
   * clamped to PLATING_CAP and lowered around each deposit; for stripping it is recomputed in
   * full (metal is then only removed, so it stays a lower bound) and refreshed now and then.
   */
  private readonly distance: DistanceField | null = null;
  private distanceMode: 'plating' | 'stripping' = 'stripping';
  private strippedAtDistance = 0;
  private readonly scale: CurrentScale | null = null;
  /** Sticking probability before SEI and protrusion factors; follows the field unless overridden. */
  private sticking: number;
  private readonly penalty: number;
  private readonly voxelsPerMahPerCm2: number;
  /** Salt concentration across the gap (electrode mode). */
  private readonly field: ConcentrationField | null = null;
  /** ∂(c/c₀)/∂z the current draws at the electrode, per metre. */
  private readonly fieldGradient: number = 0;
  private readonly secondsPerVoxel: number = 0;
  /** Simulated clock, s: charge passed over the current, plus rests. */
  private clock = 0;
  /** Clock at the start of the current plating step, and when its field reached zero (or −1). */
  private platingSince = 0;
  private onsetAt = -1;
  private phase: 'rest' | 'plating' | 'stripping' = 'rest';
  /** SEI charge per newly exposed face, in voxels of metal. */
  private readonly seiPerFace: number = 0;
  /** Newly exposed faces that formed SEI while plating and while stripping. */
  private seiFacesPlating = 0;
  private seiFacesStripping = 0;
  /** SEI formed per column (faces), thickening with each exposure: for the view. */
  private readonly seiFormed: Float32Array | null = null;
  // Free mode
  private readonly centre: number;
  private clusterRadius = 0;
  private sumX = 0;
  private sumY = 0;
  private sumZ = 0;
  private sumR2 = 0;
  private nextSampleAt = 2;
  private readonly samples: GyrationSample[] = [];
  // Counters
  private plated = 0;
  private stripped = 0;
  private live = 0;
  private dead = 0;
  private shorted = false;
  private full = false;

  constructor(options: ResolvedGrowthOptions) {
    this.options = options;
    this.rng = new Sfc32(options.seed);
    const w = options.width;
    if (options.mode === 'electrode') {
      this.nx = w;
      this.ny = w;
      this.nz = options.height + 1;
      this.lattice = new Lattice(w, w, this.nz, true);
      for (let i = 0; i < w * w; i++) this.lattice.occupy(i, SUBSTRATE);
      this.tops = new ColumnTops(w * w, this.nz);
      this.distance = new DistanceField(w, w, this.nz, true);
      this.distance.fillBare();
      this.sei = seiConductanceMap(w, options.seiSpread, this.rng);
      this.scale = currentScale({ gapVoxels: options.height, currentRatio: options.currentRatio, concentration_M: options.concentration_M });
      this.penalty = protrusionPenalty(options);
      this.voxelsPerMahPerCm2 = layersPerMahPerCm2(options.metal) * w * w;
      this.secondsPerVoxel = (COULOMBS_PER_MAH * 1e4) / this.voxelsPerMahPerCm2 / this.scale.currentDensity;
      // Salt flux at the electrode J t_a / F, over c₀ D: the gradient of c/c₀ the current sustains.
      const c0 = options.concentration_M * 1000;
      this.fieldGradient = (this.scale.currentDensity * (1 - ELECTROLYTE_CATION_TRANSFERENCE)) / (FARADAY * c0 * ELECTROLYTE_DIFFUSIVITY);
      this.field = new ConcentrationField(this.scale.gap_m / 2, ELECTROLYTE_DIFFUSIVITY, this.fieldGradient);
      this.sticking = options.stickingProbability ?? stickingAt(this.scale.ratio, 1);
      this.seiPerFace = seiChargePerFace(options.metal, options.seiReactivity);
      this.seiFormed = new Float32Array(w * w);
      this.centre = 0;
    } else {
      this.nx = w;
      this.ny = w;
      this.nz = w;
      this.lattice = new Lattice(w, w, w, false);
      this.sticking = options.stickingProbability ?? 1;
      this.penalty = 0;
      this.voxelsPerMahPerCm2 = 1;
      this.centre = w >> 1;
      const c = this.centre;
      this.deposit(this.lattice.index(c, c, c), c, c, c);
    }
  }

  /**
   * Lets the clock run with no current for `seconds` (electrode mode): the concentration field
   * relaxes toward c₀. Nothing plates or strips.
   */
  rest(seconds: number): void {
    if (!(seconds >= 0) || !Number.isFinite(seconds)) {
      throw new SimulationInputError('seconds', `A rest must last a finite number of seconds ≥ 0; got ${String(seconds)}.`);
    }
    if (!this.field) return;
    this.setPhase('rest');
    this.passTime(seconds);
    this.field.flush();
  }

  /** Points the salt flux the way the current now runs (the clock keeps going). */
  private setPhase(phase: 'rest' | 'plating' | 'stripping'): void {
    if (!this.field || phase === this.phase) return;
    this.phase = phase;
    const g = phase === 'plating' ? this.fieldGradient : phase === 'stripping' ? -this.fieldGradient : 0;
    this.field.setGradient(g);
    if (phase === 'plating') {
      this.platingSince = this.clock;
      this.onsetAt = -1;
    }
    this.followField();
  }

  /** Advances the clock and the field; the sticking probability follows the surface concentration. */
  private passTime(seconds: number): void {
    this.clock += seconds;
    if (this.field!.advance(seconds)) this.followField();
  }

  private followField(): void {
    const field = this.field!;
    if (this.phase === 'plating' && this.onsetAt < 0 && field.isDepleted) this.onsetAt = this.clock;
    if (this.options.stickingProbability === null) this.sticking = stickingAt(this.scale!.ratio, field.surface);
  }

  /**
   * Deposits up to `count` voxels; stops early on a short circuit or (free mode) a full box.
   * Returns how many were deposited.
   */
  plate(count: number): number {
    checkCount(count);
    this.setPhase('plating');
    if (this.distance && this.distanceMode !== 'plating') {
      this.distance.clampTo(PLATING_CAP);
      this.distanceMode = 'plating';
    }
    let done = 0;
    while (done < count && !this.shorted && !this.full) {
      if (this.tops) {
        const site = this.walkPlating();
        if (site < 0) break;
        const column = site % (this.nx * this.ny);
        this.deposit(site, column % this.nx, (column / this.nx) | 0, (site - column) / (this.nx * this.ny));
      } else {
        this.plateFree();
      }
      done++;
    }
    return done;
  }

  /**
   * Strips up to `count` live voxels, checking connectivity after each; stops early when no live
   * metal is left or none can be reached. Returns how many were removed.
   */
  strip(count: number): number {
    checkCount(count);
    if (!this.tops) {
      throw new SimulationInputError('mode', 'Stripping needs an electrode: switch the geometry to “electrode”.');
    }
    this.connectivity ??= new ConnectivityChecker(this.lattice);
    this.setPhase('stripping');
    let done = 0;
    let failures = 0;
    const refreshEvery = DISTANCE_REFRESH_LAYERS * this.nx * this.ny;
    while (done < count && this.live > 0 && failures < STRIP_GIVE_UP_AFTER) {
      if (this.distanceMode !== 'stripping' || this.stripped - this.strippedAtDistance >= refreshEvery) this.refreshDistance();
      const site = this.walkStripping();
      if (site >= 0) {
        this.dissolve(site);
        done++;
        failures = 0;
      } else {
        failures++;
      }
    }
    return done;
  }

  /** Voxels changed since the last call (for the viewer). */
  takeChanges(): VoxelChanges {
    return this.changes.take();
  }

  /** Every metal voxel now on the lattice (for a viewer starting over). */
  snapshot(): VoxelSnapshot {
    const occ = this.lattice.occ;
    let n = 0;
    for (let i = 0; i < occ.length; i++) if (occ[i] === LIVE || occ[i] === DEAD) n++;
    const indices = new Int32Array(n);
    const states = new Uint8Array(n);
    let k = 0;
    for (let i = 0; i < occ.length; i++) {
      if (occ[i] === LIVE || occ[i] === DEAD) {
        indices[k] = i;
        states[k++] = occ[i];
      }
    }
    return { indices, states };
  }

  /** Height of the metal in each column x + width·y (electrode mode), a copy. */
  columnTops(): Uint16Array {
    return this.tops ? this.tops.tops.slice() : new Uint16Array(0);
  }

  /** State of the top voxel of each column: LIVE, DEAD, or EMPTY for bare electrode. */
  columnTopStates(): Uint8Array {
    const out = new Uint8Array(this.nx * this.ny);
    if (!this.tops) return out;
    const t = this.tops.tops;
    for (let c = 0; c < out.length; c++) out[c] = t[c] > 0 ? this.lattice.occ[c + this.nx * this.ny * t[c]] : EMPTY;
    return out;
  }

  /** Relative SEI conductance per column (electrode mode), a copy. */
  seiConductance(): Float32Array {
    return this.sei ? this.sei.slice() : new Float32Array(0);
  }

  /** Radius of gyration against particle count, sampled as the free cluster grew. */
  gyrationSamples(): GyrationSample[] {
    return this.samples.slice();
  }

  get memoryBytes(): number {
    return (
      this.lattice.bytes +
      (this.connectivity?.bytes ?? 0) +
      (this.distance?.bytes ?? 0) +
      this.changes.bytes +
      (this.tops ? this.tops.tops.byteLength * 2 : 0) +
      (this.sei?.byteLength ?? 0) +
      (this.seiFormed?.byteLength ?? 0)
    );
  }

  stats(): GrowthStats {
    const electrode = this.tops !== null;
    const tops = this.tops;
    const scale = this.scale;
    const perMah = this.voxelsPerMahPerCm2;
    const roughness = tops ? tops.roughness : 0;
    const maxHeight = tops ? tops.max : this.clusterRadius;
    const n = this.live + this.dead;
    const rg = !electrode && n > 0 ? this.radiusOfGyration() : 0;
    const charge = this.charges();
    const field = this.field;
    return {
      mode: this.options.mode,
      metal: this.options.metal,
      plated: this.plated,
      stripped: this.stripped,
      live: this.live,
      dead: this.dead,
      chargePlated: charge.plated,
      chargeStripped: charge.stripped,
      seiCharge: charge.sei,
      coulombicEfficiency: charge.plated > 0 ? charge.stripped / charge.plated : 0,
      deadFraction: charge.plated > 0 ? this.dead / charge.plated : 0,
      seiLossFraction: charge.plated > 0 ? charge.sei / charge.plated : 0,
      roughness,
      roughness_um: roughness * VOXEL_SIZE_M * 1e6,
      meanHeight: tops ? tops.mean : 0,
      maxHeight,
      maxHeightFraction: tops ? maxHeight / this.options.height : 0,
      shorted: this.shorted,
      latticeFull: this.full,
      time_s: this.clock,
      platedCapacity_mAh_per_cm2: electrode ? charge.plated / perMah : 0,
      liveCapacity_mAh_per_cm2: electrode ? this.live / perMah : 0,
      currentDensity_mA_per_cm2: scale ? scale.currentDensity / 10 : 0,
      criticalCurrentDensity_mA_per_cm2: scale ? scale.criticalCurrentDensity / 10 : 0,
      currentRatio: scale ? scale.ratio : 0,
      sandsTime_s: scale ? scale.sandsTime_s : null,
      surfaceConcentration: field ? field.surface : 1,
      sandsOnset: this.phase === 'plating' && this.onsetAt >= 0,
      sandsOnsetTime_s: this.phase === 'plating' && this.onsetAt >= 0 ? this.onsetAt - this.platingSince : null,
      stickingProbability: this.sticking,
      radiusOfGyration: rg,
      memoryBytes: this.memoryBytes,
    };
  }

  /**
   * Charge in voxels of metal: in while plating (the metal plus the SEI formed on its new
   * surface), back out while stripping (the metal dissolved minus what fresh faces bared by
   * stripping lost to SEI), and held in SEI. In − out = live + dead + SEI, exactly.
   */
  private charges(): { plated: number; stripped: number; sei: number } {
    const k = this.seiPerFace;
    return {
      plated: this.plated + k * this.seiFacesPlating,
      stripped: this.stripped - k * this.seiFacesStripping,
      sei: k * (this.seiFacesPlating + this.seiFacesStripping),
    };
  }

  /** SEI formed on each column of the electrode so far, in newly exposed faces (a copy). */
  seiFormation(): Float32Array {
    return this.seiFormed ? this.seiFormed.slice() : new Float32Array(0);
  }

  /** c/c₀ from the electrode (first) to the mid-gap (last, = 1), electrode mode; empty in free mode. */
  concentrationProfile(): Float32Array {
    return this.field ? this.field.profile() : new Float32Array(0);
  }

  private radiusOfGyration(): number {
    const n = this.live + this.dead;
    const mx = this.sumX / n;
    const my = this.sumY / n;
    const mz = this.sumZ / n;
    return Math.sqrt(Math.max(0, this.sumR2 / n - (mx * mx + my * my + mz * mz)));
  }

  /** Turns an empty site into live metal and does the bookkeeping. */
  private deposit(i: number, x: number, y: number, z: number): void {
    this.lattice.occupy(i, LIVE);
    this.changes.record(i, LIVE);
    this.plated++;
    this.live++;
    if (this.tops) {
      this.distance!.lowerAround(x, y, z, PLATING_REACH);
      const column = x + this.nx * y;
      if (z > this.tops.tops[column]) this.tops.set(column, z);
      const faces = this.newAreaOnPlating(i, x, y, z);
      if (faces > 0) {
        this.seiFacesPlating += faces;
        this.seiFormed![column] += faces;
      }
      this.passTime(this.secondsPerVoxel * (1 + this.seiPerFace * faces));
      if (z >= this.nz - 1) this.shorted = true;
    } else {
      const c = this.centre;
      const dx = x - c, dy = y - c, dz = z - c;
      const r2 = dx * dx + dy * dy + dz * dz;
      this.sumX += dx; this.sumY += dy; this.sumZ += dz; this.sumR2 += r2;
      const r = Math.sqrt(r2);
      if (r > this.clusterRadius) this.clusterRadius = r;
      // Keep the launch sphere (radius + 3) and one voxel of margin inside the box.
      if (this.clusterRadius + 5 > c - 1 || this.clusterRadius + 5 > this.nx - 1 - c) this.full = true;
      const n = this.live;
      if (n >= this.nextSampleAt) {
        this.samples.push({ particles: n, radiusOfGyration: this.radiusOfGyration() });
        this.nextSampleAt = Math.ceil(n * SAMPLE_GROWTH);
      }
    }
  }

  /**
   * Electrolyte-facing faces the live metal gains when site i (now metal) fills: its own faces
   * toward empty sites, less the faces of live metal and electrode it now covers (their SEI is
   * buried). Only a gain forms SEI: a flat film growing layer by layer gains area only at the
   * edges of each new layer, a rough or branching deposit gains it with almost every voxel.
   */
  private newAreaOnPlating(i: number, x: number, y: number, z: number): number {
    const n = this.neighbourCounts(i, x, y, z);
    const gained = (n & 7) - ((n >> 3) & 7);
    return gained > 0 ? gained : 0;
  }

  /**
   * Faces of live metal bared when site i dissolves, less its own electrolyte-facing faces that
   * vanish: fresh metal under a film that no longer fits, and only where the area grows.
   */
  private newAreaOnStripping(i: number, x: number, y: number, z: number): number {
    const n = this.neighbourCounts(i, x, y, z);
    const gained = ((n >> 6) & 7) - (n & 7);
    return gained > 0 ? gained : 0;
  }

  /**
   * Neighbour states of site i: empty count in bits 0–2, live or electrode in bits 3–5, live
   * alone in bits 6–8 (x and y wrap; above the top layer counts as nothing).
   */
  private neighbourCounts(i: number, x: number, y: number, z: number): number {
    const occ = this.lattice.occ;
    const nx = this.nx;
    const nxy = nx * this.ny;
    let empty = 0, wired = 0, live = 0;
    const look = (j: number) => {
      const v = occ[j];
      if (v === EMPTY) empty++;
      else if (v === LIVE) { wired++; live++; }
      else if (v === SUBSTRATE) wired++;
    };
    look(x > 0 ? i - 1 : i + nx - 1);
    look(x < nx - 1 ? i + 1 : i - nx + 1);
    look(y > 0 ? i - nx : i + nxy - nx);
    look(y < this.ny - 1 ? i + nx : i - nxy + nx);
    if (z > 0) look(i - nxy);
    if (z < this.nz - 1) look(i + nxy);
    return empty | (wired << 3) | (live << 6);
  }

  /**
   * One ion walks in from the edge of the launch sphere until it sticks to the cluster. Only the
   * block hierarchy guides it (small arrays that stay in cache): a clearance field over the whole
   * cube, tried, made it slower — two 27 MB arrays read at random cost more than the jumps saved.
   */
  private plateFree(): void {
    const lattice = this.lattice;
    const occ = lattice.occ;
    const rng = this.rng;
    const dir = this.dir;
    const n = this.nx;
    const nxy = n * n;
    const c = this.centre;
    const launch = this.clusterRadius + 3;
    const launch2 = launch * launch;
    const p = this.sticking;
    // Unit steps draw from the walker's own sfc32 stream (see walkStripping).
    let sa = rng.nextUint32() | 0, sb = rng.nextUint32() | 0, sc = rng.nextUint32() | 0, sd = 1;
    randomUnitVector(rng, dir);
    let x = Math.round(c + launch * dir[0]);
    let y = Math.round(c + launch * dir[1]);
    let z = Math.round(c + launch * dir[2]);
    let level = 2;
    for (;;) {
      level = lattice.freeLevelNear(x, y, z, level);
      let fx: number, fy: number, fz: number;
      if (level >= 2) {
        // Jump to a uniform point of the free sphere of radius r: Marsaglia's method (as in
        // randomUnitVector), its uniforms from the walker's stream as signed 32-bit words / 2³¹.
        const r = (1 << level) - 1;
        let u: number, v: number, q: number;
        do {
          let t = (((sa + sb) | 0) + sd) | 0;
          sd = (sd + 1) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0; sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
          u = t * 4.656612873077393e-10;
          t = (((sa + sb) | 0) + sd) | 0;
          sd = (sd + 1) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0; sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
          v = t * 4.656612873077393e-10;
          q = u * u + v * v;
        } while (q >= 1);
        const f = 2 * r * Math.sqrt(1 - q);
        fx = x + u * f;
        fy = y + v * f;
        fz = z + r * (1 - 2 * q);
      } else {
        const i = x + n * y + nxy * z;
        if (level === 0 && rng.next() < p &&
          (occ[i - 1] === LIVE || occ[i + 1] === LIVE || occ[i - n] === LIVE || occ[i + n] === LIVE ||
            occ[i - nxy] === LIVE || occ[i + nxy] === LIVE)) {
          this.deposit(i, x, y, z);
          return;
        }
        const t = (((sa + sb) | 0) + sd) | 0;
        sd = (sd + 1) | 0;
        sa = sb ^ (sb >>> 9);
        sb = (sc + (sc << 3)) | 0;
        sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
        const d = ((t >>> 8) * 6) >>> 24;
        fx = x + STEP_X[d];
        fy = y + STEP_Y[d];
        fz = z + STEP_Z[d];
        const rx = fx - c, ry = fy - c, rz = fz - c;
        if (rx * rx + ry * ry + rz * rz <= launch2) {
          // Level 1: nothing within 2 voxels, the step lands on an empty site.
          if (level === 0 && occ[fx + n * fy + nxy * fz] !== EMPTY) continue;
          x = fx; y = fy; z = fz;
          continue;
        }
      }
      const rx = fx - c, ry = fy - c, rz = fz - c;
      if (rx * rx + ry * ry + rz * rz > launch2) {
        sphereReturnDirection(rx, ry, rz, launch, rng, dir);
        fx = c + launch * dir[0];
        fy = c + launch * dir[1];
        fz = c + launch * dir[2];
      }
      x = Math.round(fx);
      y = Math.round(fy);
      z = Math.round(fz);
    }
  }

  /** Where a walker enters: a random empty site of the launch plane (−1 if the plane is full). */
  private launchSite(launchZ: number): number {
    const occ = this.lattice.occ;
    const nx = this.nx;
    const nxy = nx * this.ny;
    for (let tries = 0; tries <= 256; tries++) {
      const x = (this.rng.next() * nx) | 0;
      const y = (this.rng.next() * nx) | 0;
      const i = x + nx * y + nxy * launchZ;
      if (occ[i] === EMPTY) return i;
    }
    // Only when the front has reached the separator: give up.
    return -1;
  }

  /**
   * One ion walks from the launch plane above the deposit until it deposits; returns that
   * empty site (or −1 when the launch plane is full).
   */
  private walkPlating(): number {
    const start = this.launchSite(this.launchLayer());
    if (start < 0) return -1;
    const rng = this.rng;
    return this.walk(start, false, rng.nextUint32(), rng.nextUint32(), rng.nextUint32());
  }

  /**
   * One walker comes from the electrolyte to dissolve metal: returns the live voxel it
   * dissolves, or −1 if it found none within STRIP_MOVE_LIMIT moves (live metal walled in by
   * dead metal cannot be reached).
   */
  private walkStripping(): number {
    // The walker's stream is seeded before its launch site is drawn (plating does it after).
    const rng = this.rng;
    const sa = rng.nextUint32(), sb = rng.nextUint32(), sc = rng.nextUint32();
    const start = this.launchSite(this.launchLayer());
    if (start < 0) return -1;
    return this.walk(start, true, sa, sb, sc);
  }

  /** The launch plane: two layers above the highest metal, or the top layer (electrode mode). */
  private launchLayer(): number {
    return Math.min(this.nz - 1, this.tops!.max + 2);
  }

  /**
   * The walk itself, from `start` on the launch plane. It moves by the distance field: a jump to
   * a sphere of the free radius where the clearance allows, two unit steps in one draw where
   * nothing lies within √5, and single steps otherwise; only where a neighbour conducts (plating)
   * or is live (stripping) does it try to deposit or dissolve. A plating walker returns the empty
   * site it deposits on; a stripping walker the live voxel it dissolves, or −1 after
   * STRIP_MOVE_LIMIT moves. Unit-step directions come from the walker's own sfc32 stream, seeded
   * from the model's generator (seedA…C) and kept in local variables: a method call per step was
   * 15 % of the walk. One loop serves both directions of the current, so a change to how walkers
   * move cannot reach one and miss the other.
   */
  private walk(start: number, stripping: boolean, seedA: number, seedB: number, seedC: number): number {
    const rng = this.rng;
    const at = this.at;
    const sei = this.sei!;
    const candidates = this.candidates;
    const clearance = this.distance!.squared;
    const occ = this.lattice.occ;
    const nx = this.nx;
    const nxy = nx * this.ny;
    const nz = this.nz;
    const cap = stripping ? DISTANCE_CAP : PLATING_CAP;
    // A plating walker always ends on the deposit; its bound is only there to keep `moves` a
    // small integer for the JIT (Infinity made the counter a double: plating walks 25 % slower).
    const limit = stripping ? STRIP_MOVE_LIMIT : 0x7fffffff;
    const p = this.sticking;
    const beta = this.penalty;
    const meanTop = this.tops!.mean;
    let sa = seedA | 0, sb = seedB | 0, sc = seedC | 0, sd = 1;
    // `start` lies on the launch plane, so it gives the plane too.
    const launchZ = (start / nxy) | 0;
    let x = start % nx;
    let y = ((start - x) / nx) % this.ny;
    let z = launchZ;
    let moves = 0;
    outer: while (moves < limit) {
      const i = x + nx * y + nxy * z;
      let d2 = clearance[i];
      if (d2 >= 9) {
        // Clear for at least 3 voxels: jump to a uniform point of the free sphere (Marsaglia, the
        // uniforms from the walker's stream as signed 32-bit words / 2³¹).
        moves++;
        const r = this.freeRadius(d2, cap, x, y, z);
        let u: number, v: number, q: number;
        do {
          let t = (((sa + sb) | 0) + sd) | 0;
          sd = (sd + 1) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0; sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
          u = t * 4.656612873077393e-10;
          t = (((sa + sb) | 0) + sd) | 0;
          sd = (sd + 1) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0; sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
          v = t * 4.656612873077393e-10;
          q = u * u + v * v;
        } while (q >= 1);
        const f = 2 * r * Math.sqrt(1 - q);
        const fz = z + r * (1 - 2 * q);
        if (fz > launchZ) {
          this.land(x + u * f, y + v * f, fz, launchZ);
          x = at[0]; y = at[1]; z = at[2];
          continue;
        }
        // The common landing inline (a call here was a tenth of the walk): round, wrap x and y.
        // Its own integer wrap, not `wrap`: that one also takes land()'s unbounded doubles, and
        // sharing it made stripping walks about 12 % slower in a walk-only harness.
        let jx = Math.round(x + u * f) | 0;
        let jy = Math.round(y + v * f) | 0;
        if (jx < 0 || jx >= nx) jx = ((jx % nx) + nx) % nx;
        if (jy < 0 || jy >= nx) jy = ((jy % nx) + nx) % nx;
        x = jx; y = jy; z = Math.round(fz) | 0;
        continue;
      }
      if (d2 < FREE_STEP_D2) {
        // Something may be adjacent (the field is a lower bound: while stripping, metal it
        // counted may have gone).
        const xm = x > 0 ? i - 1 : i + nx - 1;
        const xp = x < nx - 1 ? i + 1 : i - nx + 1;
        const ym = y > 0 ? i - nx : i + nxy - nx;
        const yp = y < nx - 1 ? i + nx : i - nxy + nx;
        const zm = i - nxy;
        const zp = z < nz - 1 ? i + nxy : -1;
        if (stripping) {
          // Next to live metal: dissolve one of the live neighbours, through its SEI.
          let k = 0;
          if (occ[xm] === LIVE) candidates[k++] = xm;
          if (occ[xp] === LIVE) candidates[k++] = xp;
          if (occ[ym] === LIVE) candidates[k++] = ym;
          if (occ[yp] === LIVE) candidates[k++] = yp;
          if (occ[zm] === LIVE) candidates[k++] = zm;
          if (zp >= 0 && occ[zp] === LIVE) candidates[k++] = zp;
          if (k > 0) {
            const target = candidates[(rng.next() * k) | 0];
            let q = STRIP_PROBABILITY * sei[target % nxy];
            if (q < MIN_SITE_PROBABILITY) q = MIN_SITE_PROBABILITY;
            if (rng.next() < q) return target;
          }
        } else if (
          // The electrode and live metal conduct electrons; dead metal does not.
          conducts(occ[xm]) || conducts(occ[xp]) || conducts(occ[ym]) || conducts(occ[yp]) ||
          conducts(occ[zm]) || (zp >= 0 && conducts(occ[zp]))
        ) {
          let ps = p * sei[x + nx * y];
          const dh = z - 1 - meanTop;
          if (dh > 0 && beta > 0) ps *= Math.exp(-beta * dh);
          if (ps < MIN_SITE_PROBABILITY) ps = MIN_SITE_PROBABILITY;
          if (rng.next() < ps) return i;
        }
      }
      if (d2 >= DOUBLE_STEP_D2 && z + 2 <= launchZ) {
        // Nothing within √5: two unit steps in one draw, exactly as two single ones (latticeSteps.ts).
        moves++;
        const t = (((sa + sb) | 0) + sd) | 0;
        sd = (sd + 1) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0; sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
        const d = ((t >>> 8) * 36) >>> 24;
        x += STEP2_X[d];
        y += STEP2_Y[d];
        z += STEP2_Z[d];
        if (x < 0) x += nx; else if (x >= nx) x -= nx;
        if (y < 0) y += nx; else if (y >= nx) y -= nx;
        continue;
      }
      // Unit steps, in a tight loop while the walker stays where nothing else is due (within √5
      // of something, not next to it: a third of all moves). A step into an occupied site is
      // rejected (the walker stays). (t >>> 8) · 6 / 2²⁴ is uniform over the six directions to
      // within 4 × 10⁻⁷.
      for (;;) {
        moves++;
        const t = (((sa + sb) | 0) + sd) | 0;
        sd = (sd + 1) | 0; sa = sb ^ (sb >>> 9); sb = (sc + (sc << 3)) | 0; sc = (((sc << 21) | (sc >>> 11)) + t) | 0;
        const d = ((t >>> 8) * 6) >>> 24;
        const tz = z + STEP_Z[d];
        if (tz > launchZ) {
          this.land(x, y, tz, launchZ);
          x = at[0]; y = at[1]; z = at[2];
          continue outer;
        }
        let tx = x + STEP_X[d];
        let ty = y + STEP_Y[d];
        if (tx < 0) tx = nx - 1; else if (tx === nx) tx = 0;
        if (ty < 0) ty = nx - 1; else if (ty === nx) ty = 0;
        // Zero clearance means occupied (DistanceField keeps it so), so one load both checks the
        // target and gives the next move's clearance.
        const next = clearance[tx + nx * ty + nxy * tz];
        if (next !== 0) {
          x = tx; y = ty; z = tz;
          d2 = next;
        }
        if (d2 < FREE_STEP_D2 || d2 >= DOUBLE_STEP_D2 || moves >= limit) continue outer;
      }
    }
    return -1;
  }

  /**
   * Radius of an empty sphere around (x, y, z), from its squared clearance d2 in a field capped
   * at `cap`; at the cap the true clearance may be larger, and the block hierarchy may know it.
   */
  private freeRadius(d2: number, cap: number, x: number, y: number, z: number): number {
    const r = JUMP_RADIUS[d2];
    if (d2 < cap) return r;
    // Only a level whose radius 2^L − 1 beats r can help, and a free level implies every lower
    // one is free: one count tells whether to climb at all (most jumps at the cap do not).
    const lattice = this.lattice;
    const level = USEFUL_LEVEL[cap];
    if (level > lattice.maxLevel || !lattice.isFreeAt(level, x, y, z)) return r;
    return (1 << lattice.freeLevelNear(x, y, z, level)) - 1;
  }

  /**
   * Puts the walker on the lattice site nearest (fx, fy, fz), into `at`. Above the launch plane
   * nothing is in the way, so a walker there returns to the plane with the exact offset.
   */
  private land(fx: number, fy: number, fz: number, launchZ: number): void {
    const at = this.at;
    if (fz > launchZ) {
      const dir = this.dir;
      planeReturnOffset(fz - launchZ, this.rng, dir);
      fx += dir[0];
      fy += dir[1];
      fz = launchZ;
    }
    at[0] = wrap(Math.round(fx), this.nx);
    at[1] = wrap(Math.round(fy), this.ny);
    at[2] = Math.round(fz);
  }

  /** Recomputes the clearance field from the lattice as it is now. */
  private refreshDistance(): void {
    // Walkers never rise above the launch plane (two layers over the highest metal); higher
    // layers keep their plating values, lower bounds that stay valid while metal is removed.
    this.distance!.compute(this.lattice.occ, this.tops!.max + 3);
    this.distanceMode = 'stripping';
    this.strippedAtDistance = this.stripped;
  }

  /** Removes a live voxel, then turns whatever it was holding to the electrode dead. */
  private dissolve(i: number): void {
    const lattice = this.lattice;
    const nxy = this.nx * this.ny;
    const column = i % nxy;
    const z = (i - column) / nxy;
    const faces = this.newAreaOnStripping(i, column % this.nx, (column / this.nx) | 0, z);
    if (faces > 0) {
      this.seiFacesStripping += faces;
      this.seiFormed![column] += faces;
    }
    this.passTime(this.secondsPerVoxel * (1 - this.seiPerFace * faces));
    lattice.vacate(i);
    this.distance!.vacated(i);
    this.changes.record(i, EMPTY);
    this.live--;
    this.stripped++;
    const tops = this.tops!;
    if (tops.tops[column] === z) {
      let top = z - 1;
      const occ = lattice.occ;
      while (top > 0 && occ[column + nxy * top] === EMPTY) top--;
      tops.set(column, top);
    }
    this.connectivity!.isolateAround(i, (site) => {
      this.live--;
      this.dead++;
      this.changes.record(site, DEAD);
    });
  }
}

function conducts(state: number): boolean {
  return state === LIVE || state === SUBSTRATE;
}

function wrap(v: number, n: number): number {
  if (v >= 0 && v < n) return v;
  return ((v % n) + n) % n;
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new SimulationInputError('count', `The number of voxels must be a whole number ≥ 0; got ${String(count)}.`);
  }
}
