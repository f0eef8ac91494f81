/**
 * The 3D view's camera as plain numbers: an orbit around the deposit (azimuth, elevation, distance)
 * and what keys and drags do to it. Pure, so the main thread (which gets the input) and the render
 * worker (which owns the camera) agree, and so it can be tested without WebGL.
 */
import type { LatticeShape } from '../../src/lib/sim/workerProtocol.ts';

export interface Orbit {
  /** Radians around the vertical axis. */
  azimuth: number;
  /** Radians above the electrode plane; a little below it is allowed, straight down is not. */
  elevation: number;
  /** From the look-at point, in voxels. */
  distance: number;
}

export const ELEVATION_MIN = -0.2;
export const ELEVATION_MAX = 1.5;
/** Radians per pixel of pointer drag. */
export const DRAG_RADIANS_PER_PX = 0.01;
/** One press of + zooms in by this factor; − by its inverse. */
export const ZOOM_STEP = 0.85;

const span = (shape: LatticeShape) => Math.max(shape.width, shape.height);

/** The view a new lattice starts with: three-quarters from above, the whole box in frame. */
export function initialOrbit(shape: LatticeShape): Orbit {
  return { azimuth: Math.PI / 4, elevation: 0.45, distance: 1.9 * span(shape) };
}

export function orbitBy(o: Orbit, dAzimuth: number, dElevation: number): Orbit {
  if (!Number.isFinite(dAzimuth) || !Number.isFinite(dElevation)) return o;
  return { ...o, azimuth: o.azimuth + dAzimuth, elevation: Math.min(ELEVATION_MAX, Math.max(ELEVATION_MIN, o.elevation + dElevation)) };
}

/** Zooms by `factor` (< 1 closer), kept between half and six times the lattice's size. */
export function zoomBy(o: Orbit, factor: number, shape: LatticeShape): Orbit {
  if (!Number.isFinite(factor) || factor <= 0) return o;
  const w = span(shape);
  return { ...o, distance: Math.min(6 * w, Math.max(0.5 * w, o.distance * factor)) };
}

/** Camera position and look-at point (y up; the electrode at y = 0, the look-at a third up the gap). */
export function cameraPlacement(o: Orbit, shape: LatticeShape): { position: [number, number, number]; target: [number, number, number] } {
  const target = shape.height / 3;
  const c = Math.cos(o.elevation);
  return {
    position: [o.distance * c * Math.sin(o.azimuth), target + o.distance * Math.sin(o.elevation), o.distance * c * Math.cos(o.azimuth)],
    target: [0, target, 0],
  };
}

export type ViewAction = { kind: 'orbit'; dAzimuth: number; dElevation: number } | { kind: 'zoom'; factor: number };

/** What a key pressed on the focused view does, or null for keys it leaves alone. */
export function viewKeyAction(key: string): ViewAction | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'orbit', dAzimuth: -0.15, dElevation: 0 };
    case 'ArrowRight':
      return { kind: 'orbit', dAzimuth: 0.15, dElevation: 0 };
    case 'ArrowUp':
      return { kind: 'orbit', dAzimuth: 0, dElevation: 0.1 };
    case 'ArrowDown':
      return { kind: 'orbit', dAzimuth: 0, dElevation: -0.1 };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    default:
      return null;
  }
}
