import { type Bbox, listTiles } from "./tile-math.ts";

/**
 * Map tiles of a chosen area kept for offline use, in the Cache Storage
 * the service worker answers from when the network is gone (sw.js).
 */

/** Cache of the tiles the user chose to keep (the service worker reads it, never trims it). */
const PACK_CACHE = "lianpian-tiles-pack-v1";
/** Largest number of tiles one download may hold (all layers together). */
const MAX_PACK_TILES = 20_000;
const CONCURRENCY = 4;
const SAMPLE_TILES = 6;

interface TileSource {
  layer: string;
  tileJsonUrl: string;
  template: string;
  minzoom: number;
  maxzoom: number;
}

export interface TilePlan {
  urls: string[];
  /** TileJSON documents, kept too: the map's style starts from them. */
  tileJsonUrls: string[];
  /** Estimated bytes, from a few sample tiles. */
  estimatedBytes: number;
}

/** The field map draws every layer from the field face's composite tiles: those are what is kept. */
const PACK_SOURCES = ["field"] as const;

async function sources(origin: string, signal: AbortSignal): Promise<TileSource[]> {
  return Promise.all(
    PACK_SOURCES.map(async (layer) => {
      const tileJsonUrl = `${origin}/tiles/${layer}.json`;
      const response = await fetch(tileJsonUrl, { signal });
      if (!response.ok) throw new Error(`${response.status} ${tileJsonUrl}`);
      const tj = (await response.json()) as { tiles: string[]; minzoom: number; maxzoom: number };
      return { layer, tileJsonUrl, template: tj.tiles[0] ?? "", minzoom: tj.minzoom, maxzoom: tj.maxzoom };
    }),
  );
}

/** The tiles of every layer over the area and zooms, and an estimate of their size. */
export async function planTiles(
  origin: string,
  bbox: Bbox,
  zooms: { min: number; max: number },
  signal: AbortSignal,
): Promise<TilePlan> {
  const urls: string[] = [];
  const all = await sources(origin, signal);
  for (const s of all) {
    const min = Math.max(zooms.min, s.minzoom);
    const max = Math.min(zooms.max, s.maxzoom);
    if (min > max) continue;
    for (const [z, x, y] of listTiles(bbox, min, max, MAX_PACK_TILES)) {
      urls.push(s.template.replace("{z}", String(z)).replace("{x}", String(x)).replace("{y}", String(y)));
    }
    if (urls.length > MAX_PACK_TILES) throw new Error(`more than ${MAX_PACK_TILES} tiles`);
  }
  // Sample evenly through the list (low to high zoom) and weigh by the count.
  const step = Math.max(1, Math.floor(urls.length / SAMPLE_TILES));
  const sample = urls.filter((_, i) => i % step === 0).slice(0, SAMPLE_TILES);
  let sampled = 0;
  for (const url of sample) sampled += await fetchAndKeep(url, signal);
  const estimatedBytes = sample.length === 0 ? 0 : Math.round((sampled / sample.length) * urls.length);
  return { urls, tileJsonUrls: all.map((s) => s.tileJsonUrl), estimatedBytes };
}

async function fetchAndKeep(url: string, signal: AbortSignal): Promise<number> {
  const cache = await caches.open(PACK_CACHE);
  const kept = await cache.match(url);
  if (kept) return (await kept.clone().arrayBuffer()).byteLength;
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  const bytes = (await response.clone().arrayBuffer()).byteLength;
  await cache.put(url, response);
  return bytes;
}

export interface Progress {
  done: number;
  total: number;
  bytes: number;
}

/** Downloads the planned tiles into the pack cache, a few at a time, reporting progress. */
export async function downloadTiles(
  plan: TilePlan,
  signal: AbortSignal,
  onProgress: (p: Progress) => void,
): Promise<Progress> {
  const progress: Progress = { done: 0, total: plan.urls.length + plan.tileJsonUrls.length, bytes: 0 };
  const queue = [...plan.tileJsonUrls, ...plan.urls];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      if (signal.aborted) throw signal.reason;
      const url = queue[next++] as string;
      progress.bytes += await fetchAndKeep(url, signal);
      progress.done += 1;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return progress;
}
