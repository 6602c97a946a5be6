import { fromLocal, type LngLat, toLocal, type XY } from "./frame.ts";
import type { Random } from "./random.ts";

export interface WiggleOptions {
  /** Spacing of the inserted vertices, metres. */
  stepM: number;
  /** Largest sideways offset, metres (also capped at 6 % of the segment). */
  amplitudeM: number;
}

/**
 * The segment a–b with vertices inserted and pushed sideways by a smooth
 * noise that vanishes at both ends. The result is the graph of a function
 * along the chord, so it never crosses itself, and it still meets its
 * neighbours exactly at a and b.
 */
export function wiggleSegment(a: LngLat, b: LngLat, rng: Random, options: WiggleOptions): LngLat[] {
  const pa = toLocal(a);
  const pb = toLocal(b);
  const dx = pb[0] - pa[0];
  const dy = pb[1] - pa[1];
  const length = Math.hypot(dx, dy);
  const n = Math.max(2, Math.ceil(length / options.stepM));
  const amplitude = Math.min(options.amplitudeM, 0.06 * length);
  const [nx, ny] = [-dy / length, dx / length];
  const f1 = rng.float(1, 2.5);
  const f2 = rng.float(3, 6);
  const p1 = rng.float(0, 2 * Math.PI);
  const p2 = rng.float(0, 2 * Math.PI);
  const out: LngLat[] = [a];
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const noise = 0.65 * Math.sin(2 * Math.PI * f1 * t + p1) + 0.35 * Math.sin(2 * Math.PI * f2 * t + p2);
    const offset = amplitude * Math.sin(Math.PI * t) * noise;
    const p: XY = [pa[0] + t * dx + offset * nx, pa[1] + t * dy + offset * ny];
    out.push(fromLocal(p));
  }
  out.push(b);
  return out;
}

/** A polyline through the control points, each leg wiggled; the control points are kept. */
export function wigglePath(points: readonly LngLat[], rng: Random, options: WiggleOptions): LngLat[] {
  const out: LngLat[] = [];
  for (let i = 1; i < points.length; i++) {
    const leg = wiggleSegment(points[i - 1] as LngLat, points[i] as LngLat, rng, options);
    out.push(...(i === 1 ? leg : leg.slice(1)));
  }
  return out;
}
