import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { findTileLayer, type TileLayer } from "./layers.ts";
import { TileAbandonedError } from "./render-tile.ts";
import { decodeTileLayer } from "./tile-decode.ts";
import { tileOf } from "./tile-math.ts";
import { TileService } from "./tile-service.ts";
import { insertTileFixtures } from "./tiles.fixtures.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await insertTileFixtures(t.db.kysely);
});
afterAll(async () => t?.drop());
afterEach(() => {
  vi.useRealTimers();
});

const mines = findTileLayer("mines") as TileLayer;
const zones = findTileLayer("zones") as TileLayer;
const mineTile = tileOf(112.85, 35.5, 12);
const zoneTile = tileOf(112.86, 35.49, 12);

const names = (raw: Buffer, layer: string, key: string) =>
  decodeTileLayer(raw, layer).features.map((f) => f.properties[key]);

describe("TileService", () => {
  it("serves a cached tile until its own layer's version moves, then re-renders only that layer", async () => {
    // only performance.now is faked: it drives the once-a-second refresh of layer versions
    vi.useFakeTimers({ toFake: ["performance"] });
    const service = new TileService(t.db, { cacheBytes: 8 * 1024 * 1024 });
    const first = await service.get(mines, 12, mineTile.x, mineTile.y);
    const zone = await service.get(zones, 12, zoneTile.x, zoneTile.y);
    expect(first.cached).toBe(false);
    expect(names(first.raw, "mines", "mine_name")).toContain("测试一矿");
    expect((await service.get(mines, 12, mineTile.x, mineTile.y)).cached).toBe(true);

    await sql`UPDATE mines SET mine_name = '测试一矿（更名）' WHERE mine_name = '测试一矿'`.execute(
      t.db.kysely,
    );
    // within the staleness bound the old tile may still be served…
    expect((await service.get(mines, 12, mineTile.x, mineTile.y)).etag).toBe(first.etag);
    vi.advanceTimersByTime(1_500);
    // …after it, the edited layer is re-rendered and the others stay cached
    const after = await service.get(mines, 12, mineTile.x, mineTile.y);
    expect(after.cached).toBe(false);
    expect(after.etag).not.toBe(first.etag);
    expect(names(after.raw, "mines", "mine_name")).toContain("测试一矿（更名）");
    const zoneAgain = await service.get(zones, 12, zoneTile.x, zoneTile.y);
    expect(zoneAgain.cached).toBe(true);
    expect(zoneAgain.etag).toBe(zone.etag);
  });

  it.each([0, 8 * 1024 * 1024])(
    "shares one render among concurrent requests for the same tile (cache %i bytes)",
    async (cacheBytes) => {
      let queries = 0;
      const counted = t.db.reads.withPlugin({
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          queries++;
          return args.result;
        },
      });
      const service = new TileService({ ...t.db, reads: counted }, { cacheBytes });
      await service.get(zones, 12, zoneTile.x, zoneTile.y); // versions read, once
      const tile = tileOf(112.9, 35.45, 13);
      const before = queries;
      const served = await Promise.all(
        Array.from({ length: 20 }, () => service.get(mines, 13, tile.x, tile.y)),
      );
      expect(queries - before).toBe(1);
      expect(new Set(served.map((s) => s.etag)).size).toBe(1);
    },
  );

  it("renders every time, with no version lookup, when the cache is off", async () => {
    const service = new TileService(t.db, { cacheBytes: 0 });
    const before = await service.get(zones, 12, zoneTile.x, zoneTile.y);
    await sql`UPDATE treatment_zones SET name_zh = '测试治理片区二' WHERE code = 'TST-ZONE-1'`.execute(
      t.db.kysely,
    );
    const after = await service.get(zones, 12, zoneTile.x, zoneTile.y);
    expect(after.cached).toBe(false);
    expect(names(after.raw, "zones", "name_zh")).toContain("测试治理片区二");
    expect(after.etag).not.toBe(before.etag);
    expect(service.cacheStats()).toEqual({ entries: 0, bytes: 0 });
  });

  it("compresses once per cached tile and coding, each coding tagged with its own ETag", async () => {
    const service = new TileService(t.db, { cacheBytes: 8 * 1024 * 1024 });
    const tile = await service.get(mines, 12, mineTile.x, mineTile.y);
    const gz = await tile.encode("gzip");
    const br = await tile.encode("br");
    expect(gunzipSync(gz).equals(tile.raw)).toBe(true);
    expect(brotliDecompressSync(br).equals(tile.raw)).toBe(true);
    expect(new Set(tile.etags())).toEqual(new Set([tile.etag, tile.etagOf("gzip"), tile.etagOf("br")]));
    expect(tile.etags()).toHaveLength(3);
    expect(tile.etagOf(undefined)).toBe(tile.etag);
    const again = await service.get(mines, 12, mineTile.x, mineTile.y);
    expect(await again.encode("gzip")).toBe(gz);
    expect(await again.encode("br")).toBe(br);
  });

  it("compresses an uncached tile on every request, and the bytes still decode to the tile", async () => {
    const service = new TileService(t.db, { cacheBytes: 0 });
    const tile = await service.get(mines, 12, mineTile.x, mineTile.y);
    const first = await tile.encode("br");
    expect(brotliDecompressSync(first).equals(tile.raw)).toBe(true);
    expect(await tile.encode("br")).not.toBe(first);
  });

  it("does not query for a request whose client has already gone", async () => {
    const service = new TileService(t.db, { cacheBytes: 0 });
    await expect(service.get(mines, 12, mineTile.x, mineTile.y, () => true)).rejects.toThrow(
      TileAbandonedError,
    );
  });
});
