import type { TileCoding } from "./tile-compression.ts";

/** A rendered tile as served: raw MVT bytes, its compressed forms made once on demand, and its strong ETag. */
export interface CachedTile {
  /** Data version of the layers the tile was rendered at (their versions, dot-joined). */
  version: string | number;
  raw: Buffer;
  /** Compressed bytes by content coding, added as clients ask for them. */
  encoded: Partial<Record<TileCoding, Buffer>>;
  etag: string;
}

/**
 * In-process LRU of rendered tiles, bounded by bytes (raw + compressed). A
 * Map keeps insertion order, so re-inserting on a hit makes the first key
 * the least recently used. An entry rendered at another layer version is a
 * miss and is dropped, so an edit invalidates exactly its layer.
 */
export class TileCache {
  private readonly entries = new Map<string, CachedTile>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The tile at `key` rendered at `version`, or undefined. */
  get(key: string, version: string | number): CachedTile | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= sizeOf(entry);
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores (or replaces) a tile; one larger than an eighth of the budget is not kept. */
  set(key: string, entry: CachedTile): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= sizeOf(old);
    }
    const size = sizeOf(entry);
    if (size > this.maxBytes / 8) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= sizeOf(e);
    }
  }

  /** Attaches compressed bytes made later; counted against the budget if the entry is still cached. */
  addEncoded(key: string, entry: CachedTile, coding: TileCoding, bytes: Buffer): void {
    const cached = this.entries.get(key) === entry;
    if (cached) {
      this.entries.delete(key);
      this.bytes -= sizeOf(entry);
    }
    entry.encoded[coding] = bytes;
    if (cached) this.set(key, entry);
  }
}

/** Bytes an entry holds, plus a small allowance for the key and object. */
function sizeOf(entry: CachedTile): number {
  const encoded = Object.values(entry.encoded).reduce((sum, b) => sum + b.byteLength, 0);
  return entry.raw.byteLength + encoded + 128;
}
