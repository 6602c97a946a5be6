import type { HazardCard } from "@lianpian/domain";
import { bboxOf } from "../offline/tile-math.ts";

export type Bounds = [west: number, south: number, east: number, north: number];

function walk(coords: unknown, out: [number, number][]): void {
  if (!Array.isArray(coords)) return;
  if (coords.length >= 2 && typeof coords[0] === "number" && typeof coords[1] === "number") {
    out.push([coords[0], coords[1]]);
    return;
  }
  for (const c of coords) walk(c, out);
}

/**
 * The box the evacuation view opens on: the point, its evacuation route and
 * its shelter (and the phone when it is within `nearM` metres of them, so the
 * monitor sees where they stand); null when the card has no route or shelter.
 */
export function evacuationBounds(
  card: Pick<HazardCard, "lng" | "lat" | "evacuation_route" | "shelter">,
  here: readonly [number, number] | null,
  nearM = 5000,
): Bounds | null {
  const points: [number, number][] = [];
  walk(card.evacuation_route?.coordinates, points);
  walk(card.shelter?.coordinates, points);
  if (points.length === 0) return null;
  points.push([card.lng, card.lat]);
  const near = bboxOf(points, nearM);
  if (here && near && here[0] > near[0] && here[0] < near[2] && here[1] > near[1] && here[1] < near[3]) {
    points.push([here[0], here[1]]);
  }
  const box = bboxOf(points, 0);
  return box && [box[0], box[1], box[2], box[3]];
}
