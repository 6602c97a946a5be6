import { decodeTileLayer, TILE_LAYER_NAMES, tileOf } from "@lianpian/db";
import { findPrivateKeys, JINCHENG_BBOX } from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { PUBLIC_RATE_LIMITS } from "./public-rate-limits.ts";

let h: TestApp;
let trackingCode: string;
/** Values that must never reach the public: the hazard cards' people and a reporter's words. */
let secrets: string[];
const CONTACT = "举报人电话 13712345678";
const TEXT = "私密描述：我家后院的裂缝";

beforeAll(async () => {
  h = await openTestApp();
  const { rows } = await sql<{ lng: number; lat: number }>`
    SELECT ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat
    FROM counties WHERE level = 'county' ORDER BY code LIMIT 1`.execute(h.t.db.kysely);
  const res = await h.app.inject({
    method: "POST",
    url: "/api/public/reports",
    payload: { category: "other", text: TEXT, contact: CONTACT, ...rows[0], location_source: "map" },
  });
  trackingCode = res.json().tracking_code;
  const people = await sql<{ v: string }>`
    SELECT DISTINCT v FROM hazard_points,
      unnest(ARRAY[monitor_name, monitor_phone, responsible_name, responsible_phone]) AS v
    WHERE v IS NOT NULL AND length(v) >= 2`.execute(h.t.db.kysely);
  secrets = [CONTACT, TEXT, ...people.rows.map((r) => r.v)];
});
afterAll(async () => h?.close());

/** Every GET route under /api/public, from the OpenAPI document, with its path parameters filled in. */
async function publicGetUrls(): Promise<string[]> {
  const doc = (await h.app.inject({ url: "/openapi.json" })).json() as {
    paths: Record<string, { get?: unknown }>;
  };
  return Object.entries(doc.paths)
    .filter(([path, ops]) => path.startsWith("/api/public") && ops.get)
    .map(([path]) => path.replace("{code}", trackingCode));
}

describe("the public API carries no private field", () => {
  it("in any reply of any public route, for any filter", async () => {
    const urls = await publicGetUrls();
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(secrets.length).toBeGreaterThan(2);
    let checked = 0;
    for (const url of urls) {
      for (const query of ["", "?county=140521&year=2022", "?year=2019", "?year=2035"]) {
        if (query && !/dashboard|progress/.test(url)) continue;
        const res = await h.app.inject({ url: url + query });
        expect(res.statusCode, url + query).toBe(200);
        expect(findPrivateKeys(res.json()), url + query).toEqual([]);
        for (const secret of secrets)
          expect(res.body.includes(secret), `${url}${query}: ${secret}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("in the OGC API Features an anonymous visitor reads (every collection, first page)", async () => {
    const collections = (await h.app.inject({ url: "/collections" })).json().collections as { id: string }[];
    expect(collections.length).toBeGreaterThanOrEqual(10);
    for (const { id } of collections) {
      const res = await h.app.inject({ url: `/collections/${id}/items?limit=200` });
      expect(res.statusCode, id).toBe(200);
      expect(findPrivateKeys(res.json()), id).toEqual([]);
      for (const secret of secrets) expect(res.body.includes(secret), `${id}: ${secret}`).toBe(false);
    }
  });

  it("in any property of any tile layer over Jincheng", async () => {
    const [west, south, east, north] = JINCHENG_BBOX;
    const z = 9;
    const from = tileOf(west, north, z);
    const to = tileOf(east, south, z);
    let features = 0;
    for (const layer of TILE_LAYER_NAMES) {
      const tilejson = (await h.app.inject({ url: `/tiles/${layer}.json` })).json();
      expect(findPrivateKeys(tilejson.vector_layers[0].fields), layer).toEqual([]);
      for (let x = from.x; x <= to.x; x++) {
        for (let y = from.y; y <= to.y; y++) {
          const res = await h.app.inject({ url: `/tiles/${layer}/${z}/${x}/${y}.mvt` });
          if (res.statusCode === 204) continue;
          expect(res.statusCode).toBe(200);
          for (const f of decodeTileLayer(res.rawPayload, layer).features) {
            features++;
            expect(findPrivateKeys(f.properties), `${layer} ${z}/${x}/${y}`).toEqual([]);
            for (const v of Object.values(f.properties)) expect(secrets.includes(String(v))).toBe(false);
          }
        }
      }
    }
    expect(features).toBeGreaterThan(100);
  });
});

describe("rate limits on the public routes", () => {
  it("every public route answers with its limit", async () => {
    for (const url of await publicGetUrls()) {
      const res = await h.app.inject({ url, remoteAddress: "10.7.0.1" });
      expect(Number(res.headers["x-ratelimit-limit"]), url).toBeGreaterThan(0);
    }
    const post = await h.app.inject({
      method: "POST",
      url: "/api/public/reports",
      payload: {},
      remoteAddress: "10.7.0.1",
    });
    expect(Number(post.headers["x-ratelimit-limit"])).toBe(PUBLIC_RATE_LIMITS.report.max);
  });

  it("gives 429 with Retry-After past the read limit, per client address", async () => {
    const ip = "10.7.0.2";
    for (let i = 0; i < PUBLIC_RATE_LIMITS.read.max; i++) {
      expect((await h.app.inject({ url: "/api/public/config", remoteAddress: ip })).statusCode).toBe(200);
    }
    const res = await h.app.inject({ url: "/api/public/config", remoteAddress: ip });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.json().error).toMatchObject({ code: "rate_limited", message_en: expect.any(String) });
    expect((await h.app.inject({ url: "/api/public/config", remoteAddress: "10.7.0.3" })).statusCode).toBe(
      200,
    );
  });

  it("follows an admin's run-time settings: the read limit and the 审图号 change without a restart", async () => {
    const admin = await loginAs(h.app, "admin");
    const set = (key: string, value: string | number) =>
      h.app.inject({ method: "PUT", url: `/api/admin/settings/${key}`, headers: admin, payload: { value } });
    expect((await set("public.rate_limit.read", 12)).statusCode).toBe(200);
    expect((await set("map.review_number", "晋S（2026）001号")).statusCode).toBe(200);
    const ip = "10.7.0.9";
    const first = await h.app.inject({ url: "/api/public/config", remoteAddress: ip });
    expect(first.json().map_review_number).toBe("晋S（2026）001号");
    expect(Number(first.headers["x-ratelimit-limit"])).toBe(12);
    for (let i = 1; i < 12; i++) await h.app.inject({ url: "/api/public/config", remoteAddress: ip });
    expect((await h.app.inject({ url: "/api/public/config", remoteAddress: ip })).statusCode).toBe(429);
  });
});
