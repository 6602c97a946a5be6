import { hash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Db } from "../connection/open-database.ts";
import type { Database } from "../schema.ts";
import { LayerVersions } from "./layer-versions.repository.ts";
import type { TileLayer } from "./layers.ts";
import { defaultEncoder, renderTile } from "./render-tile.ts";
import { type CachedTile, TileCache } from "./tile-cache.ts";
import { type CompressionEffort, compressTile, type TileCoding } from "./tile-compression.ts";
import type { TileEncoder } from "./tile-query.ts";

export interface TileServiceOptions {
  /** Budget of the in-process tile cache in bytes; 0 turns the cache off. */
  cacheBytes: number;
  /** Encoder; by default native on a server PostGIS, portable on the embedded database. */
  encoder?: TileEncoder | undefined;
  /** How long layer versions are trusted before they are re-read (the cache's staleness bound). */
  versionMaxAgeMs?: number;
}

/** A tile ready to send: raw MVT bytes (empty = no feature), its ETags, and compressed bytes on demand. */
export interface ServedTile {
  raw: Buffer;
  /** Strong ETag of the identity bytes. */
  etag: string;
  /** Strong ETag of the bytes in a coding (each coding is its own representation), or of identity. */
  etagOf(coding: TileCoding | undefined): string;
  /** The ETags of every representation, for If-None-Match. */
  etags(): string[];
  /** The bytes in a content coding: made on demand, once per cached tile. */
  encode(coding: TileCoding): Promise<Buffer>;
  /** True when it came from the cache. */
  cached: boolean;
}

/** Renders tiles, with an optional LRU cache keyed by layer/z/x/y and the layer's data version. */
export class TileService {
  readonly encoder: TileEncoder;
  private readonly cache: TileCache | undefined;
  private readonly versions: LayerVersions | undefined;
  /** Renders under way, by layer/z/x/y@version: concurrent requests for one tile share one query. */
  private readonly inFlight = new Map<string, { raw: Promise<Buffer>; waiters: (() => boolean)[] }>();

  constructor(
    private readonly db: Db,
    options: TileServiceOptions,
  ) {
    this.encoder = options.encoder ?? defaultEncoder(db.mode);
    if (options.cacheBytes > 0) {
      this.cache = new TileCache(options.cacheBytes);
      this.versions = new LayerVersions(db.reads, options.versionMaxAgeMs ?? 1000);
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
  async get(
    layer: TileLayer,
    z: number,
    x: number,
    y: number,
    abandoned?: () => boolean,
    /** Render from this database instead (a writer reading its own edit on the primary): never cached. */
    source?: Kysely<Database>,
  ): Promise<ServedTile> {
    if (source) {
      const raw = await renderTile(source, this.db.mode, layer, z, x, y, { path: this.encoder, abandoned });
      return serve({ version: 0, raw, encoded: {}, etag: etagOf(raw) }, false, "fast");
    }
    if (!this.cache || !this.versions) {
      const raw = await this.render(layer, z, x, y, 0, abandoned);
      return serve({ version: 0, raw, encoded: {}, etag: etagOf(raw) }, false, "fast");
    }
    const cache = this.cache;
    const key = `${layer.name}/${z}/${x}/${y}`;
    const version = await this.versions.get(layer.name);
    const hit = cache.get(key, version);
    const keep = (entry: CachedTile) => (coding: TileCoding, bytes: Buffer) =>
      cache.addEncoded(key, entry, coding, bytes);
    if (hit) return serve(hit, true, "small", keep(hit));
    const raw = await this.render(layer, z, x, y, version, abandoned);
    const entry: CachedTile = { version, raw, encoded: {}, etag: etagOf(raw) };
    cache.set(key, entry);
    return serve(entry, false, "small", keep(entry));
  }

  /**
   * Renders a tile, sharing the query with every concurrent request for the
   * same tile at the same version; the query is skipped only when all of
   * them have left.
   */
  private render(
    layer: TileLayer,
    z: number,
    x: number,
    y: number,
    version: number,
    abandoned?: () => boolean,
  ): Promise<Buffer> {
    const key = `${layer.name}/${z}/${x}/${y}@${version}`;
    const waiting = this.inFlight.get(key);
    const stillWanted = abandoned ?? (() => false);
    if (waiting) {
      waiting.waiters.push(stillWanted);
      return waiting.raw;
    }
    const waiters = [stillWanted];
    const everyoneLeft = () => waiters.every((left) => left());
    const raw = renderTile(this.db.reads, this.db.mode, layer, z, x, y, {
      path: this.encoder,
      abandoned: everyoneLeft,
    }).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, { raw, waiters });
    return raw;
  }
}

function etagOf(raw: Buffer): string {
  return `"${hash("sha1", raw, "base64url")}"`;
}

const SUFFIX: Record<TileCoding, string> = { gzip: ".gz", br: ".br" };

function serve(
  entry: CachedTile,
  cached: boolean,
  effort: CompressionEffort,
  keep?: (coding: TileCoding, bytes: Buffer) => void,
): ServedTile {
  const tagOf = (coding: TileCoding | undefined) =>
    coding ? `${entry.etag.slice(0, -1)}${SUFFIX[coding]}"` : entry.etag;
  return {
    raw: entry.raw,
    etag: entry.etag,
    etagOf: tagOf,
    etags: () => [entry.etag, tagOf("gzip"), tagOf("br")],
    cached,
    async encode(coding) {
      const done = entry.encoded[coding];
      if (done) return done;
      const bytes = await compressTile(entry.raw, coding, effort);
      keep?.(coding, bytes);
      return bytes;
    },
  };
}
