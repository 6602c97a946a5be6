import { connect, type Socket } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { decodeTileLayer, TILE_LAYER_NAMES, tileOf } from "@lianpian/db";
import { insertTileFixtures } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { type App, buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { preferredCoding } from "./tiles-mvt.routes.ts";

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

const mine = tileOf(112.85, 35.5, 12);
const mineUrl = `/tiles/mines/12/${mine.x}/${mine.y}.mvt`;

describe("GET /tiles/{layer}/{z}/{x}/{y}.mvt", () => {
  it("answers 200 with a decodable MVT tile of the layer", async () => {
    const res = await app.inject({ url: mineUrl });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.mapbox-vector-tile");
    expect(res.headers["cache-control"]).toMatch(/^public, max-age=\d+/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const { features } = decodeTileLayer(res.rawPayload, "mines");
    const named = features.find((f) => f.properties.mine_name === "测试一矿");
    expect(named?.properties.company_name).toBe("测试煤业有限公司");
    expect(named?.type).toBe(3);
  });

  it("answers 204 No Content for an empty tile", async () => {
    const res = await app.inject({ url: "/tiles/mines/10/0/0.mvt" });
    expect(res.statusCode).toBe(204);
    expect(res.rawPayload.byteLength).toBe(0);
  });

  it("answers 404 unknown_layer for a layer outside the registry", async () => {
    for (const url of ["/tiles/users/10/1/1.mvt", "/tiles/users.json"]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("unknown_layer");
    }
  });

  it.each([
    ["/tiles/mines/23/0/0.mvt", "zoom_out_of_range", /z must be from 0 to 22/],
    ["/tiles/mines/-1/0/0.mvt", "zoom_out_of_range", /z must be from 0 to 22/],
    ["/tiles/mines/3/0/0.mvt", "zoom_out_of_range", /layer mines has tiles at zooms 8–16, got 3/],
    ["/tiles/villages/17/0/0.mvt", "zoom_out_of_range", /zooms 9–16, got 17/],
    ["/tiles/mines/10/1024/5.mvt", "tile_out_of_range", /x and y must be from 0 to 1023/],
    ["/tiles/mines/10/5/-1.mvt", "tile_out_of_range", /from 0 to 1023/],
  ])("rejects %s with 400 %s and says why", async (url, code, reason) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.details.reason).toMatch(reason);
  });

  it.each(["/tiles/mines/10.5/1/1.mvt", "/tiles/mines/10/a/1.mvt", "/tiles/mines/10/1/1e400.mvt"])(
    "rejects the non-integer %s with 400",
    async (url) => {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toMatch(/validation_failed|tile_out_of_range|non_canonical_number/);
    },
  );

  it("sends a strong ETag and answers If-None-Match with 304 and no body", async () => {
    const first = await app.inject({ url: mineUrl });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await app.inject({ url: mineUrl, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.byteLength).toBe(0);
    expect(again.headers.etag).toBe(etag);
    const other = await app.inject({ url: mineUrl, headers: { "if-none-match": '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it.each([
    { coding: "br", asked: "gzip, deflate, br, zstd", unpack: brotliDecompressSync },
    { coding: "gzip", asked: "gzip, deflate", unpack: gunzipSync },
  ])(
    "sends $coding to a client asking $asked, with its own ETag and the same tile inside",
    async ({ coding, asked, unpack }) => {
      const plain = await app.inject({ url: mineUrl });
      expect(plain.rawPayload.byteLength).toBeGreaterThanOrEqual(1024);
      const packed = await app.inject({ url: mineUrl, headers: { "accept-encoding": asked } });
      expect(packed.statusCode).toBe(200);
      expect(packed.headers["content-encoding"]).toBe(coding);
      expect(packed.headers.vary).toBe("accept-encoding");
      expect(unpack(packed.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(packed.headers.etag).not.toBe(plain.headers.etag);
      const revalidated = await app.inject({
        url: mineUrl,
        headers: { "accept-encoding": coding, "if-none-match": packed.headers.etag as string },
      });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.headers.etag).toBe(packed.headers.etag);
    },
  );

  it("sends identity when the client refuses gzip", async () => {
    const refused = await app.inject({ url: mineUrl, headers: { "accept-encoding": "gzip;q=0, identity" } });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("sends a tile under 1 KiB uncompressed whatever the client accepts", async () => {
    const village = tileOf(112.85, 35.5, 16);
    const url = `/tiles/counties/16/${village.x}/${village.y}.mvt`;
    const plain = await app.inject({ url });
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.byteLength).toBeLessThan(1024);
    const asked = await app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    expect(asked.headers["content-encoding"]).toBeUndefined();
    expect(asked.rawPayload.equals(plain.rawPayload)).toBe(true);
    expect(asked.headers.etag).toBe(plain.headers.etag);
    expect(asked.headers.vary).toBe("accept-encoding");
  });

  it("serves the edited data after an UPDATE: a new ETag and new content once the version is re-read", async () => {
    // performance.now alone is faked (before the app exists): it paces the re-reading of layer versions
    vi.useFakeTimers({ toFake: ["performance"] });
    const fresh = await buildApp({ db: t.db, config: loadConfig({}), logger: false });
    try {
      const zone = tileOf(112.86, 35.49, 12);
      const url = `/tiles/zones/12/${zone.x}/${zone.y}.mvt`;
      const before = await fresh.inject({ url });
      expect((await fresh.inject({ url })).headers["x-tile-cache"]).toBe("hit");
      await sql`UPDATE treatment_zones SET status = 'approved' WHERE code = 'TST-ZONE-1'`.execute(
        t.db.kysely,
      );
      vi.advanceTimersByTime(1_500);
      const after = await fresh.inject({ url });
      expect(after.statusCode).toBe(200);
      expect(after.headers["x-tile-cache"]).toBe("miss");
      expect(after.headers.etag).not.toBe(before.headers.etag);
      const edited = decodeTileLayer(after.rawPayload, "zones").features.find(
        (f) => f.properties.code === "TST-ZONE-1",
      );
      expect(edited?.properties.status).toBe("approved");
      const stale = await fresh.inject({ url, headers: { "if-none-match": before.headers.etag as string } });
      expect(stale.statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});

describe("a tile whose client has gone", () => {
  it("is not rendered when the client leaves while the request waits for a connection", async () => {
    const logs: string[] = [];
    const logged = await buildApp({
      db: t.db,
      config: loadConfig({ LIANPIAN_TILE_CACHE_MB: "0" }),
      logger: { level: "info", stream: { write: (line: string) => logs.push(line) } },
    });
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = 0;
    // Tiles read on the read pool (the same session on PGlite): hold every connection of it.
    const held = Array.from({ length: t.connections }, () =>
      t.db.reads.connection().execute(async () => {
        holding++;
        await gate;
      }),
    );
    try {
      await vi.waitFor(() => expect(holding).toBe(t.connections));
      const port = await logged
        .listen({ host: "127.0.0.1", port: 0 })
        .then((url) => Number(new URL(url).port));
      const serverSide = new Promise<Socket>((resolve) => logged.server.once("connection", resolve));
      const client = connect(port, "127.0.0.1");
      client.write(`GET ${mineUrl} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`);
      await vi.waitFor(() => expect(logs.some((l) => l.includes('"incoming request"'))).toBe(true));
      const closed = new Promise((resolve) => serverSide.then((s) => s.once("close", resolve)));
      client.destroy();
      await closed;
      release();
      await vi.waitFor(() =>
        expect(logs.some((l) => l.includes("tile request abandoned by the client"))).toBe(true),
      );
      expect(logs.some((l) => l.includes('"statusCode":200'))).toBe(false);
    } finally {
      release();
      await Promise.all(held);
      await logged.close();
    }
  });
});

describe("GET /tiles/{layer}.json", () => {
  it("is TileJSON 3.0.0 with absolute tile URLs from the request's host, zooms, bounds and fields", async () => {
    const res = await app.inject({ url: "/tiles/hazards.json", headers: { host: "maps.example.cn:8443" } });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc).toMatchObject({
      tilejson: "3.0.0",
      attribution: "合成演示数据 synthetic demo data",
      minzoom: 7,
      maxzoom: 16,
      scheme: "xyz",
    });
    expect(doc.tiles[0]).toMatch(
      /^http:\/\/maps\.example\.cn:8443\/tiles\/hazards\/\{z\}\/\{x\}\/\{y\}\.mvt\?v=\d+$/,
    );
    expect(doc.bounds).toHaveLength(4);
    const [west, south, east, north] = doc.bounds;
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
    expect(doc.center[0]).toBeGreaterThan(west);
    expect(doc.center[0]).toBeLessThan(east);
    expect(doc.vector_layers).toHaveLength(1);
    expect(doc.vector_layers[0].id).toBe("hazards");
    expect(Object.keys(doc.vector_layers[0].fields)).toEqual([
      "id",
      "unified_code",
      "name_zh",
      "hazard_type",
      "danger_grade",
      "threatened_people",
      "current_alert",
      "inventory_status",
    ]);
    expect(doc.vector_layers[0].fields.threatened_people).toMatch(/^Number/);
    expect(doc.vector_layers[0].fields.name_zh).toMatch(/^String/);
    // names are left out of low-zoom tiles, and TileJSON says from which zoom they are in
    expect(doc.vector_layers[0].fields.name_zh).toMatch(/from zoom 11/);
    expect(doc.vector_layers[0].fields.hazard_type).not.toMatch(/from zoom/);
  });

  it("moves the `v` of its tile URL when the layer's data changes", async () => {
    const v = async () => (await app.inject({ url: "/tiles/rivers.json" })).json().tiles[0].split("?v=")[1];
    const before = await v();
    await sql`UPDATE rivers SET name_en = 'Test River (renamed)' WHERE name_zh = '测试河'`.execute(
      t.db.kysely,
    );
    expect(await v()).not.toBe(before);
  });
});

describe("GET /tiles", () => {
  it("lists every layer with its TileJSON and tile URL", async () => {
    const res = await app.inject({ url: "/tiles" });
    expect(res.statusCode).toBe(200);
    const { layers } = res.json() as { layers: { id: string; tilejson: string; tiles: string }[] };
    expect(layers.map((l) => l.id)).toEqual([...TILE_LAYER_NAMES]);
    expect(layers[0]?.tilejson).toMatch(/^http:\/\/[^/]+\/tiles\/counties\.json$/);
  });

  it("gives each layer's data version, which moves with an edit of that layer only", async () => {
    const versions = async () =>
      new Map(
        ((await app.inject({ url: "/tiles" })).json().layers as { id: string; version: number }[]).map(
          (l) => [l.id, l.version],
        ),
      );
    const before = await versions();
    await sql`UPDATE rivers SET name_zh = name_zh`.execute(t.db.kysely);
    const after = await versions();
    expect(after.get("rivers")).toBeGreaterThan(before.get("rivers") as number);
    expect(after.get("mines")).toBe(before.get("mines"));
  });

  it("documents the tile routes in the OpenAPI document under the tiles tag", async () => {
    const doc = (await app.inject({ url: "/openapi.json" })).json();
    const tile = doc.paths["/tiles/{layer}/{z}/{x}/{y}.mvt"]?.get;
    expect(tile?.tags).toEqual(["tiles"]);
    expect(Object.keys(tile?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "204", "304", "400", "404"]),
    );
  });
});

describe("preferredCoding", () => {
  it.each([
    ["gzip", "gzip"],
    ["x-gzip", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=1.0, gzip;q=0.8", "br"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0.1", "gzip"],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["gzip;q=0", undefined],
    ["gzip;q=0, identity", undefined],
    ["deflate, identity", undefined],
    ["br;q=nonsense", undefined],
    [undefined, undefined],
  ])("%s → %s", (header, expected) => {
    expect(preferredCoding(header)).toBe(expected);
    expect(preferredCoding(header), "asked again (remembered)").toBe(expected);
  });

  it("still reads headers once more distinct values than it remembers have come", () => {
    for (let i = 0; i < 100; i++) expect(preferredCoding(`gzip;q=0.${i + 1}, br;q=0`)).toBe("gzip");
    expect(preferredCoding("gzip;q=0, br;q=0.7")).toBe("br");
    expect(preferredCoding("gzip;q=0.9, br;q=0.1")).toBe("gzip");
  });
});

describe("tile cache off (LIANPIAN_TILE_CACHE_MB=0)", () => {
  it("shows an edit on the very next request", async () => {
    const uncached = await buildApp({
      db: t.db,
      config: loadConfig({ LIANPIAN_TILE_CACHE_MB: "0" }),
      logger: false,
    });
    try {
      const p = tileOf(112.84, 35.51, 14);
      const url = `/tiles/hazards/14/${p.x}/${p.y}.mvt`;
      const before = await uncached.inject({ url });
      expect(before.headers["x-tile-cache"]).toBeUndefined();
      await sql`UPDATE hazard_points SET public_alert = 'red' WHERE unified_code = '149901000001'`.execute(
        t.db.kysely,
      );
      const after = await uncached.inject({ url });
      const hazard = decodeTileLayer(after.rawPayload, "hazards").features.find(
        (f) => f.properties.unified_code === "149901000001",
      );
      expect(hazard?.properties.current_alert).toBe("red");
      expect(after.headers.etag).not.toBe(before.headers.etag);
    } finally {
      await uncached.close();
    }
  });
});
