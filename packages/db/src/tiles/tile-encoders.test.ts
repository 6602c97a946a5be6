import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { TILE_LAYERS, type TileLayer } from "./layers.ts";
import { renderTile } from "./render-tile.ts";
import { compareDecodedTiles } from "./tile-compare.ts";
import { decodeTileLayer } from "./tile-decode.ts";
import { tileOf } from "./tile-math.ts";
import { EDGE_VILLAGE, insertTileFixtures } from "./tiles.fixtures.ts";

// Only a server PostGIS has ST_AsMVT to compare the portable encoder with.
const server = Boolean(inject("serverUrl"));

let t: TestDatabase;
beforeAll(async () => {
  if (!server) return;
  t = await openTestDatabase();
  await insertTileFixtures(t.db.kysely);
  // the demo data has no check dams: two, so that layer's tiles are compared too
  await sql`INSERT INTO check_dams (code, name_zh, county_code, dam_type, storage_wan_m3, control_area_km2,
      condition, risk_level, responsible_unit, geom, data_source)
    VALUES ('ENC-1', '甲沟淤地坝', '140521', 'key', 50, 3, 'good', 'high', '沁水县水利局',
            ST_SetSRID(ST_MakePoint(112.3, 35.7), 4326), 'test'),
           ('ENC-2', '乙沟淤地坝', '140521', 'small', 2.5, 0.4, 'poor', 'low', '沁水县水利局',
            ST_SetSRID(ST_MakePoint(112.31, 35.7), 4326), 'test')`.execute(t.db.kysely);
});
afterAll(async () => t?.drop());

/**
 * Places to look at, from the data itself (fixtures plus demo data when
 * loaded): a point on the surface and the first vertex (on the outline, so
 * often at a tile edge) of a few rows spread over the table.
 */
async function anchors(layer: TileLayer): Promise<[number, number][]> {
  const geom = sql.ref(`t.${layer.geomColumn}`);
  const { rows } = await sql<{ x: number; y: number; vx: number; vy: number }>`
    SELECT ST_X(p) AS x, ST_Y(p) AS y, ST_X(v) AS vx, ST_Y(v) AS vy
    FROM (SELECT ST_PointOnSurface(${geom}) AS p, ST_GeometryN(ST_Points(${geom}), 1) AS v,
                 row_number() OVER (ORDER BY ${layer.fid}) AS n, count(*) OVER () AS total
          FROM ${sql.table(layer.table)} AS t WHERE ${geom} IS NOT NULL) s
    WHERE n IN (1, total, (total + 1) / 2, (total + 3) / 4)`.execute(t.db.kysely);
  return rows.flatMap((r): [number, number][] => [
    [r.x, r.y],
    [r.vx, r.vy],
  ]);
}

/** Tiles around the anchors at the layer's lowest zoom, a middle one and high ones, each with its east neighbour. */
async function tilesOf(layer: TileLayer): Promise<[number, number, number][]> {
  const zooms = [...new Set([layer.minzoom, 8, 10, 12, 14, 16])].filter(
    (z) => z >= layer.minzoom && z <= layer.maxzoom,
  );
  const points = [...(await anchors(layer)), EDGE_VILLAGE];
  const keys = new Set<string>();
  for (const z of zooms) {
    for (const [lng, lat] of points) {
      const { x, y } = tileOf(lng, lat, z);
      keys.add(`${z}/${x}/${y}`);
      keys.add(`${z}/${x + 1}/${y}`);
    }
  }
  return [...keys].map((k) => k.split("/").map(Number) as [number, number, number]);
}

describe.skipIf(!server)("native (ST_AsMVT) and portable encoders", () => {
  it.each(TILE_LAYERS.map((l) => [l.name, l] as const))(
    "give the same features, properties and geometry within one unit: %s",
    async (_name, layer) => {
      let features = 0;
      let clippedAtBuffer = 0;
      const problems: string[] = [];
      for (const [z, x, y] of await tilesOf(layer)) {
        const [native, portable] = await Promise.all(
          (["native", "portable"] as const).map(async (path) => {
            const bytes = await renderTile(t.db.kysely, "server", layer, z, x, y, { path });
            return decodeTileLayer(bytes, layer.name).features;
          }),
        );
        const result = compareDecodedTiles(native ?? [], portable ?? []);
        problems.push(...result.differences.map((d) => `${z}/${x}/${y}: ${d}`));
        features += native?.length ?? 0;
        const edge = (v: number) => v === -64 || v === 4160;
        clippedAtBuffer += (native ?? []).filter(
          (f) => f.type !== 1 && f.parts.flat().some(([px, py]) => edge(px) || edge(py)),
        ).length;
      }
      expect(problems).toEqual([]);
      expect(features).toBeGreaterThan(0);
      // lines and polygons must have been cut at the buffer somewhere, or the clip went untested
      if (layer.kind !== "point") expect(clippedAtBuffer).toBeGreaterThan(0);
    },
  );
});
