/**
 * The moves of a lattice walker, as tables so a random index picks a direction without a chain
 * of ifs the CPU cannot predict.
 */

/** Unit steps by direction 0…5: −x, +x, −y, +y, −z, +z. */
export const STEP_X = Int8Array.of(-1, 1, 0, 0, 0, 0);
export const STEP_Y = Int8Array.of(0, 0, -1, 1, 0, 0);
export const STEP_Z = Int8Array.of(0, 0, 0, 0, -1, 1);

/** Two unit steps as one move: the sums of the 36 equally likely ordered pairs of directions. */
export const STEP2_X = Int8Array.from({ length: 36 }, (_, k) => STEP_X[(k / 6) | 0] + STEP_X[k % 6]);
export const STEP2_Y = Int8Array.from({ length: 36 }, (_, k) => STEP_Y[(k / 6) | 0] + STEP_Y[k % 6]);
export const STEP2_Z = Int8Array.from({ length: 36 }, (_, k) => STEP_Z[(k / 6) | 0] + STEP_Z[k % 6]);

/**
 * Squared clearance (voxels²) from which a walker takes two unit steps at once. With nothing
 * within √5 > 2, both steps land on empty sites and the middle site, more than 1 from any metal,
 * touches none, so the walker would have done nothing between the two: the double step gives
 * exactly the distribution of two single ones. About a fifth of all moves qualify.
 */
export const DOUBLE_STEP_D2 = 5;

/** Squared clearance from which no neighbour can be occupied (a free unit step, no look). */
export const FREE_STEP_D2 = 2;
