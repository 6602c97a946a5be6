import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressTile } from "./tile-compression.ts";

/** Bytes that compress like a tile: repeated runs with some noise. */
function tileLike(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let seed = 7;
  for (let i = 0; i < bytes; i++) {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    out[i] = i % 16 < 10 ? i % 7 : seed & 0xff;
  }
  return out;
}

const decode = { gzip: gunzipSync, br: brotliDecompressSync } as const;

describe("compressTile", () => {
  // 40 KiB is compressed on the event loop at both efforts, 300 KiB on the loop when fast and in the
  // thread pool when small, 1.2 MiB in the pool at both
  it.each([
    [40 * 1024, "gzip"],
    [40 * 1024, "br"],
    [300 * 1024, "gzip"],
    [300 * 1024, "br"],
    [1200 * 1024, "gzip"],
    [1200 * 1024, "br"],
  ] as const)("%i bytes in %s decode back to the tile, at both efforts", async (size, coding) => {
    const raw = tileLike(size);
    const fast = await compressTile(raw, coding, "fast");
    const small = await compressTile(raw, coding, "small");
    expect(decode[coding](fast).equals(raw)).toBe(true);
    expect(decode[coding](small).equals(raw)).toBe(true);
    expect(fast.byteLength).toBeLessThan(raw.byteLength * 0.8);
    expect(small.byteLength).toBeLessThanOrEqual(fast.byteLength);
  });
});
