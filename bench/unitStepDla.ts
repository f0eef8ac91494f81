/**
 * The baseline the benchmark compares against: textbook on-lattice 3D DLA with plain unit steps.
 * Walkers start on a sphere just outside the cluster and are killed (and relaunched) when they
 * stray past twice that radius. No block jumps, no exact return: what the fast model replaces.
 */
import { Sfc32 } from '../src/lib/sim/rng.ts';

export function unitStepDla(particles: number, side: number, seed: number): { particles: number; radius: number } {
  const rng = new Sfc32(seed);
  const occ = new Uint8Array(side * side * side);
  const c = side >> 1;
  const nxy = side * side;
  occ[c + side * c + nxy * c] = 1;
  let radius = 0;
  let count = 1;
  while (count < particles) {
    const launch = radius + 3;
    const kill = 2 * launch + 10;
    if (kill + 2 >= c) break;
    let x = 0, y = 0, z = 0;
    const relaunch = () => {
      const u = 2 * rng.next() - 1;
      const phi = 2 * Math.PI * rng.next();
      const s = Math.sqrt(1 - u * u);
      x = Math.round(c + launch * s * Math.cos(phi));
      y = Math.round(c + launch * s * Math.sin(phi));
      z = Math.round(c + launch * u);
    };
    relaunch();
    for (;;) {
      const i = x + side * y + nxy * z;
      if (occ[i - 1] | occ[i + 1] | occ[i - side] | occ[i + side] | occ[i - nxy] | occ[i + nxy]) {
        occ[i] = 1;
        count++;
        const r = Math.hypot(x - c, y - c, z - c);
        if (r > radius) radius = r;
        break;
      }
      const d = (rng.next() * 6) | 0;
      if (d === 0) x--; else if (d === 1) x++; else if (d === 2) y--; else if (d === 3) y++; else if (d === 4) z--; else z++;
      const dx = x - c, dy = y - c, dz = z - c;
      if (dx * dx + dy * dy + dz * dz > kill * kill) relaunch();
    }
  }
  return { particles: count, radius };
}
