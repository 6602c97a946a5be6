import { deflateRawSync } from "node:zlib";
import { Zip, ZipPassThrough, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readSourceFile } from "./read-source-file.ts";
import { DEFAULT_READ_LIMITS, FormatError } from "./types.ts";
import { unzipEntries } from "./zip-entries.ts";

const points = (n: number, vertices = 1) =>
  new TextEncoder().encode(
    JSON.stringify({
      type: "FeatureCollection",
      features: Array.from({ length: n }, (_, i) => ({
        type: "Feature",
        properties: { i },
        geometry:
          vertices === 1
            ? { type: "Point", coordinates: [112 + i / 1000, 35] }
            : {
                type: "LineString",
                coordinates: Array.from({ length: vertices }, (_, v) => [112 + v / 1000, 35]),
              },
      })),
    }),
  );

describe("read limits", () => {
  it("refuses a zip bomb with zip_too_large while inflating, quickly", async () => {
    // 9 × 64 MiB of zeros deflated once (node:zlib), about 600 KiB zipped and
    // 576 MiB inflated, past the 512 MiB default; the zip declares the
    // compressed sizes only, so the reader must count what comes out.
    const deflated = deflateRawSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const parts: Uint8Array[] = [];
    const zip = new Zip((_error, data) => parts.push(data));
    for (let i = 0; i < 9; i++) {
      const entry = new ZipPassThrough(`bomb/part${i}.dbf`);
      (entry as unknown as { compression: number }).compression = 8;
      zip.add(entry);
      entry.push(deflated, true);
    }
    zip.end();
    const bytes = new Uint8Array(Buffer.concat(parts));
    expect(bytes.length).toBeLessThan(1_000_000);
    const started = performance.now();
    const error = await readSourceFile(bytes, { fileName: "bomb.zip" }).catch((e) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect(error.code).toBe("zip_too_large");
    expect(error.details).toEqual({ limit: DEFAULT_READ_LIMITS.maxUncompressedBytes });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("does not trust the sizes a zip declares", () => {
    const zip = zipSync({ "a.shp": new Uint8Array(4 * 1024 * 1024) });
    // Declare 16 bytes uncompressed in the local header and the central directory.
    const view = new DataView(zip.buffer);
    view.setUint32(22, 16, true);
    const central = zip.length - 22 - (46 + "a.shp".length);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, 16, true);
    expect(() => unzipEntries(zip, { ...DEFAULT_READ_LIMITS, maxUncompressedBytes: 1024 * 1024 })).toThrow(
      expect.objectContaining({ code: "zip_too_large" }),
    );
  });

  it("refuses too many zip entries, features and vertices", async () => {
    const zip = zipSync(
      Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, new Uint8Array([i])])),
    );
    await expect(
      readSourceFile(zip, { fileName: "m.zip", limits: { maxZipEntries: 4 } }),
    ).rejects.toMatchObject({
      code: "zip_too_many_entries",
    });
    await expect(
      readSourceFile(points(11), { fileName: "p.geojson", limits: { maxFeatures: 10 } }),
    ).rejects.toMatchObject({
      code: "too_many_features",
    });
    expect(
      (await readSourceFile(points(10), { fileName: "p.geojson", limits: { maxFeatures: 10 } })).layers[0]
        ?.features,
    ).toHaveLength(10);
    await expect(
      readSourceFile(points(3, 50), { fileName: "l.geojson", limits: { maxVertices: 120 } }),
    ).rejects.toMatchObject({
      code: "too_many_vertices",
    });
  });

  it("refuses the default feature limit past 200,000 features", async () => {
    const csv = `x,y\n${"112.5,35.5\n".repeat(DEFAULT_READ_LIMITS.maxFeatures + 1)}`;
    await expect(
      readSourceFile(new TextEncoder().encode(csv), { fileName: "many.csv" }),
    ).rejects.toMatchObject({
      code: "too_many_features",
    });
  });

  it("refuses a truncated zip and an unknown extension", async () => {
    const zip = zipSync({ "a.shp": crypto.getRandomValues(new Uint8Array(10_000)) });
    await expect(readSourceFile(zip.slice(0, 2_000), { fileName: "a.zip" })).rejects.toMatchObject({
      code: "corrupt_file",
    });
    await expect(readSourceFile(zip, { fileName: "a.shp" })).rejects.toMatchObject({
      code: "unsupported_format",
    });
    await expect(readSourceFile(zip, { fileName: "a.dwg" })).rejects.toMatchObject({
      code: "unsupported_format",
    });
  });
});
