import type { Geometry, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { readSourceFile } from "./read-source-file.ts";
import { canonical, minesInput } from "./test-support.ts";
import type { TargetFormat, WriteInput } from "./types.ts";
import { writeTargetFile } from "./write-target-file.ts";

// Every format a layer is exported to reads back to the same geometry (within
// 1 mm in a GK zone, 1e-8° in CGCS2000 degrees) and the same Chinese text,
// in GK zones 37 and 38 (with and without the zone prefix) and EPSG:4490.

const SRIDS: { srid: number; shift: (p: Position) => Position }[] = [
  { srid: 4525, shift: ([x, y]) => [(x as number) - 393_000 + 37_500_000, y as number] },
  { srid: 4526, shift: ([x, y]) => [(x as number) + 38_000_000, y as number] },
  { srid: 4546, shift: ([x, y]) => [(x as number) + 107_000.0005, y as number] },
  { srid: 4547, shift: (p) => p },
  {
    srid: 4490,
    shift: ([x, y]) => [
      112.8 + ((x as number) - 393_000) / 90_000,
      35.5 + ((y as number) - 3_930_000) / 111_000,
    ],
  },
];

function inSrid(srid: number, shift: (p: Position) => Position, encoding: "utf-8" | "gbk"): WriteInput {
  const input = minesInput(srid, encoding);
  const map = (g: Geometry | null): Geometry | null =>
    g?.type === "Polygon" ? { type: "Polygon", coordinates: g.coordinates.map((r) => r.map(shift)) } : g;
  input.features = input.features.map((f) => ({ ...f, geometry: map(f.geometry) }));
  const first = input.features[0]?.geometry as { coordinates: Position[][] };
  const second = input.features[1]?.geometry as { coordinates: Position[][] };
  // A third mine in two parts: the outline of the first moved north, and the second's.
  input.features.push({
    id: 3,
    properties: { 矿山名称: "阳城县两处采区", 采矿许可证号: "C14", 威胁人数: 3, 面积公顷: 2, 在产: true },
    geometry: {
      type: "MultiPolygon",
      coordinates: [
        [
          first.coordinates[0]?.map(([x, y]) => [
            x as number,
            (y as number) + (srid === 4490 ? 0.01 : 1000),
          ]) ?? [],
        ],
        [second.coordinates[0] ?? []],
      ],
    },
  });
  return input;
}

function maxDeviation(a: Geometry | null, b: Geometry | null): number {
  const flat = (g: Geometry | null): number[] =>
    JSON.stringify(
      canonical(g)?.type === undefined ? null : (canonical(g) as { coordinates: unknown }).coordinates,
    )
      .replace(/[[\]]/g, " ")
      .split(/[ ,]+/)
      .filter((s) => s !== "" && s !== "null")
      .map(Number);
  const x = flat(a);
  const y = flat(b);
  if (x.length !== y.length || canonical(a)?.type !== canonical(b)?.type) return Number.POSITIVE_INFINITY;
  return x.reduce((m, v, i) => Math.max(m, Math.abs(v - (y[i] as number))), 0);
}

const FORMATS: { format: TargetFormat; name: (srid: number) => string }[] = [
  { format: "geojson", name: () => "mines.geojson" },
  { format: "shp", name: () => "mines.zip" },
  { format: "gpkg", name: () => "mines.gpkg" },
  { format: "csv", name: () => "mines.csv" },
  { format: "xlsx", name: () => "mines.xlsx" },
  { format: "txt", name: () => "mines.txt" },
];

describe.each(SRIDS)("round trip in EPSG:$srid", ({ srid, shift }) => {
  it.each(FORMATS.filter((f) => !(f.format === "txt" && srid === 4490)))(
    "$format keeps geometry and Chinese text",
    async ({ format, name }) => {
      for (const encoding of ["utf-8", "gbk"] as const) {
        const input = inSrid(srid, shift, encoding);
        const written = await writeTargetFile(format, input);
        const read = await readSourceFile(written.bytes, { fileName: name(srid) });
        const layer = read.layers[0];
        expect(layer?.features).toHaveLength(3);
        const tolerance = srid === 4490 ? 1e-8 : 0.001;
        input.features.forEach((f, i) => {
          expect(
            maxDeviation(layer?.features[i]?.geometry ?? null, f.geometry),
            `${format} ${encoding} #${i}`,
          ).toBeLessThanOrEqual(tolerance);
        });
        const text = JSON.stringify(layer?.features.map((f) => f.properties));
        for (const f of input.features) expect(text).toContain(String(f.properties.矿山名称));
        if (format !== "csv" && format !== "xlsx") expect(layer?.crs?.epsg ?? srid).toBe(srid);
      }
    },
  );
});
