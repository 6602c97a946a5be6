import { distance, distanceToPath, type XY } from "./frame.ts";
import { insideRegion, insideWithClearance, type Region } from "./placement.ts";

/** Convex hull (Andrew's monotone chain), counter-clockwise, open. */
export function convexHull(points: readonly XY[]): XY[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: XY[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as XY, lower[lower.length - 1] as XY, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: XY[] = [];
  for (const p of [...pts].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2] as XY, upper[upper.length - 1] as XY, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * Pushes each hull vertex away from the centroid by `meters`: a cheap
 * outward buffer that keeps the ring convex (a zone closes small gaps).
 */
export function expand(hull: readonly XY[], meters: number): XY[] {
  const cx = hull.reduce((s, p) => s + p[0], 0) / hull.length;
  const cy = hull.reduce((s, p) => s + p[1], 0) / hull.length;
  return hull.map(([x, y]) => {
    const d = Math.hypot(x - cx, y - cy) || 1;
    return [x + ((x - cx) / d) * meters, y + ((y - cy) / d) * meters];
  });
}

/** Points every `step` metres along a closed ring. */
function sampleRing(ring: readonly XY[], step: number): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as XY;
    const b = ring[(i + 1) % ring.length] as XY;
    const n = Math.max(1, Math.ceil(distance(a, b) / step));
    for (let k = 0; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

/** True when the whole ring lies in the region, `clearance` metres in. */
export function ringInside(ring: readonly XY[], region: Region, clearance: number): boolean {
  return sampleRing(ring, 300).every((p) => insideWithClearance(p, region, clearance));
}

/** True when a circle and a closed ring area overlap. */
export function circleTouchesRing(center: XY, radius: number, ring: readonly XY[]): boolean {
  const area: Region = { code: "", rings: [[...ring, ring[0] as XY]], bbox: [0, 0, 0, 0] };
  return insideRegion(center, area) || distanceToPath(center, [...ring, ring[0] as XY]) < radius;
}
