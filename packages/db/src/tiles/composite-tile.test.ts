import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { findTileSet, layersAtZoom, TILE_FACES, type TileSet } from "./faces.ts";
import { TILE_LAYERS } from "./layers.ts";
import { renderTile } from "./render-tile.ts";
import { decodeTileLayer } from "./tile-decode.ts";
import { tileOf } from "./tile-math.ts";
import type { TileEncoder } from "./tile-query.ts";
import { TileService } from "./tile-service.ts";
import { insertTileFixtures } from "./tiles.fixtures.ts";

// ST_AsMVT (the native encoder) exists only on a server PostGIS.
const encoders: TileEncoder[] = inject("serverUrl") ? ["portable", "native"] : ["portable"];

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await insertTileFixtures(t.db.kysely);
});
afterAll(async () => t?.drop());
afterEach(() => {
  vi.useRealTimers();
});

const plan = findTileSet("plan") as TileSet;
/** Tiles over the fixtures at low, middle and high zoom (fields from zoom and simplification differ). */
const places = [8, 10, 12, 14].map((zoom) => ({ ...tileOf(112.85, 35.5, zoom), z: zoom }));

describe("findTileSet", () => {
  it("names a layer, a face, or a list of layers served in registry order", () => {
    expect(findTileSet("mines")).toMatchObject({ name: "mines", single: true });
    for (const face of TILE_FACES) expect(findTileSet(face)?.single).toBe(false);
    expect(plan.layers.map((l) => l.name)).toEqual(TILE_LAYERS.map((l) => l.name));
    const set = findTileSet("zones,mines") as TileSet;
    expect(set.name).toBe("mines,zones");
    expect(set.layers.map((l) => l.name)).toEqual(["mines", "zones"]);
    expect(set.minzoom).toBe(7);
    for (const bad of ["nope", "mines,nope", "mines,mines", "", "constructor", "__proto__"]) {
      expect(findTileSet(bad)).toBeUndefined();
    }
  });

  it("keeps each layer's zoom range: out of range at z, out of the composite", () => {
    expect(layersAtZoom(plan, 6).map((l) => l.name)).toEqual(["counties", "transport"]);
    expect(layersAtZoom(plan, 9).map((l) => l.name)).toHaveLength(11);
  });
});

describe.each(encoders)("composite tile (%s encoder)", (encoder) => {
  it("decodes to the same features per layer as each layer's own tile", async () => {
    const service = new TileService(t.db, { cacheBytes: 0, encoder });
    for (const { z, x, y } of places) {
      const composite = await service.getSet(plan, z, x, y);
      let nonEmpty = 0;
      for (const layer of plan.layers) {
        const inRange = z >= layer.minzoom && z <= layer.maxzoom;
        const own = inRange
          ? await renderTile(t.db.kysely, t.db.mode, layer, z, x, y, { path: encoder })
          : Buffer.alloc(0);
        const expected = decodeTileLayer(own, layer.name).features;
        expect(decodeTileLayer(composite.raw, layer.name).features, `${layer.name} ${z}/${x}/${y}`).toEqual(
          expected,
        );
        if (expected.length > 0) nonEmpty++;
      }
      expect(nonEmpty, `layers with features at ${z}/${x}/${y}`).toBeGreaterThan(2);
    }
  });

  it("leaves draft zones out, as the zones layer does", async () => {
    await sql`INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
      SELECT 'TST-DRAFT-1', '测试草稿片区', zone_type, phase, 'draft', geom, data_source
      FROM treatment_zones WHERE code = 'TST-ZONE-1'`.execute(t.db.kysely);
    try {
      const service = new TileService(t.db, { cacheBytes: 0, encoder });
      const z = 12;
      const { x, y } = tileOf(112.86, 35.49, z);
      const publicTile = await service.getSet(findTileSet("public") as TileSet, z, x, y);
      const codes = decodeTileLayer(publicTile.raw, "zones").features.map((f) => f.properties.code);
      expect(codes).toContain("TST-ZONE-1");
      expect(codes).not.toContain("TST-DRAFT-1");
    } finally {
      await sql`DELETE FROM treatment_zones WHERE code = 'TST-DRAFT-1'`.execute(t.db.kysely);
    }
  });
});

describe("composite cache", () => {
  it("changes the composite's ETag when one of its layers is edited, and only then", async () => {
    // only performance.now is faked: it drives the once-a-second refresh of layer versions
    vi.useFakeTimers({ toFake: ["performance"] });
    const service = new TileService(t.db, { cacheBytes: 8 * 1024 * 1024 });
    const z = 12;
    const { x, y } = tileOf(112.85, 35.5, z);
    const withMines = findTileSet("mines,zones") as TileSet;
    const without = findTileSet("rivers,villages") as TileSet;
    const first = await service.getSet(withMines, z, x, y);
    const other = await service.getSet(without, z, x, y);
    expect(first.cached).toBe(false);
    expect(service.peek(withMines, z, x, y)?.etag).toBe(first.etag);
    expect((await service.getSet(withMines, z, x, y)).cached).toBe(true);

    await sql`UPDATE mines SET mine_name = '测试一矿（复合）' WHERE mine_name = '测试一矿'`.execute(
      t.db.kysely,
    );
    vi.advanceTimersByTime(1_500);
    expect(service.peek(withMines, z, x, y)).toBeUndefined();
    const after = await service.getSet(withMines, z, x, y);
    expect(after.cached).toBe(false);
    expect(after.etag).not.toBe(first.etag);
    expect(decodeTileLayer(after.raw, "mines").features.map((f) => f.properties.mine_name)).toContain(
      "测试一矿（复合）",
    );
    const otherAgain = await service.getSet(without, z, x, y);
    expect(otherAgain.cached).toBe(true);
    expect(otherAgain.etag).toBe(other.etag);
  });

  it("caches empty tiles too", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const service = new TileService(t.db, { cacheBytes: 8 * 1024 * 1024 });
    const empty = tileOf(100, 20, 12);
    const first = await service.getSet(plan, 12, empty.x, empty.y);
    expect(first.raw.byteLength).toBe(0);
    const again = service.peek(plan, 12, empty.x, empty.y);
    expect(again?.cached).toBe(true);
    expect(again?.etag).toBe(first.etag);
  });
});
