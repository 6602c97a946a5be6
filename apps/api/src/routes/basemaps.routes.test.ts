import { readdir } from "node:fs/promises";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { loginAs } from "../../../../test/support/test-app.ts";
import { multipartForm } from "../file-imports/upload-test-support.ts";
import { expectCachedPngTile, PNG, useBasemapTestApp } from "./basemap-app.fixtures.ts";

/** A real MBTiles file: tiles at z 12 around Taiyuan (XYZ 3336/1548 → TMS row 2547) and z 13. */
async function makeMbtiles(format = "png"): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run("CREATE TABLE metadata (name text, value text)");
  db.run("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)");
  const metadata: [string, string][] = [
    ["name", "太原影像 test"],
    ["format", format],
    ["bounds", "112.2,37.6,112.8,38.1"],
    ["attribution", "© 测试"],
  ];
  for (const [k, v] of metadata) db.run("INSERT INTO metadata VALUES (?, ?)", [k, v]);
  db.run("INSERT INTO tiles VALUES (12, 3336, 2547, ?)", [PNG]);
  db.run("INSERT INTO tiles VALUES (13, 6672, 5095, ?)", [PNG]);
  const bytes = db.export();
  db.close();
  return bytes;
}

const multipart = (fields: Record<string, string>, file?: Uint8Array) =>
  multipartForm("t.mbtiles", file, fields);

let id: number;
const h = useBasemapTestApp();

describe("uploaded MBTiles base maps", () => {
  it("lets only an admin upload, and lists the upload for everyone", async () => {
    const form = multipart({ name: "太原 0.5 m 正射影像" }, await makeMbtiles());
    expect((await h.post(form, {})).statusCode).toBe(401);
    const refused = await h.post(form, await loginAs(h.app, "planner"));
    expect(refused.statusCode).toBe(403);
    const res = await h.post(form);
    expect(res.statusCode).toBe(201);
    const body = res.json() as {
      id: number;
      tile_type: string;
      min_zoom: number;
      max_zoom: number;
      bounds: number[];
    };
    expect(body).toMatchObject({
      tile_type: "png",
      min_zoom: 12,
      max_zoom: 13,
      bounds: [112.2, 37.6, 112.8, 38.1],
    });
    id = body.id;
    expect(await readdir(h.dir)).toEqual([`${id}.mbtiles`]);
    const list = (await h.app.inject({ url: "/api/basemaps" })).json() as {
      basemaps: { id: number; tiles: string }[];
    };
    expect(list.basemaps.find((b) => b.id === id)?.tiles).toBe(`/basemaps/${id}/{z}/{x}/{y}.png`);
  });

  it("serves a tile by its XYZ address with caching headers, and 304 on a matching ETag", async () => {
    await expectCachedPngTile(h, `/basemaps/${id}/12/3336/1548.png`, PNG);
    expect((await h.app.inject({ url: `/basemaps/${id}/13/6672/3096.png` })).statusCode).toBe(200);
  });

  it("answers 204 for a missing tile, 400 for a bad address, 404 for an unknown base map", async () => {
    expect((await h.app.inject({ url: `/basemaps/${id}/12/3337/1548.png` })).statusCode).toBe(204);
    expect((await h.app.inject({ url: `/basemaps/${id}/5/3/3.png` })).statusCode).toBe(204);
    expect((await h.app.inject({ url: `/basemaps/${id}/12/4096/0.png` })).statusCode).toBe(400);
    expect((await h.app.inject({ url: `/basemaps/${id}/25/0/0.png` })).statusCode).toBe(400);
    expect((await h.app.inject({ url: `/basemaps/${id}/12/0/x.png` })).statusCode).toBe(400);
    expect((await h.app.inject({ url: `/basemaps/${id}/12/-1/0.png` })).statusCode).toBe(400);
    const missing = await h.app.inject({ url: "/basemaps/99999/12/3336/1548.png" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("basemap_not_found");
  });

  it("refuses a file that is not a raster MBTiles, a vector one, none, and one over the cap", async () => {
    const notSqlite = await h.post(multipart({}, new TextEncoder().encode("not a database at all")));
    expect(notSqlite.statusCode).toBe(422);
    expect(notSqlite.json().error.code).toBe("basemap_unreadable");
    expect((await h.post(multipart({}, await makeMbtiles("pbf")))).statusCode).toBe(422);
    expect((await h.post(multipart({ name: "x" }))).json().error.code).toBe("basemap_file_missing");
    const big = await h.post(multipart({}, new Uint8Array(1024 * 1024 + 10)));
    expect(big.statusCode).toBe(413);
    expect(await readdir(h.dir)).toEqual([`${id}.mbtiles`]);
  });
});
