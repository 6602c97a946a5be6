import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { Db } from "../connection/open-database.ts";
import { LayerVersions } from "./layer-versions.repository.ts";
import type { TileLayer } from "./layers.ts";
import { defaultEncoder, renderTile } from "./render-tile.ts";
import { type CachedTile, TileCache } from "./tile-cache.ts";
import type { TileEncoder } from "./tile-query.ts";

const gzipAsync = promisify(gzipCallback);
/**
 * A cached tile is gzipped once, so it can afford level 6. An uncached one is
 * gzipped on every request: level 1 takes half the CPU for ~10 % more bytes
 * (measured on the 100× demo tiles), CPU the database on the same host needs.
 */
const CACHED_GZIP_LEVEL = 6;
const UNCACHED_GZIP_LEVEL = 1;

export interface TileServiceOptions {
  /** Budget of the in-process tile cache in bytes; 0 turns the cache off. */
  cacheBytes: number;
  /** Encoder; by default native on a server PostGIS, portable on the embedded database. */
  encoder?: TileEncoder | undefined;
  /** How long layer versions are trusted before they are re-read (the cache's staleness bound). */
  versionMaxAgeMs?: number;
}

/** A tile ready to send: raw MVT bytes (empty = no feature), its ETag, and gzip on demand. */
export interface ServedTile {
  raw: Buffer;
  /** Strong ETag of the identity bytes; the gzip bytes are tagged `etagGzip`. */
  etag: string;
  etagGzip: string;
  gzip(): Promise<Buffer>;
  /** True when it came from the cache. */
  cached: boolean;
}

/** Renders tiles, with an optional LRU cache keyed by layer/z/x/y and the layer's data version. */
export class TileService {
  readonly encoder: TileEncoder;
  private readonly cache: TileCache | undefined;
  private readonly versions: LayerVersions | undefined;

  constructor(
    private readonly db: Db,
    options: TileServiceOptions,
  ) {
    this.encoder = options.encoder ?? defaultEncoder(db.mode);
    if (options.cacheBytes > 0) {
      this.cache = new TileCache(options.cacheBytes);
      this.versions = new LayerVersions(db.kysely, options.versionMaxAgeMs ?? 1000);
    }
  }

  /** Whether tiles are cached (cacheBytes > 0). */
  get caching(): boolean {
    return this.cache !== undefined;
  }

  /** Entries and bytes held by the cache (zeros when it is off). */
  cacheStats(): { entries: number; bytes: number } {
    return { entries: this.cache?.size ?? 0, bytes: this.cache?.totalBytes ?? 0 };
  }

  /**
   * The tile, from the cache when its layer has not changed since it was
   * rendered. The version is read before rendering, so a write racing the
   * render at worst tags new content with the old version (re-rendered later).
   */
  async get(layer: TileLayer, z: number, x: number, y: number, signal?: AbortSignal): Promise<ServedTile> {
    if (!this.cache || !this.versions) {
      const raw = await this.render(layer, z, x, y, signal);
      return serve({ version: 0, raw, gzip: undefined, etag: etagOf(raw) }, false, UNCACHED_GZIP_LEVEL);
    }
    const cache = this.cache;
    const key = `${layer.name}/${z}/${x}/${y}`;
    const version = await this.versions.get(layer.name);
    const hit = cache.get(key, version);
    if (hit) return serve(hit, true, CACHED_GZIP_LEVEL, (gz) => cache.addGzip(key, hit, gz));
    const raw = await this.render(layer, z, x, y, signal);
    const entry: CachedTile = { version, raw, gzip: undefined, etag: etagOf(raw) };
    cache.set(key, entry);
    return serve(entry, false, CACHED_GZIP_LEVEL, (gz) => cache.addGzip(key, entry, gz));
  }

  private render(layer: TileLayer, z: number, x: number, y: number, signal?: AbortSignal) {
    return renderTile(this.db.kysely, this.db.mode, layer, z, x, y, { path: this.encoder, signal });
  }
}

function etagOf(raw: Buffer): string {
  return `"${createHash("sha1").update(raw).digest("base64url")}"`;
}

function serve(
  entry: CachedTile,
  cached: boolean,
  level: number,
  keepGzip?: (gz: Buffer) => void,
): ServedTile {
  return {
    raw: entry.raw,
    etag: entry.etag,
    etagGzip: `${entry.etag.slice(0, -1)}.gz"`,
    cached,
    async gzip() {
      if (entry.gzip) return entry.gzip;
      const gz = await gzipAsync(entry.raw, { level });
      keepGzip?.(gz);
      return gz;
    },
  };
}
