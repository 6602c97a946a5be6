import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { COLLECTION_IDS } from "@lianpian/db";
import { type FeatureFixtures, insertFeatureFixtures, PRIVATE_MARKERS } from "@lianpian/db/testing";
import { findPrivateKeys } from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

interface Link {
  href: string;
  rel: string;
  type?: string;
}
interface Page {
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: Link[];
  features: { id: number; geometry: unknown; properties: Record<string, unknown> }[];
}

const SPA_MARKER = "<title>lianpian-spa-fixture</title>";
let h: TestApp;
let fx: FeatureFixtures;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "lianpian-dist-"));
  writeFileSync(join(dist, "index.html"), `<!doctype html>${SPA_MARKER}`);
  h = await openTestApp({ LIANPIAN_WEB_DIST: dist });
  fx = await insertFeatureFixtures(h.t.db.kysely);
});
afterAll(async () => {
  await h?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: "GET", url, headers });
const rel = (links: Link[], name: string) => links.find((l) => l.rel === name);
async function count(table: string, where = sql``): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)} ${where}`.execute(h.t.db.kysely);
  return rows[0]?.n ?? -1;
}

describe("landing page", () => {
  it("answers JSON clients with the OGC links", async () => {
    const res = await get("/", { accept: "application/json" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const links = res.json().links as Link[];
    expect(links.map((l) => l.rel)).toEqual(["self", "service-desc", "service-doc", "conformance", "data"]);
    expect(rel(links, "service-desc")).toEqual(
      expect.objectContaining({
        href: "http://localhost:80/openapi.json",
        type: "application/vnd.oai.openapi+json;version=3.0",
      }),
    );
    expect(rel(links, "data")?.href).toBe("http://localhost:80/collections");
  });

  it("gives JSON to */* and f=json, and the web app to a browser or f=html", async () => {
    const browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    expect((await get("/", { accept: "*/*" })).json().title).toMatch(/OGC API Features/);
    expect((await get("/?f=json", { accept: browser })).json().title).toMatch(/OGC API Features/);
    for (const res of [await get("/", { accept: browser }), await get("/?f=html")]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toContain(SPA_MARKER);
    }
  });

  it("builds links from X-Forwarded-Proto and the Host header", async () => {
    const res = await get("/", { "x-forwarded-proto": "https, http", host: "gis.example.cn" });
    expect(rel(res.json().links, "self")?.href).toBe("https://gis.example.cn/");
  });
});

describe("conformance and collections", () => {
  it("declares Core, GeoJSON, OpenAPI 3.0 and Part 2's CRS by reference", async () => {
    const res = await get("/conformance");
    expect(res.json().conformsTo).toEqual([
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ]);
  });

  it("lists every collection with its links and, when not empty, its extent", async () => {
    const body = (await get("/collections")).json() as {
      collections: { id: string; title: string; extent?: { spatial: { bbox: number[][] } }; links: Link[] }[];
    };
    expect(body.collections.map((c) => c.id)).toEqual([...COLLECTION_IDS]);
    for (const c of body.collections) {
      expect(rel(c.links, "items")).toEqual(
        expect.objectContaining({
          href: `http://localhost:80/collections/${c.id}/items`,
          type: "application/geo+json",
        }),
      );
      expect(c.links.find((l) => l.rel.toLowerCase() === "describedby")?.type).toBe(
        "application/schema+json",
      );
    }
    const hazards = body.collections.find((c) => c.id === "hazard_points");
    const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = hazards?.extent?.spatial.bbox[0] ?? [];
    expect(minLon <= 112.9 && minLat <= 35.5 && maxLon >= 112.948 && maxLat >= 35.548).toBe(true);
  });

  it("describes one collection, and its features' schema", async () => {
    const res = await get("/collections/mines");
    expect(res.json()).toMatchObject({ id: "mines", title: "矿山", title_en: "Mines", itemType: "feature" });
    const schema = await get("/collections/mines/feature-schema");
    expect(schema.headers["content-type"]).toMatch(/^application\/schema\+json/);
    expect(schema.json().properties.properties.properties.company_name).toMatchObject({ type: "string" });
  });

  it.each([
    "/collections/nope",
    "/collections/nope/items",
    "/collections/nope/items/1",
    "/collections/nope/feature-schema",
  ])("answers %s with 404 unknown_collection", async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: "unknown_collection", details: { collectionId: "nope" } });
  });
});

describe("items", () => {
  it("is a GeoJSON FeatureCollection whose numberMatched is the table's count", async () => {
    const res = await get("/collections/hazard_points/items?f=json");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/geo\+json/);
    const page = res.json() as Page & { type: string };
    expect(page.type).toBe("FeatureCollection");
    expect(page.numberMatched).toBe(await count("hazard_points"));
    expect(page.numberReturned).toBe(page.features.length);
    expect(Number.isNaN(Date.parse(page.timeStamp))).toBe(false);
    expect(rel(page.links, "self")?.href).toBe(
      "http://localhost:80/collections/hazard_points/items?limit=100",
    );
    expect(rel(page.links, "collection")?.href).toBe("http://localhost:80/collections/hazard_points");
  });

  it("pages by next links through every feature once, with prev links back", async () => {
    const { rows } = await sql<{ id: number }>`SELECT id FROM hazard_points ORDER BY id`.execute(
      h.t.db.kysely,
    );
    const limit = Math.max(2, Math.ceil(rows.length / 5)); // about five pages, demo data or not
    const seen: number[] = [];
    let url: string | undefined = `/collections/hazard_points/items?limit=${limit}`;
    let pages = 0;
    while (url) {
      const page = (await get(url)).json() as Page;
      seen.push(...page.features.map((f) => f.id));
      if (pages > 0) expect(rel(page.links, "prev")?.href).toContain(`limit=${limit}`);
      else expect(rel(page.links, "prev")).toBeUndefined();
      url = rel(page.links, "next")?.href.replace("http://localhost:80", "");
      pages++;
    }
    expect(seen).toEqual(rows.map((r) => r.id));
    expect(pages).toBe(Math.ceil(rows.length / limit));
    const second = (await get(`/collections/hazard_points/items?limit=2&offset=2`)).json() as Page;
    expect(rel(second.links, "prev")?.href).toBe(
      "http://localhost:80/collections/hazard_points/items?limit=2",
    );
  });

  it("filters by bbox exactly as ST_Intersects does", async () => {
    const box = [112.911, 35.511, 112.925, 35.525] as const;
    const page = (await get(`/collections/hazard_points/items?bbox=${box.join(",")}`)).json() as Page;
    const env = sql`ST_MakeEnvelope(${box[0]}, ${box[1]}, ${box[2]}, ${box[3]}, 4326)`;
    expect(page.numberMatched).toBe(await count("hazard_points", sql`WHERE ST_Intersects(geom, ${env})`));
    expect(page.features.map((f) => f.id)).toEqual(
      expect.arrayContaining([fx.hazardIds[1], fx.hazardIds[2]]),
    );
    expect(rel(page.links, "self")?.href).toContain(`bbox=${box.join(",")}`);
  });

  it("clamps a limit above 1000 to 1000", async () => {
    await sql`INSERT INTO villages (name_zh, county_code, population, households, geom, data_source)
      SELECT '批量村' || i, ${fx.countyCode}, 10, 3, ST_SetSRID(ST_MakePoint(112.6 + i * 1e-4, 35.3), 4326), 'fixture'
      FROM generate_series(1, 1005) i`.execute(h.t.db.kysely);
    const page = (await get("/collections/villages/items?limit=5000")).json() as Page;
    expect(page.numberMatched).toBe(await count("villages"));
    expect(page.numberReturned).toBe(1000);
    expect(rel(page.links, "self")?.href).toMatch(/limit=1000$/);
    expect(rel(page.links, "next")?.href).toMatch(/limit=1000&offset=1000$/);
  });

  it("compresses a page for clients that accept gzip", async () => {
    const res = await get("/collections/villages/items?limit=1000", { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(res.rawPayload).toString()).numberReturned).toBe(1000);
  });
});

describe("refused requests", () => {
  it.each([
    ["limit=0", "querystring/limit", "validation_failed"],
    ["limit=-5", "querystring/limit", "validation_failed"],
    ["limit=2.5", "querystring/limit", "non_canonical_number"],
    ["limit=ten", "querystring/limit", "non_canonical_number"],
    ["offset=-1", "querystring/offset", "validation_failed"],
    ["offset=1000001", "querystring/offset", "validation_failed"],
    ["f=xml", "querystring/f", "validation_failed"],
    ["datetime=2026-01-01", "querystring", "validation_failed"],
  ])("%s → 400 on %s (%s)", async (query, field, code) => {
    const res = await get(`/collections/mines/items?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.details[0].field).toBe(field);
  });

  it.each([
    ["1,2,3", "bad_bbox", /four comma-separated numbers/],
    ["112,35,abc,36", "bad_bbox", /four comma-separated numbers/],
    ["112,35,181,36", "bad_bbox", /\[-180, 180\]/],
    ["112,-95,113,36", "bad_bbox", /\[-90, 90\]/],
    ["113,35,112,36", "bad_bbox", /minimum exceeds maximum/],
    ["100,30,120,40", "bbox_too_large", /at most 10°/],
  ])("bbox=%s → 400 %s with a message", async (bbox, code, message) => {
    const res = await get(`/collections/mines/items?bbox=${encodeURIComponent(bbox)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, details: { parameter: "bbox" } });
    expect(res.json().error.details.problem).toMatch(message);
  });

  it.each([
    "/collections/hazard_points/items/2000000000",
    "/collections/hazard_points/items/abc",
    "/collections/hazard_points/items/1.5",
    "/collections/counties/items/999999",
    "/collections/counties/items/14052x",
  ])("%s → 404 feature_not_found", async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("feature_not_found");
  });
});

describe("one feature", () => {
  it("is a Feature with self and collection links", async () => {
    const res = await get(`/collections/hazard_points/items/${fx.overriddenHazardId}`);
    expect(res.headers["content-type"]).toMatch(/^application\/geo\+json/);
    const f = res.json();
    expect(f).toMatchObject({
      type: "Feature",
      id: fx.overriddenHazardId,
      properties: { danger_grade: "large" },
    });
    expect(f.geometry.type).toBe("Point");
    expect(rel(f.links, "self")?.href).toBe(
      `http://localhost:80/collections/hazard_points/items/${fx.overriddenHazardId}`,
    );
    const county = (await get(`/collections/counties/items/${fx.countyCode}`)).json();
    expect(county).toMatchObject({ id: Number(fx.countyCode), properties: { code: fx.countyCode } });
  });
});

describe("privacy", () => {
  it("no features reply carries a private key or a planted private value", async () => {
    const urls = ["/", "/conformance", "/collections"];
    for (const id of COLLECTION_IDS) {
      urls.push(
        `/collections/${id}`,
        `/collections/${id}/feature-schema`,
        `/collections/${id}/items?limit=1000`,
      );
      const first = (await get(`/collections/${id}/items?limit=1`)).json() as Page;
      if (first.features[0]) urls.push(`/collections/${id}/items/${first.features[0].id}`);
    }
    urls.push(`/collections/hazard_points/items/${fx.overriddenHazardId}`);
    for (const url of urls) {
      const res = await get(url, { accept: "application/json" });
      expect(res.statusCode, url).toBe(200);
      expect(findPrivateKeys(res.json()), url).toEqual([]);
      for (const marker of PRIVATE_MARKERS) expect(res.body.includes(marker), `${url} ${marker}`).toBe(false);
    }
  });
});
