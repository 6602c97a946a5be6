import { describe, expect, it } from "vitest";
import { type CachedTile, TileCache } from "./tile-cache.ts";

const tile = (bytes: number, version = 1): CachedTile => ({
  version,
  raw: Buffer.alloc(bytes, 1),
  encoded: {},
  etag: `"${bytes}"`,
});

describe("TileCache", () => {
  it("returns a tile only at the version it was rendered at, and forgets it otherwise", () => {
    const cache = new TileCache(100_000);
    cache.set("mines/12/1/2", tile(1000, 7));
    expect(cache.get("mines/12/1/2", 7)?.etag).toBe('"1000"');
    expect(cache.get("mines/12/1/2", 8)).toBeUndefined();
    expect(cache.get("mines/12/1/2", 7)).toBeUndefined();
    expect(cache.totalBytes).toBe(0);
  });

  it("evicts the least recently used tiles to stay within its byte budget", () => {
    const cache = new TileCache(10_000);
    cache.set("a", tile(1000));
    cache.set("b", tile(1000));
    cache.set("c", tile(1000));
    cache.get("a", 1); // a is now the most recent
    for (const k of ["d", "e", "f", "g", "h", "i", "j"]) cache.set(k, tile(1000));
    expect(cache.totalBytes).toBeLessThanOrEqual(10_000);
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)).toBeDefined();
    expect(cache.get("j", 1)).toBeDefined();
  });

  it("does not keep a tile larger than an eighth of the budget", () => {
    const cache = new TileCache(8_000);
    cache.set("big", tile(2_000));
    expect(cache.get("big", 1)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("counts compressed bytes added later against the budget, each coding once", () => {
    const cache = new TileCache(100_000);
    const entry = tile(1000);
    cache.set("a", entry);
    const before = cache.totalBytes;
    cache.addEncoded("a", entry, "gzip", Buffer.alloc(300));
    cache.addEncoded("a", entry, "br", Buffer.alloc(250));
    expect(cache.totalBytes).toBe(before + 550);
    expect(cache.get("a", 1)?.encoded.gzip?.byteLength).toBe(300);
    cache.addEncoded("a", entry, "br", Buffer.alloc(200));
    expect(cache.totalBytes).toBe(before + 500);
  });

  it("does not count compressed bytes of an entry it no longer holds", () => {
    const cache = new TileCache(100_000);
    const entry = tile(1000);
    cache.set("a", entry);
    cache.set("a", tile(1000, 2));
    const before = cache.totalBytes;
    cache.addEncoded("a", entry, "gzip", Buffer.alloc(300));
    expect(cache.totalBytes).toBe(before);
    expect(entry.encoded.gzip?.byteLength).toBe(300);
  });

  it("replaces an entry without counting it twice", () => {
    const cache = new TileCache(100_000);
    cache.set("a", tile(1000, 1));
    cache.set("a", tile(500, 2));
    expect(cache.size).toBe(1);
    expect(cache.totalBytes).toBe(500 + 128);
  });
});
