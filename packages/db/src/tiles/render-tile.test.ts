import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { findTileLayer, TILE_LAYERS, type TileLayer } from "./layers.ts";
import { renderTile } from "./render-tile.ts";
import { type DecodedFeature, decodeTileLayer, ringArea } from "./tile-decode.ts";
import { tileOf } from "./tile-math.ts";
import { type TileEncoder, tileQuery } from "./tile-query.ts";
import { EDGE_VILLAGE, FIXTURE_COUNTY, insertTileFixtures, PIT_BOX } from "./tiles.fixtures.ts";

let t: TestDatabase;
let encoders: TileEncoder[];
beforeAll(async () => {
  t = await openTestDatabase();
  await insertTileFixtures(t.db.kysely);
  // the embedded PostGIS has no ST_AsMVT: there only the portable path exists
  encoders = t.db.mode === "server" ? ["native", "portable"] : ["portable"];
});
afterAll(async () => t?.drop());

const layer = (name: string) => findTileLayer(name) as TileLayer;

/** Web Mercator done here, independently of PostGIS: lon/lat → units of tile z/x/y. */
function tileUnits(lng: number, lat: number, z: number, x: number, y: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const wx = ((lng + 180) / 360) * n;
  const wy = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
  return [(wx - x) * 4096, (wy - y) * 4096];
}

async function features(name: string, z: number, x: number, y: number, path: TileEncoder) {
  const bytes = await renderTile(t.db.kysely, t.db.mode, layer(name), z, x, y, { path });
  return decodeTileLayer(bytes, name).features;
}

async function idOf(table: string, column: string, value: string): Promise<number> {
  const { rows } = await sql<{
    id: number;
  }>`SELECT id FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${value}`.execute(t.db.kysely);
  return rows[0]?.id as number;
}

describe.each(["native", "portable"] as const)("renderTile, %s encoder", (path) => {
  const run = (name: string, fn: () => Promise<void>) =>
    it(name, async (ctx) => {
      if (!encoders.includes(path)) ctx.skip();
      await fn();
    });

  run("puts a point on a tile edge at x = 4096 of the left tile and x = 0 of the right one", async () => {
    const [lng, lat] = EDGE_VILLAGE;
    const { x, y } = tileOf(lng + 1e-9, lat, 12);
    expect(x).toBe(3332);
    for (const [tx, expectedX] of [
      [3331, 4096],
      [3332, 0],
    ] as const) {
      const village = (await features("villages", 12, tx, y, path)).find(
        (f) => f.properties.name_zh === "测试村0",
      );
      const [ex, ey] = tileUnits(lng, lat, 12, tx, y);
      expect(ex).toBeCloseTo(expectedX, 6);
      expect(village?.type).toBe(1);
      const [px, py] = village?.parts[0]?.[0] ?? [Number.NaN, Number.NaN];
      expect(Math.abs(px - ex)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(py - ey)).toBeLessThanOrEqual(0.5);
      expect(village?.properties).toEqual({ id: village?.id, name_zh: "测试村0", population: 100 });
    }
  });

  run("projects a known polygon: corners within half a unit, y down, exterior wound for MVT", async () => {
    const pitId = await idOf("mines", "mine_name", "测试废弃采坑");
    const [west, south, east, north] = PIT_BOX;
    const pit = (await features("mines", 13, 6663, 3231, path)).find((f) => f.id === pitId) as DecodedFeature;
    expect(pit.type).toBe(3);
    const ring = pit.parts[0] ?? [];
    for (const [lng, lat] of [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
    ] as const) {
      const [ex, ey] = tileUnits(lng, lat, 13, 6663, 3231);
      expect(ring.some(([px, py]) => Math.abs(px - ex) <= 0.5 && Math.abs(py - ey) <= 0.5)).toBe(true);
    }
    // north is up: the north edge has the smaller y
    expect(tileUnits(west, north, 13, 6663, 3231)[1]).toBeLessThan(tileUnits(west, south, 13, 6663, 3231)[1]);
    expect(ringArea(ring)).toBeGreaterThan(0);
    // a historic pit has no licence holder: the NULL field is left out, not sent as ""
    expect(pit.properties).toEqual({
      id: pitId,
      mine_name: "测试废弃采坑",
      mineral: "construction_stone",
      mining_method: "open_pit",
      status: "historic_abandoned",
      green_mine_level: "none",
      restoration_state: "not_started",
    });
  });

  run("clips a polygon at the tile buffer (64 units) and keeps holes wound the other way", async () => {
    // the fixture county (radius ~0.25°) is cut by every z10 tile around its edge
    const { x, y } = tileOf(112.6 + 0.23, 35.6, 10);
    const county = (await features("counties", 10, x, y, path)).find((f) => f.id === Number(FIXTURE_COUNTY));
    const xs = county?.parts.flat().map(([px]) => px) ?? [];
    expect(Math.min(...xs)).toBe(-64);
    expect(Math.max(...xs)).toBeLessThanOrEqual(4160);
    const center = tileOf(112.6, 35.6, 10);
    const withHole = (await features("counties", 10, center.x, center.y, path)).find(
      (f) => f.id === Number(FIXTURE_COUNTY),
    );
    const areas = withHole?.parts.map(ringArea) ?? [];
    expect(areas.some((a) => a > 0)).toBe(true);
    expect(areas.some((a) => a < 0)).toBe(true);
  });

  run(
    "sends the layer's properties only: id from the code, override grades, no personal fields",
    async () => {
      const { x, y } = tileOf(112.84, 35.51, 14);
      const hazard = (await features("hazards", 14, x, y, path)).find(
        (f) => f.properties.name_zh === "测试滑坡",
      );
      expect(hazard?.properties).toEqual({
        id: hazard?.id,
        unified_code: "149901000001",
        name_zh: "测试滑坡",
        hazard_type: "landslide",
        danger_grade: "large",
        threatened_people: 42,
        current_alert: "yellow",
        inventory_status: "active",
      });
      const c = tileOf(112.6, 35.6, 8);
      const county = (await features("counties", 8, c.x, c.y, path)).find(
        (f) => f.id === Number(FIXTURE_COUNTY),
      );
      expect(county?.properties).toEqual({
        code: FIXTURE_COUNTY,
        name_zh: "测试县",
        name_en: "Testshire",
        level: "county",
      });
      const m = tileOf(112.85, 35.5, 12);
      const mine = (await features("mines", 12, m.x, m.y, path)).find(
        (f) => f.properties.mine_name === "测试一矿",
      );
      expect(mine?.properties).toMatchObject({
        company_name: "测试煤业有限公司",
        scale_class: "large",
        disposition: "retain",
      });
    },
  );

  run("gives every feature exactly its layer's fields (a subset when some are NULL)", async () => {
    for (const l of TILE_LAYERS) {
      const { x, y } = tileOf(112.85, 35.5, 11);
      const found = await features(l.name, Math.max(11, l.minzoom), x, y, path);
      const allowed = new Set(l.fields.map((f) => f.name));
      for (const f of found) expect(Object.keys(f.properties).filter((k) => !allowed.has(k))).toEqual([]);
    }
  });

  run(
    "leaves a feature's name and code out below the zoom its label starts, and keeps what the style reads",
    async () => {
      const at = async (name: string, z: number, pick: (f: DecodedFeature) => boolean) => {
        const { x, y } = tileOf(112.85, 35.5, z);
        return (await features(name, z, x, y, path)).find(pick)?.properties;
      };
      const mineId = await idOf("mines", "mine_name", "测试一矿");
      const isMine = (f: DecodedFeature) => f.id === mineId;
      const low = await at("mines", 10, isMine);
      expect(low).toMatchObject({ id: mineId, status: expect.any(String), mineral: expect.any(String) });
      expect(low).not.toHaveProperty("mine_name");
      expect(low).not.toHaveProperty("company_name");
      expect(await at("mines", 11, isMine)).toMatchObject({
        mine_name: "测试一矿",
        company_name: "测试煤业有限公司",
      });
      const hazardId = await idOf("hazard_points", "name_zh", "测试滑坡");
      const isHazard = (f: DecodedFeature) => f.id === hazardId;
      expect(await at("hazards", 10, isHazard)).toEqual({
        id: hazardId,
        hazard_type: "landslide",
        danger_grade: "large",
        threatened_people: 42,
        current_alert: "yellow",
        inventory_status: "active",
      });
      expect(await at("hazards", 11, isHazard)).toMatchObject({
        unified_code: "149901000001",
        name_zh: "测试滑坡",
      });
    },
  );

  run("returns an empty buffer for a tile with no feature", async () => {
    const bytes = await renderTile(t.db.kysely, t.db.mode, layer("mines"), 10, 0, 0, { path });
    expect(bytes.byteLength).toBe(0);
  });
});

describe("tile SQL", () => {
  it("filters through each layer's GiST index and computes the envelope once", async () => {
    for (const l of TILE_LAYERS) {
      const { x, y } = tileOf(112.85, 35.5, 12);
      const plan = await t.db.kysely.transaction().execute(async (trx) => {
        // with sequential scans priced out, a plan without the index means the filter is not indexable
        await sql`SET LOCAL enable_seqscan = off`.execute(trx);
        const query = tileQuery(l, 12, x, y, encoders[0]);
        const { rows } = await trx.executeQuery<Record<string, string>>(
          CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
        );
        return rows.map((r) => Object.values(r)[0]).join("\n");
      });
      expect(plan, l.name).toMatch(/Index Scan|Bitmap Index Scan/);
      expect(plan, l.name).toContain(
        l.geomColumn === "zone_geom" ? "corridors_zone_idx" : `${l.table}_geom_idx`,
      );
      expect(plan, l.name).toContain("CTE env");
    }
  });

  it("simplifies polygons below the layer's simplifyBelowZoom and not above", () => {
    const counties = layer("counties");
    const low = tileQuery(counties, 8, 210, 102).sql;
    const high = tileQuery(counties, counties.simplifyBelowZoom, 210, 102).sql;
    expect(low).toContain('ST_Simplify("t"."geom"');
    expect(high).not.toContain("ST_Simplify");
  });
});
