import { readdir } from "node:fs/promises";
import { TileType } from "pmtiles";
import { describe, expect, it } from "vitest";
import { pmtilesArchive } from "../../../../test/support/pmtiles-archive.ts";
import { loginAs } from "../../../../test/support/test-app.ts";
import { multipartForm } from "../file-imports/upload-test-support.ts";
import { expectCachedPngTile, PNG, useBasemapTestApp } from "./basemap-app.fixtures.ts";

const OTHER_PNG = Buffer.concat([PNG, Buffer.from("-second")]);
const upload = (file: Uint8Array, fields: Record<string, string> = {}) =>
  multipartForm("t.pmtiles", file, fields);

/** Tiles around Taiyuan at z 12 (XYZ 3336/1548) and z 13, in a PMTiles v3 archive. */
const archive = pmtilesArchive(
  [
    { z: 12, x: 3336, y: 1548, data: PNG },
    { z: 13, x: 6672, y: 3096, data: OTHER_PNG },
  ],
  {
    bounds: [112.2, 37.6, 112.8, 38.1],
    metadata: { name: "太原影像 PMTiles", attribution: "© 测试 PMTiles" },
  },
);

let id: number;
const h = useBasemapTestApp();

describe("uploaded PMTiles base maps", () => {
  it("takes a raster archive from an admin only, described by its header and metadata", async () => {
    expect((await h.post(upload(archive), {})).statusCode).toBe(401);
    expect((await h.post(upload(archive), await loginAs(h.app, "planner"))).statusCode).toBe(403);
    const res = await h.post(upload(archive));
    expect(res.statusCode).toBe(201);
    const body = res.json() as { id: number; archive: string; tiles: string };
    expect(body).toMatchObject({
      name: "太原影像 PMTiles",
      format: "pmtiles",
      tile_type: "png",
      min_zoom: 12,
      max_zoom: 13,
      bounds: [112.2, 37.6, 112.8, 38.1],
      attribution: "© 测试 PMTiles",
      size_bytes: archive.byteLength,
    });
    id = body.id;
    expect(body.tiles).toBe(`/basemaps/${id}/{z}/{x}/{y}.png`);
    expect(body.archive).toBe(`/basemaps/${id}/archive.pmtiles`);
    expect(await readdir(h.dir)).toEqual([`${id}.pmtiles`]);
  });

  it("serves each tile by range reads on the archive, with an ETag, a year's cache and 304", async () => {
    await expectCachedPngTile(h, `/basemaps/${id}/12/3336/1548.png`, PNG);
    const second = await h.app.inject({ url: `/basemaps/${id}/13/6672/3096.png` });
    expect(second.rawPayload.equals(OTHER_PNG)).toBe(true);
  });

  it("answers 204 for a missing tile or a zoom outside the archive, 400 for a bad address", async () => {
    expect((await h.app.inject({ url: `/basemaps/${id}/12/3337/1548.png` })).statusCode).toBe(204);
    expect((await h.app.inject({ url: `/basemaps/${id}/14/13344/6192.png` })).statusCode).toBe(204);
    expect((await h.app.inject({ url: `/basemaps/${id}/3/1/1.png` })).statusCode).toBe(204);
    const outside = await h.app.inject({ url: `/basemaps/${id}/12/4096/0.png` });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe("tile_out_of_range");
    expect((await h.app.inject({ url: `/basemaps/${id}/25/0/0.png` })).json().error.code).toBe(
      "zoom_out_of_range",
    );
    expect((await h.app.inject({ url: `/basemaps/${id}/12/0/x.png` })).statusCode).toBe(400);
  });

  it("answers HTTP Range requests on the archive itself: 206 with Content-Range, 416 past the end", async () => {
    const url = `/basemaps/${id}/archive.pmtiles`;
    const whole = await h.app.inject({ url });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers["accept-ranges"]).toBe("bytes");
    expect(whole.rawPayload.equals(Buffer.from(archive))).toBe(true);
    const head = await h.app.inject({ url, headers: { range: "bytes=0-126" } });
    expect(head.statusCode).toBe(206);
    expect(head.headers["content-range"]).toBe(`bytes 0-126/${archive.byteLength}`);
    expect(head.rawPayload.toString("latin1", 0, 7)).toBe("PMTiles");
    expect(head.rawPayload.byteLength).toBe(127);
    const tail = await h.app.inject({ url, headers: { range: "bytes=-7" } });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.toString()).toBe("-second");
    const past = await h.app.inject({ url, headers: { range: `bytes=${archive.byteLength}-` } });
    expect(past.statusCode).toBe(416);
    expect(past.headers["content-range"]).toBe(`bytes */${archive.byteLength}`);
    expect(past.json().error.code).toBe("range_not_satisfiable");
    expect((await h.app.inject({ url: "/basemaps/99999/archive.pmtiles" })).statusCode).toBe(404);
  });

  it("refuses a vector archive and a truncated one, leaving no file behind", async () => {
    const vector = pmtilesArchive([{ z: 12, x: 3336, y: 1548, data: PNG }], {
      tileType: TileType.Mvt,
      bounds: [112.2, 37.6, 112.8, 38.1],
    });
    const refusedVector = await h.post(upload(vector));
    expect(refusedVector.statusCode).toBe(422);
    expect(refusedVector.json().error.code).toBe("basemap_unreadable");
    expect((await h.post(upload(archive.slice(0, 100)))).statusCode).toBe(422);
    expect(await readdir(h.dir)).toEqual([`${id}.pmtiles`]);
  });
});
