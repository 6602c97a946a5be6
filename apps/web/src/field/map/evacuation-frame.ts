import type { HazardCard } from "@lianpian/domain";

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
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const [lng, lat] of points) {
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  if (here) {
    const dLat = nearM / 110_950;
    const dLng = nearM / (111_320 * Math.cos((card.lat * Math.PI) / 180));
    if (here[0] > w - dLng && here[0] < e + dLng && here[1] > s - dLat && here[1] < n + dLat) {
      w = Math.min(w, here[0]);
      e = Math.max(e, here[0]);
      s = Math.min(s, here[1]);
      n = Math.max(n, here[1]);
    }
  }
  return [w, s, e, n];
}
