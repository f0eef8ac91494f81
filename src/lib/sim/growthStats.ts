/** What `stats()` reports. Counts are voxels; real units are named in the field. Never NaN. */
export interface GrowthStats {
  mode: 'electrode' | 'free';
  metal: 'Li' | 'Na' | 'K';
  /** Voxels deposited since the start. */
  plated: number;
  /** Voxels stripped since the start. */
  stripped: number;
  /** Metal still wired to the electrode (in free mode: the whole cluster). */
  live: number;
  /** Metal cut off from the electrode by stripping: inert, but still in the way. */
  dead: number;
  /**
   * Charge passed while plating, in voxels of metal: the voxels plated plus the SEI formed on the
   * new surface they made.
   */
  chargePlated: number;
  /** Charge recovered while stripping, voxels: those dissolved less the SEI formed on metal they bared. */
  chargeStripped: number;
  /** Charge held in SEI, voxels of metal (chargePlated − chargeStripped = live + dead + seiCharge). */
  seiCharge: number;
  /** Charge stripped / charge plated since the start (0 before anything is plated). */
  coulombicEfficiency: number;
  /** Dead voxels / charge plated (0 before anything is plated). */
  deadFraction: number;
  /** Charge consumed into SEI / charge plated (0 before anything is plated). After a full strip, 1 − CE = seiLossFraction + deadFraction. */
  seiLossFraction: number;
  /** RMS deviation of the column tops from their mean, voxels (electrode mode; 0 in free mode). */
  roughness: number;
  roughness_um: number;
  /** Mean height of the column tops, voxels. */
  meanHeight: number;
  /** Tallest column, voxels (free mode: cluster radius). */
  maxHeight: number;
  /** Tallest column over the electrode–separator gap, 0…1. */
  maxHeightFraction: number;
  /** Live metal touched the separator: a short circuit. Plating stops. */
  shorted: boolean;
  /** Free mode: the cluster reached the edge of its box; plating stops. */
  latticeFull: boolean;
  /** Simulated time: charge passed over the current, plus rests, s. */
  time_s: number;
  /** Areal capacity plated since the start, mAh/cm². */
  platedCapacity_mAh_per_cm2: number;
  /** Areal capacity of the live metal now on the electrode, mAh/cm². */
  liveCapacity_mAh_per_cm2: number;
  /** Current density, mA/cm². */
  currentDensity_mA_per_cm2: number;
  /** Limiting current of this electrolyte across this gap, mA/cm². */
  criticalCurrentDensity_mA_per_cm2: number;
  /** J / J* of this electrolyte. */
  currentRatio: number;
  /** Sand's time at this current from the closed form (for comparison; the model uses the field), s; null below J*. */
  sandsTime_s: number | null;
  /** Salt concentration at the electrode over the bulk, c_s/c₀, from the concentration field (1 in free mode; above 1 while stripping). */
  surfaceConcentration: number;
  /** In the current plating step the field has reached zero at the electrode: growth is diffusion-limited (p = 1). */
  sandsOnset: boolean;
  /** Time from the start of the current plating step to that onset, s; null until it happens. */
  sandsOnsetTime_s: number | null;
  /** Sticking probability in force now (before SEI and protrusion factors). */
  stickingProbability: number;
  /** Free mode: radius of gyration of the cluster, voxels (0 in electrode mode). */
  radiusOfGyration: number;
  /** Bytes of typed arrays the simulation holds. */
  memoryBytes: number;
}
