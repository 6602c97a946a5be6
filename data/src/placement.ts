import type { Polygon } from "geojson";
import { distance, distanceToSegment, type LngLat, toLocal, type XY } from "./frame.ts";
import type { Random } from "./random.ts";

/** A county (or the city) in the local plane. */
export interface Region {
  code: string;
  rings: XY[][];
  bbox: [number, number, number, number];
}

export interface Circle {
  center: XY;
  radius: number;
}

export function regionOf(code: string, polygon: Polygon): Region {
  const rings = polygon.coordinates.map((ring) => ring.map((p) => toLocal(p as LngLat)));
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  return { code, rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

/** Even-odd over all rings: inside the shell and outside every hole. */
export function insideRegion(p: XY, region: Region): boolean {
  let inside = false;
  for (const ring of region.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as XY;
      const [xj, yj] = ring[j] as XY;
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** True when p is inside the region and at least `clearance` metres from its boundary. */
export function insideWithClearance(p: XY, region: Region, clearance: number): boolean {
  if (!insideRegion(p, region)) return false;
  for (const ring of region.rings) {
    for (let i = 1; i < ring.length; i++) {
      if (distanceToSegment(p, ring[i - 1] as XY, ring[i] as XY) < clearance) return false;
    }
  }
  return true;
}

/**
 * Places non-overlapping circles inside regions: each thing (mine, pit,
 * protected area) is kept inside a circle, so circles apart means shapes
 * apart. The gap absorbs the local plane's ~1 % distortion.
 */
export class Placer {
  private readonly circles: Circle[] = [];

  constructor(private readonly regions: ReadonlyMap<string, Region>) {}

  region(code: string): Region {
    const r = this.regions.get(code);
    if (!r) throw new Error(`unknown region ${code}`);
    return r;
  }

  add(circle: Circle): void {
    this.circles.push(circle);
  }

  /** Whether a circle fits: in the region with clearance, and apart from every placed circle. */
  fits(center: XY, radius: number, regionCode: string, gap: number): boolean {
    for (const c of this.circles) {
      if (distance(center, c.center) < radius + c.radius + gap + 0.02 * (radius + c.radius)) return false;
    }
    return insideWithClearance(center, this.region(regionCode), radius + gap);
  }

  /**
   * Finds a place for a circle and records it, or returns null. `propose`
   * draws a candidate centre (default: uniform over the region's bbox).
   */
  place(
    regionCode: string,
    radius: number,
    rng: Random,
    gap: number,
    propose?: () => XY,
    attempts = 600,
  ): XY | null {
    const [x0, y0, x1, y1] = this.region(regionCode).bbox;
    for (let i = 0; i < attempts; i++) {
      const c: XY = propose ? propose() : [rng.float(x0, x1), rng.float(y0, y1)];
      if (this.fits(c, radius, regionCode, gap)) {
        this.add({ center: c, radius });
        return c;
      }
    }
    return null;
  }
}
