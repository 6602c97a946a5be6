import { fromProjected, type ProjectedSrid } from "@lianpian/geo";
import { type LngLat, orientRing, roundPosition } from "./frame.ts";
import type { Random } from "./random.ts";

/** A position in a GK zone: [easting, northing], metres. */
export type EN = [number, number];

export interface Footprint {
  /** Open ring in GK metres, counter-clockwise. */
  ring: EN[];
  /** Radius of a circle about the centre that contains the footprint. */
  outerRadius: number;
  /** Radius of a circle about the centre that the footprint contains. */
  coreRadius: number;
}

/**
 * A licence boundary as surveyors publish them: a rectangle on the GK grid
 * with up to two corners notched out, corners on whole metres.
 */
export function rectilinearFootprint(center: EN, areaM2: number, rng: Random): Footprint {
  const aspect = rng.float(0.65, 1.55);
  const notches = rng.weighted([
    [0, 0.4],
    [1, 0.4],
    [2, 0.2],
  ] as const);
  const cuts = Array.from({ length: notches }, () => [rng.float(0.1, 0.25), rng.float(0.1, 0.25)] as const);
  const full = areaM2 / (1 - cuts.reduce((s, [fx, fy]) => s + fx * fy, 0));
  const w = Math.sqrt(full * aspect);
  const h = full / w;
  const [cx, cy] = center;
  const x0 = Math.round(cx - w / 2);
  const x1 = Math.round(cx + w / 2);
  const y0 = Math.round(cy - h / 2);
  const y1 = Math.round(cy + h / 2);
  // Corners counter-clockwise from south-west; a notch replaces a corner by three points.
  const corners: EN[][] = [[[x0, y0]], [[x1, y0]], [[x1, y1]], [[x0, y1]]];
  const which = rng.shuffle([1, 2, 3, 0]).slice(0, notches);
  which.forEach((k, i) => {
    const [fx, fy] = cuts[i] as readonly [number, number];
    const nx = Math.round(fx * w);
    const ny = Math.round(fy * h);
    const [x, y] = (corners[k] as EN[])[0] as EN;
    const sx = x === x1 ? -1 : 1;
    const sy = y === y1 ? -1 : 1;
    const a: EN = [x, y + sy * ny];
    const b: EN = [x + sx * nx, y + sy * ny];
    const c: EN = [x + sx * nx, y];
    // Keep counter-clockwise order: which of a/c comes first depends on the corner.
    corners[k] = k === 0 || k === 2 ? [a, b, c] : [c, b, a];
  });
  return {
    ring: corners.flat(),
    outerRadius: Math.hypot(w, h) / 2,
    coreRadius: 0.35 * Math.min(w, h),
  };
}

/**
 * An irregular blob (a pit's disturbed ground, a subsidence basin): vertices
 * at increasing angles, so the ring is star-shaped about the centre and simple.
 */
export function blobFootprint(
  center: EN,
  radius: number,
  rng: Random,
  vertices = 12,
  minFactor = 0.72,
): Footprint {
  const turn = rng.float(0, 2 * Math.PI);
  const ring: EN[] = [];
  for (let i = 0; i < vertices; i++) {
    const a = turn + (2 * Math.PI * (i + rng.float(-0.3, 0.3))) / vertices;
    const r = radius * rng.float(minFactor, 1);
    ring.push([center[0] + r * Math.cos(a), center[1] + r * Math.sin(a)]);
  }
  return {
    ring,
    outerRadius: radius,
    coreRadius: radius * minFactor * Math.cos((1.6 * Math.PI) / vertices) * 0.95,
  };
}

/** A GK ring to a closed, counter-clockwise [lng, lat] ring (8 decimals ≈ 1 mm). */
export function ringToLngLat(ring: readonly EN[], srid: ProjectedSrid, digits = 8): LngLat[] {
  const out = ring.map((p) => roundPosition(fromProjected(p, srid), digits));
  const first = out[0] as LngLat;
  return orientRing([...out, [first[0], first[1]]], true);
}

/** Moves a ring by (dE, dN). */
export function shiftRing(ring: readonly EN[], dE: number, dN: number): EN[] {
  return ring.map(([e, n]) => [e + dE, n + dN]);
}
