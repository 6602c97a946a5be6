import { hash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Db } from "../connection/open-database.ts";
import type { Database } from "../schema.ts";
import { layerSet, layersAtZoom, type TileSet } from "./faces.ts";
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
  etags(): readonly string[];
  /** The bytes in a content coding: made on demand, once per cached tile. */
  encode(coding: TileCoding): Promise<Buffer>;
  /** The bytes in a content coding when already made (the hot path's no-await read), else undefined. */
  encodedNow(coding: TileCoding): Buffer | undefined;
  /** True when it came from the cache. */
  cached: boolean;
  /** Reply headers per representation, made once by the HTTP layer and kept with the tile. */
  readonly replyHeaders: Partial<Record<TileCoding | "identity", Record<string, string>>>;
}

/** A cached entry with the two ServedTile views of it, made once (one hash per entry). */
type Entry = CachedTile & { hit?: ServedTile };

/**
 * Renders tiles of one layer or of a set of layers (a face's composite: the
 * layers' MVT bytes concatenated, since an MVT is a list of layers), with an
 * optional LRU cache keyed by name/z/x/y and the data version of its layers.
 */
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
   * The cached tile when the layers' versions are fresh and it was rendered
   * at them, with no await and no database: the hot path. Else undefined.
   */
  peek(set: TileSet, z: number, x: number, y: number): ServedTile | undefined {
    if (!this.cache || !this.versions) return undefined;
    const layers = layersAtZoom(set, z);
    let version = "";
    for (const layer of layers) {
      const v = this.versions.peek(layer.name);
      if (v === undefined) return undefined;
      version += `${v}.`;
    }
    const key = `${set.name}/${z}/${x}/${y}`;
    const hit = this.cache.get(key, version) as Entry | undefined;
    return hit ? this.served(key, hit) : undefined;
  }

  /**
   * The tile of one layer, from the cache when its layer has not changed
   * since it was rendered. The version is read before rendering, so a write
   * racing the render at worst tags new content with the old version
   * (re-rendered later).
   */
  get(
    layer: TileLayer,
    z: number,
    x: number,
    y: number,
    abandoned?: () => boolean,
    /** Render from this database instead (a writer reading its own edit on the primary): never cached. */
    source?: Kysely<Database>,
  ): Promise<ServedTile> {
    return this.getSet(layerSet(layer), z, x, y, abandoned, source);
  }

  /**
   * The tile of a set of layers: each layer in its zoom range rendered by
   * its own rules (fields from zoom, simplification, published rows), then
   * concatenated into one MVT. Its version is the list of its layers'
   * versions, so an edit of any of them re-renders it.
   */
  async getSet(
    set: TileSet,
    z: number,
    x: number,
    y: number,
    abandoned?: () => boolean,
    source?: Kysely<Database>,
  ): Promise<ServedTile> {
    const layers = layersAtZoom(set, z);
    if (source || !this.cache || !this.versions) {
      const parts = await Promise.all(
        layers.map((layer) =>
          source
            ? renderTile(source, this.db.mode, layer, z, x, y, { path: this.encoder, abandoned })
            : this.render(layer, z, x, y, 0, abandoned),
        ),
      );
      return serve(entryOf("", concat(parts)), false, "fast");
    }
    const key = `${set.name}/${z}/${x}/${y}`;
    const versions = await this.versions.getMany(layers.map((l) => l.name));
    const version = versions.map((v) => `${v}.`).join("");
    const hit = this.cache.get(key, version) as Entry | undefined;
    if (hit) return this.served(key, hit);
    const parts = await Promise.all(
      layers.map((layer, i) => this.render(layer, z, x, y, versions[i] ?? 0, abandoned)),
    );
    const entry = entryOf(version, concat(parts));
    this.cache.set(key, entry);
    return serve(entry, false, "small", this.keeper(key, entry));
  }

  private served(key: string, entry: Entry): ServedTile {
    entry.hit ??= serve(entry, true, "small", this.keeper(key, entry));
    return entry.hit;
  }

  private keeper(key: string, entry: CachedTile) {
    const cache = this.cache;
    return (coding: TileCoding, bytes: Buffer) => cache?.addEncoded(key, entry, coding, bytes);
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

/** MVT layers concatenate: a tile is a repeated `layers` field, so the parts' bytes joined are one tile. */
function concat(parts: readonly Buffer[]): Buffer {
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

function entryOf(version: string, raw: Buffer): Entry {
  return { version, raw, encoded: {}, etag: `"${hash("sha1", raw, "base64url")}"` };
}

const SUFFIX: Record<TileCoding, string> = { gzip: ".gz", br: ".br" };

function serve(
  entry: CachedTile,
  cached: boolean,
  effort: CompressionEffort,
  keep?: (coding: TileCoding, bytes: Buffer) => void,
): ServedTile {
  const base = entry.etag.slice(0, -1);
  const tags = [entry.etag, `${base}${SUFFIX.gzip}"`, `${base}${SUFFIX.br}"`] as const;
  return {
    raw: entry.raw,
    etag: entry.etag,
    etagOf: (coding) => (coding === "gzip" ? tags[1] : coding === "br" ? tags[2] : tags[0]),
    etags: () => tags,
    cached,
    replyHeaders: {},
    encodedNow: (coding) => entry.encoded[coding],
    async encode(coding) {
      const done = entry.encoded[coding];
      if (done) return done;
      const bytes = await compressTile(entry.raw, coding, effort);
      keep?.(coding, bytes);
      return bytes;
    },
  };
}
