import { decodeTileLayer, TILE_LAYER_NAMES, tileOf } from "@lianpian/db";
import { insertTileFixtures } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { type App, buildApp } from "../app.ts";
import { SESSION_COOKIE, sha256 } from "../auth/session-token.ts";
import { loadConfig } from "../config.ts";

let t: TestDatabase;
let app: App;
beforeAll(async () => {
  t = await openTestDatabase();
  await insertTileFixtures(t.db.kysely);
  app = await buildApp({ db: t.db, config: loadConfig({}), logger: false });
});
afterAll(async () => {
  await app?.close();
  await t?.drop();
});
afterEach(() => {
  vi.useRealTimers();
});

const zone = tileOf(112.86, 35.49, 12);
const planUrl = `/tiles/plan/12/${zone.x}/${zone.y}.mvt`;

describe("GET /tiles/{face}/{z}/{x}/{y}.mvt (composite)", () => {
  it("carries every layer of the face, each the same as its own single-layer tile", async () => {
    const res = await app.inject({ url: planUrl, headers: { "accept-encoding": "identity" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.mapbox-vector-tile");
    let layers = 0;
    for (const layer of TILE_LAYER_NAMES) {
      const own = await app.inject({ url: `/tiles/${layer}/12/${zone.x}/${zone.y}.mvt` });
      const expected = decodeTileLayer(own.rawPayload, layer).features;
      expect(decodeTileLayer(res.rawPayload, layer).features, layer).toEqual(expected);
      if (expected.length > 0) layers++;
    }
    expect(layers).toBeGreaterThan(3);
  });

  it("serves a named set of layers in registry order, and refuses unknown names and zooms no layer has", async () => {
    const res = await app.inject({ url: `/tiles/zones,mines/12/${zone.x}/${zone.y}.mvt` });
    expect(res.statusCode).toBe(200);
    expect(decodeTileLayer(res.rawPayload, "zones").features.length).toBeGreaterThan(0);
    expect(decodeTileLayer(res.rawPayload, "rivers").features).toEqual([]);
    expect((await app.inject({ url: "/tiles/plan,nope/12/1/1.mvt" })).json().error.code).toBe(
      "unknown_layer",
    );
    const low = await app.inject({ url: "/tiles/plan/3/0/0.mvt" });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.code).toBe("zoom_out_of_range");
  });

  it("keeps draft zones out for anonymous users", async () => {
    await sql`INSERT INTO treatment_zones (code, name_zh, zone_type, phase, status, geom, data_source)
      SELECT 'TST-DRAFT-2', '草稿片区', zone_type, phase, 'draft', geom, data_source
      FROM treatment_zones WHERE code = 'TST-ZONE-1'`.execute(t.db.kysely);
    try {
      const res = await app.inject({
        url: `/tiles/public/13/${tileOf(112.86, 35.49, 13).x}/${tileOf(112.86, 35.49, 13).y}.mvt`,
      });
      const codes = decodeTileLayer(res.rawPayload, "zones").features.map((f) => f.properties.code);
      expect(codes).toContain("TST-ZONE-1");
      expect(codes).not.toContain("TST-DRAFT-2");
    } finally {
      await sql`DELETE FROM treatment_zones WHERE code = 'TST-DRAFT-2'`.execute(t.db.kysely);
    }
  });

  it("changes its ETag when one of its layers is edited, and answers 304 until then", async () => {
    // performance.now alone is faked (before the app exists): it paces the re-reading of layer versions
    vi.useFakeTimers({ toFake: ["performance"] });
    const fresh = await buildApp({ db: t.db, config: loadConfig({}), logger: false });
    try {
      const first = await fresh.inject({ url: planUrl });
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"/);
      const again = await fresh.inject({ url: planUrl, headers: { "if-none-match": etag } });
      expect(again.statusCode).toBe(304);
      expect(again.headers["x-tile-cache"]).toBe("hit");
      await sql`UPDATE treatment_zones SET name_zh = '测试治理片区（改）' WHERE code = 'TST-ZONE-1'`.execute(
        t.db.kysely,
      );
      vi.advanceTimersByTime(1_500);
      const after = await fresh.inject({ url: planUrl, headers: { "if-none-match": etag } });
      expect(after.statusCode).toBe(200);
      expect(after.headers["x-tile-cache"]).toBe("miss");
      expect(after.headers.etag).not.toBe(etag);
    } finally {
      await fresh.close();
    }
  });

  it("has TileJSON listing each layer, with the layers' versions in `v`", async () => {
    const doc = (await app.inject({ url: "/tiles/field.json" })).json();
    expect(doc.vector_layers.map((l: { id: string }) => l.id)).toEqual([...TILE_LAYER_NAMES]);
    // one version per layer of the face
    const versions = new RegExp(
      `/tiles/field/\\{z\\}/\\{x\\}/\\{y\\}\\.mvt\\?v=\\d+(\\.\\d+){${TILE_LAYER_NAMES.length - 1}}$`,
    );
    expect(doc.tiles[0]).toMatch(versions);
    expect(doc.minzoom).toBe(5);
  });

  it("never looks a session up: tiles answer everyone alike", async () => {
    const cookie = `${SESSION_COOKIE}=not-a-session-of-anyone`;
    const key = sha256("not-a-session-of-anyone");
    await app.inject({ url: planUrl, headers: { cookie } });
    await app.inject({ url: "/tiles/plan.json", headers: { cookie } });
    expect(app.sessions.get(key)).toBeUndefined();
    await app.inject({ url: "/api/auth/me", headers: { cookie } });
    expect(app.sessions.get(key)).toBeNull();
  });
});
