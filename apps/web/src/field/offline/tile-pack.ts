import { PACK_CACHE, PACK_FETCH } from "../pwa/tile-caches.ts";
import { readMeta, type TileManifest, writeMeta } from "../store/field-db.ts";
import { estimateBytes } from "./pack-progress.ts";
import { type Bbox, listTiles } from "./tile-math.ts";

/**
 * Map tiles of a chosen area kept for offline use, in the Cache Storage
 * the service worker answers from when the network is gone (any `?v=` of a
 * tile matches there). A manifest in IndexedDB records, per tile, the data
 * version and ETag it was fetched at, so an interrupted download resumes
 * where it stopped and an update asks only for what changed: nothing when
 * the layers' versions did not move, a conditional request (304: kept)
 * when they did.
 */

/** Largest number of tiles one download may hold (all layers together). */
const MAX_PACK_TILES = 20_000;
const CONCURRENCY = 4;
const SAMPLES_PER_ZOOM = 2;
/** The manifest is written after this many tiles (and at the end): what a cut loses at most. */
const SAVE_EVERY = 20;

interface TileSource {
  tileJsonUrl: string;
  template: string;
  minzoom: number;
  maxzoom: number;
}

export interface TilePlan {
  /** What identifies the area: a resume or update continues only the same one. */
  key: string;
  urls: string[];
  /** TileJSON documents, kept too: the map's style starts from them. */
  tileJsonUrls: string[];
  /** The layers' data version in the tile URLs (`?v=`). */
  version: string;
  /** Estimated bytes of the whole pack, from samples per zoom. */
  estimatedBytes: number;
  /** Tiles already on the phone at this version (not fetched again), and their bytes. */
  held: number;
  heldBytes: number;
  /** Tiles on the phone at an older version (asked for with their ETag). */
  stale: number;
}

/** The field map draws every layer from the field face's composite tiles: those are what is kept. */
const PACK_SOURCES = ["field"] as const;

const pathOf = (url: string) => new URL(url).pathname;
const versionOf = (template: string) => new URL(template.replace(/[{}]/g, "")).searchParams.get("v") ?? "";
const zoomOf = (url: string) => Number(pathOf(url).split("/").at(-3));

async function sources(origin: string, signal: AbortSignal): Promise<TileSource[]> {
  return Promise.all(
    PACK_SOURCES.map(async (layer) => {
      const tileJsonUrl = `${origin}/tiles/${layer}.json`;
      const response = await fetch(tileJsonUrl, { ...PACK_FETCH, signal });
      if (!response.ok) throw new Error(`${response.status} ${tileJsonUrl}`);
      const tj = (await response.json()) as { tiles: string[]; minzoom: number; maxzoom: number };
      return { tileJsonUrl, template: tj.tiles[0] ?? "", minzoom: tj.minzoom, maxzoom: tj.maxzoom };
    }),
  );
}

async function manifestFor(key: string): Promise<TileManifest> {
  const kept = await readMeta("tiles");
  return kept?.key === key
    ? kept
    : { key, tiles: {}, complete: false, startedAt: Date.now(), finishedAt: null };
}

/** The tiles of every layer over the area and zooms, what the phone holds of them, and the size. */
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
  const version = all.map((s) => versionOf(s.template)).join("|");
  const key = `${bbox.map((v) => v.toFixed(5)).join(",")}/${zooms.min}-${zooms.max}`;
  const manifest = await manifestFor(key);
  let held = 0;
  let heldBytes = 0;
  let stale = 0;
  const toFetch = new Map<number, string[]>();
  for (const url of urls) {
    const rec = manifest.tiles[pathOf(url)];
    if (rec && rec.v === version) {
      held += 1;
      heldBytes += rec.bytes;
      continue;
    }
    if (rec) stale += 1;
    const z = zoomOf(url);
    toFetch.set(z, [...(toFetch.get(z) ?? []), url]);
  }
  // Samples from every zoom (sizes differ by zoom far more than within one); they are kept, not wasted,
  // so they count as held and the estimate weighs each zoom's mean by the tiles still to fetch.
  const samples = new Map<number, number[]>();
  const counts = new Map<number, number>();
  for (const [z, list] of toFetch) {
    const step = Math.max(1, Math.floor(list.length / SAMPLES_PER_ZOOM));
    const picked = list.filter((_, i) => i % step === 0).slice(0, SAMPLES_PER_ZOOM);
    const sizes: number[] = [];
    for (const url of picked) sizes.push((await keep(url, manifest, version, signal)).bytes);
    samples.set(z, sizes);
    counts.set(z, list.length - picked.length);
    held += picked.length;
    heldBytes += sizes.reduce((a, b) => a + b, 0);
  }
  await writeMeta("tiles", manifest);
  return {
    key,
    urls,
    tileJsonUrls: all.map((s) => s.tileJsonUrl),
    version,
    estimatedBytes: estimateBytes(counts, samples, heldBytes),
    held,
    heldBytes,
    stale,
  };
}

type Outcome = "fetched" | "unchanged" | "held";

/** Fetches one tile into the pack unless held at this version; with an ETag, a 304 keeps the old bytes. */
async function keep(
  url: string,
  manifest: TileManifest,
  version: string,
  signal: AbortSignal,
): Promise<{ bytes: number; outcome: Outcome }> {
  const path = pathOf(url);
  const rec = manifest.tiles[path];
  if (rec && rec.v === version) return { bytes: rec.bytes, outcome: "held" };
  const cache = await caches.open(PACK_CACHE);
  const old = rec ? await cache.match(url, { ignoreSearch: true }) : undefined;
  const headers: Record<string, string> = old && rec?.etag ? { "if-none-match": rec.etag } : {};
  const response = await fetch(url, { ...PACK_FETCH, signal, headers });
  if (response.status === 304 && old && rec) {
    manifest.tiles[path] = { ...rec, v: version };
    return { bytes: rec.bytes, outcome: "unchanged" };
  }
  if (!response.ok && response.status !== 204) throw new Error(`${response.status} ${url}`);
  const bytes = (await response.clone().arrayBuffer()).byteLength;
  for (const key of await cache.keys(url, { ignoreSearch: true })) await cache.delete(key);
  await cache.put(url, response.clone());
  manifest.tiles[path] = { v: version, etag: response.headers.get("etag"), bytes };
  return { bytes, outcome: "fetched" };
}

export interface Progress {
  done: number;
  total: number;
  /** Bytes the pack holds for the tiles done so far. */
  bytes: number;
  /** Tiles transferred in this run; tiles the server said were unchanged (304); tiles already held. */
  fetched: number;
  unchanged: number;
  held: number;
  /** When this run started, ms since the epoch. */
  startedAt: number;
}

/**
 * Downloads the planned tiles into the pack cache, a few at a time,
 * reporting progress; tiles already held at this version are not fetched
 * again, so a download cut off (or cancelled) continues where it stopped.
 */
export async function downloadTiles(
  plan: TilePlan,
  signal: AbortSignal,
  onProgress: (p: Progress) => void,
): Promise<Progress> {
  const manifest = await manifestFor(plan.key);
  manifest.complete = false;
  const progress: Progress = {
    done: 0,
    total: plan.urls.length + plan.tileJsonUrls.length,
    bytes: 0,
    fetched: 0,
    unchanged: 0,
    held: 0,
    startedAt: Date.now(),
  };
  // Held tiles first, in one step: the bar starts where the last run stopped.
  const queue: string[] = [...plan.tileJsonUrls];
  for (const url of plan.urls) {
    const rec = manifest.tiles[pathOf(url)];
    if (rec && rec.v === plan.version) {
      progress.done += 1;
      progress.held += 1;
      progress.bytes += rec.bytes;
    } else queue.push(url);
  }
  onProgress({ ...progress });
  let next = 0;
  let sinceSave = 0;
  const worker = async () => {
    while (next < queue.length) {
      if (signal.aborted) throw signal.reason;
      const url = queue[next++] as string;
      if (url.endsWith(".json")) {
        await keepTileJson(url, signal);
        progress.done += 1;
        continue;
      }
      const { bytes, outcome } = await keep(url, manifest, plan.version, signal);
      progress.bytes += bytes;
      progress.done += 1;
      progress[outcome] += 1;
      onProgress({ ...progress });
      if (++sinceSave >= SAVE_EVERY) {
        sinceSave = 0;
        await writeMeta("tiles", manifest);
      }
    }
  };
  // Every worker settles before the manifest is written, so no tile kept in a cut run goes unrecorded.
  const settled = await Promise.allSettled(Array.from({ length: CONCURRENCY }, worker));
  const failed = settled.find((r) => r.status === "rejected");
  if (!failed) {
    manifest.complete = true;
    manifest.finishedAt = Date.now();
  }
  await writeMeta("tiles", manifest);
  if (failed) throw failed.reason;
  onProgress({ ...progress });
  return progress;
}

async function keepTileJson(url: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(url, { ...PACK_FETCH, signal });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  await (await caches.open(PACK_CACHE)).put(url, response);
}
