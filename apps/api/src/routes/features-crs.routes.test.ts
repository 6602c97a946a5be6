import { type FeatureFixtures, insertFeatureFixtures } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

// OGC API – Features Part 2 (CRS by reference): crs and bbox-crs with CRS84,
// EPSG:4326, CGCS2000 (4490) and its Gauss-Krüger zones, checked against
// PostGIS's own ST_Transform.

const CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
const epsg = (srid: number) => `http://www.opengis.net/def/crs/EPSG/0/${srid}`;

let h: TestApp;
let fx: FeatureFixtures;
beforeAll(async () => {
  h = await openTestApp();
  fx = await insertFeatureFixtures(h.t.db.kysely);
});
afterAll(async () => h?.close());

const get = (url: string) => h.app.inject({ method: "GET", url });

/** The hazard point's coordinates in a CRS as PostGIS gives them, easting / longitude first. */
async function transformed(id: number, srid: number): Promise<[number, number]> {
  const { rows } = await sql<{ x: number; y: number }>`
    SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(geom, ${srid}::int) AS p FROM hazard_points WHERE id = ${id}) s`.execute(
    h.t.db.kysely,
  );
  const row = rows[0];
  if (!row) throw new Error("no point");
  return [row.x, row.y];
}

describe("collections advertise their CRSs", () => {
  it("lists CRS84, 4326, 4490 and every GK zone, with CRS84 as storageCrs", async () => {
    const body = (await get("/collections")).json() as {
      collections: { crs: string[]; storageCrs: string }[];
    };
    for (const c of body.collections) {
      expect(c.crs[0]).toBe(CRS84);
      expect(c.crs).toEqual(
        expect.arrayContaining([epsg(4326), epsg(4490), epsg(4491), epsg(4526), epsg(4547), epsg(4554)]),
      );
      expect(c.crs).toHaveLength(3 + 64);
      expect(c.storageCrs).toBe(CRS84);
    }
  });
});

describe("items and one feature in another CRS", () => {
  it.each([4547, 4526, 4525, 4546])(
    "gives a point in EPSG:%i northing first, within 1 mm of ST_Transform",
    async (srid) => {
      const id = fx.hazardIds[0] ?? 0;
      const res = await get(`/collections/hazard_points/items/${id}?crs=${encodeURIComponent(epsg(srid))}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-crs"]).toBe(`<${epsg(srid)}>`);
      const [northing, easting] = res.json().geometry.coordinates as [number, number];
      const [x, y] = await transformed(id, srid);
      expect(Math.abs(easting - x)).toBeLessThan(0.001);
      expect(Math.abs(northing - y)).toBeLessThan(0.001);
      expect(res.json().links[0].href).toContain(`crs=${encodeURIComponent(epsg(srid))}`);
    },
  );

  it("gives EPSG:4490 and 4326 latitude first, and CRS84 (the default) longitude first", async () => {
    const id = fx.hazardIds[0] ?? 0;
    const [lon, lat] = await transformed(id, 4326);
    for (const srid of [4490, 4326]) {
      const res = await get(`/collections/hazard_points/items/${id}?crs=EPSG:${srid}`);
      expect(res.headers["content-crs"]).toBe(`<${epsg(srid)}>`);
      const [a, b] = res.json().geometry.coordinates as [number, number];
      expect([a, b].map((v) => v.toFixed(6))).toEqual([lat, lon].map((v) => v.toFixed(6)));
    }
    const plain = await get(`/collections/hazard_points/items/${id}`);
    expect(plain.headers["content-crs"]).toBe(`<${CRS84}>`);
    expect((plain.json().geometry.coordinates as number[]).map((v) => v.toFixed(6))).toEqual(
      [lon, lat].map((v) => v.toFixed(6)),
    );
  });

  it("pages in a GK zone, keeping crs in the next link, polygons in metres", async () => {
    const res = await get(`/collections/mines/items?limit=1&crs=${encodeURIComponent(epsg(4547))}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-crs"]).toBe(`<${epsg(4547)}>`);
    const page = res.json() as {
      features: { geometry: { coordinates: number[][][][] } }[];
      links: { rel: string; href: string }[];
    };
    const [n, e] = page.features[0]?.geometry.coordinates[0]?.[0]?.[0] ?? [];
    expect(n).toBeGreaterThan(3_800_000);
    expect(e).toBeGreaterThan(300_000);
    expect(e).toBeLessThan(700_000);
    expect(page.links.find((l) => l.rel === "next")?.href).toContain(`crs=${encodeURIComponent(epsg(4547))}`);
  });

  it("filters by a bbox given in a GK zone (bbox-crs) as by the same box in CRS84", async () => {
    const id = fx.hazardIds[0] ?? 0;
    const [x, y] = await transformed(id, 4547);
    const box = [y - 50, x - 50, y + 50, x + 50].join(",");
    const res = await get(
      `/collections/hazard_points/items?bbox=${box}&bbox-crs=${encodeURIComponent(epsg(4547))}`,
    );
    expect(res.statusCode).toBe(200);
    const ids = (res.json().features as { id: number }[]).map((f) => f.id);
    expect(ids).toContain(id);
    const { rows } = await sql<{ id: number }>`SELECT id FROM hazard_points WHERE ST_Intersects(geom,
      ST_Transform(ST_MakeEnvelope(${x - 50}::float8, ${y - 50}::float8, ${x + 50}::float8, ${y + 50}::float8, 4547), 4326)) ORDER BY id`.execute(
      h.t.db.kysely,
    );
    expect(ids).toEqual(rows.map((r) => r.id));
    const next = (res.json().links as { rel: string; href: string }[])[0]?.href ?? "";
    expect(next).toContain(`bbox-crs=${encodeURIComponent(epsg(4547))}`);
  });
});

describe("refused CRSs", () => {
  it.each([
    ["/collections/mines/items?crs=EPSG:3857", "crs"],
    ["/collections/mines/items?crs=http://www.opengis.net/def/crs/EPSG/0/2385", "crs"],
    ["/collections/mines/items?bbox=1,2,3,4&bbox-crs=EPSG:4214", "bbox-crs"],
    ["/collections/mines/items/1?crs=EPSG:900913", "crs"],
  ])("%s is 400 unsupported_crs in our shape", async (url, parameter) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ code: "unsupported_crs", details: { parameter } });
    expect(error.message).toMatch(/坐标系/);
    expect(error.message_en).toMatch(/CRS/);
  });
});
