import type { Polygon } from "geojson";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { closeGaps, unionOperands } from "../analysis/operations.repository.ts";
import { OUTLINE_TOLERANCE_M, previewCleanOutline } from "./zone-outline.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

/** The shortest edge of the outline, in metres in its GK zone. */
async function shortestEdgeM(geometry: unknown): Promise<number> {
  const { rows } = await sql<{ m: number }>`
    SELECT min(ST_Length(d.geom)) AS m
    FROM ST_DumpSegments(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}::text), 4326), 4547)) d`.execute(
    t.db.kysely,
  );
  return rows[0]?.m ?? 0;
}

describe("zone outlines are cleaned before they are saved", () => {
  it("a buffered union (gaps closed by buffering out and back) loses its near-collinear vertices (47 → 36 here), area within 0.01 %, no edge under the tolerance", async () => {
    const squares = [rect(112.9, 35.5, 112.91, 35.51), rect(112.9102, 35.5, 112.92, 35.508)];
    // The closing as PostGIS makes it (the analysis API's result is already cleaned, checked below).
    const [a, b] = squares.map(
      (g) =>
        sql`ST_Buffer(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text), 4326), 4547), 20, 'quad_segs=16')`,
    );
    const { rows } = await sql<{ g: string }>`
      SELECT ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_Union(${a}, ${b}), -20, 'quad_segs=16'), 4326), 9) AS g`.execute(
      t.db.kysely,
    );
    const made = { geometry: JSON.parse(rows[0]?.g ?? "null") };
    const cleaned = await previewCleanOutline(t.db.kysely, made.geometry);
    expect(cleaned.pointsAfter).toBeLessThan(cleaned.pointsBefore);
    expect(Math.abs(cleaned.areaAfterM2 - cleaned.areaBeforeM2) / cleaned.areaBeforeM2).toBeLessThan(1e-4);
    expect(await shortestEdgeM(cleaned.geometry)).toBeGreaterThanOrEqual(OUTLINE_TOLERANCE_M);

    // The analysis API's closing of the same squares comes cleaned: cleaning it again changes nothing.
    const api = await closeGaps(t.db.kysely, { geometries: squares }, 40);
    if (!api) throw new Error("no closing");
    const again = await previewCleanOutline(t.db.kysely, api.geometry);
    expect(again.pointsAfter).toBe(again.pointsBefore);
    expect(Math.abs(again.areaAfterM2 - again.areaBeforeM2)).toBeLessThan(0.01);
  });

  it("a union of neighbours drops the vertices left on a straight shared edge", async () => {
    // The right square's left edge carries a snapped vertex in the middle of the union's straight top-bottom run.
    const left = rect(112.9, 35.5, 112.91, 35.51);
    const right: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [112.91, 35.5],
          [112.92, 35.5],
          [112.92, 35.51],
          [112.91, 35.51],
          [112.91, 35.505],
          [112.91, 35.5],
        ],
      ],
    };
    const { rows } = await sql<{ g: string }>`
      SELECT ST_AsGeoJSON(ST_Union(ST_GeomFromGeoJSON(${JSON.stringify(left)}::text), ST_GeomFromGeoJSON(${JSON.stringify(right)}::text)), 9) AS g`.execute(
      t.db.kysely,
    );
    const noisy = JSON.parse(rows[0]?.g ?? "null");
    // The union keeps the vertices where the squares met on the top and bottom edges (collinear).
    const cleaned = await previewCleanOutline(t.db.kysely, noisy);
    expect(cleaned.pointsBefore).toBeGreaterThan(5);
    expect(cleaned.pointsAfter).toBe(5);
    expect(Math.abs(cleaned.areaAfterM2 - cleaned.areaBeforeM2) / cleaned.areaBeforeM2).toBeLessThan(1e-4);
    const union = await unionOperands(t.db.kysely, { geometries: [left, right] });
    const unionRings = (union?.geometry as { coordinates: number[][][][] } | undefined)?.coordinates;
    expect(unionRings?.[0]?.[0]).toHaveLength(5);
  });

  it("keeps a clean outline as it is, every corner within a millimetre", async () => {
    const square = rect(112.93, 35.52, 112.94, 35.53);
    const cleaned = await previewCleanOutline(t.db.kysely, square);
    expect(cleaned.pointsAfter).toBe(5);
    const ring = (cleaned.geometry as { coordinates: number[][][][] }).coordinates[0]?.[0] ?? [];
    const original = square.coordinates[0] ?? [];
    for (const p of ring) {
      const nearest = Math.min(
        ...original.map((q) => Math.hypot((p[0] ?? 0) - (q[0] ?? 0), (p[1] ?? 0) - (q[1] ?? 0))),
      );
      expect(nearest).toBeLessThan(1e-8);
    }
  });
});
