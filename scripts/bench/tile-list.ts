import { tileOf } from "@lianpian/db";

/** Layers the tile bench replays: the four thematic layers and the county base layer. */
export const BENCH_LAYERS = ["mines", "subsidence", "hazards", "corridors", "counties"] as const;
type BenchLayer = (typeof BENCH_LAYERS)[number];

/** One tile request of the replay list. */
export interface TileRequest {
  layer: BenchLayer;
  z: number;
  x: number;
  y: number;
}

/** Zoom levels of a planner's session: mostly 12–14, where the map is read, some overviews. */
const ZOOM_WEIGHTS: readonly [zoom: number, weight: number][] = [
  [14, 30],
  [13, 25],
  [12, 25],
  [11, 8],
  [10, 5],
  [9, 4],
  [8, 3],
];

/** A small seeded generator (mulberry32): the same seed gives the same list on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickZoom(random: () => number): number {
  const total = ZOOM_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [zoom, weight] of ZOOM_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return zoom;
  }
  return 14;
}

export interface TileListOptions {
  seed: number;
  /** Distinct map views (z/x/y); each asks every layer, as the map does. */
  views: number;
  layers?: readonly BenchLayer[];
}

/**
 * A fixed replay list: map views placed on feature positions (so dense parts
 * of the data are visited more often, as users do), each view asking one
 * tile of every layer. Deterministic for the same anchors and seed.
 */
export function pickTiles(
  anchors: readonly (readonly [number, number])[],
  options: TileListOptions,
): TileRequest[] {
  if (anchors.length === 0) throw new Error("no anchor positions to place tiles on");
  const random = seededRandom(options.seed);
  const layers = options.layers ?? BENCH_LAYERS;
  const views: { z: number; x: number; y: number }[] = [];
  const seen = new Set<string>();
  // Bounded: low zooms have few distinct tiles over one city, so give up on repeats after a while.
  for (let attempt = 0; attempt < options.views * 50 && views.length < options.views; attempt++) {
    const [lng, lat] = anchors[Math.floor(random() * anchors.length)] as readonly [number, number];
    const z = pickZoom(random);
    const { x, y } = tileOf(lng, lat, z);
    const key = `${z}/${x}/${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    views.push({ z, x, y });
  }
  return views.flatMap((view) => layers.map((layer) => ({ layer, ...view })));
}
