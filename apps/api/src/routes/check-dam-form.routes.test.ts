import { decodeTileLayer, tileOf } from "@lianpian/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let planner: Record<string, string>;
let reviewer: Record<string, string>;
/** A point inside each of two counties (their outlines are the demo's). */
const inside: Record<string, { lng: number; lat: number }> = {};
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  reviewer = await loginAs(h.app, "reviewer");
  const { rows } = await sql<{ code: string; lng: number; lat: number }>`
    SELECT code::text AS code, round(ST_X(p)::numeric, 6)::float8 AS lng, round(ST_Y(p)::numeric, 6)::float8 AS lat
    FROM (SELECT code, ST_PointOnSurface(geom) AS p FROM counties WHERE code IN ('140521', '140525')) x`.execute(
    h.t.db.kysely,
  );
  for (const r of rows) inside[r.code] = { lng: r.lng, lat: r.lat };
});
afterAll(async () => {
  await h?.close();
});

const dam = (extra: Record<string, unknown> = {}) => ({
  code: "FORM-YDB-1",
  name_zh: "表单沟淤地坝",
  county_code: "140521",
  dam_type: "medium",
  storage_wan_m3: 12.5,
  control_area_km2: 2.25,
  built_year: 2012,
  condition: "fair",
  risk_level: "high",
  responsible_unit: "沁水县水利局",
  ...inside["140521"],
  ...extra,
});

const postDam = (headers: Record<string, string>, payload: object) =>
  h.app.inject({ method: "POST", url: "/api/check-dams", headers, payload });
const putDam = (id: number, headers: Record<string, string>, payload: object) =>
  h.app.inject({ method: "PUT", url: `/api/check-dams/${id}`, headers, payload });

const count = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM check_dams`.execute(h.t.db.kysely)).rows[0]?.n;

const tileFeatures = async (lng: number, lat: number) => {
  const { x, y } = tileOf(lng, lat, 12);
  const res = await h.app.inject({
    url: `/tiles/plan/12/${x}/${y}.mvt`,
    headers: { "cache-control": "no-cache" },
  });
  return res.statusCode === 204 ? [] : decodeTileLayer(res.rawPayload, "check_dams").features;
};

describe("one check dam from the /plan form", () => {
  it("is added in one audited write and drawn in the plan and public tiles; an edit moves it", async () => {
    const res = await postDam(planner, dam());
    expect(res.statusCode).toBe(201);
    const id = res.json().id as number;
    const { rows: audit } = await sql<{ action: string; entity_id: string }>`
      SELECT action, entity_id FROM audit_log WHERE entity = 'check_dams' ORDER BY id`.execute(h.t.db.kysely);
    expect(audit).toEqual([{ action: "check_dams.create", entity_id: String(id) }]);
    await new Promise((r) => setTimeout(r, 1100)); // layer versions are re-read at most once a second
    const at = inside["140521"] as { lng: number; lat: number };
    const features = await tileFeatures(at.lng, at.lat);
    expect(features.map((f) => f.properties)).toContainEqual(
      expect.objectContaining({
        id,
        code: "FORM-YDB-1",
        risk_level: "high",
        condition: "fair",
        storage_wan_m3: 12.5,
      }),
    );
    const { x, y } = tileOf(at.lng, at.lat, 12);
    const pub = await h.app.inject({ url: `/tiles/public/12/${x}/${y}.mvt` });
    expect(decodeTileLayer(pub.rawPayload, "check_dams").features.map((f) => f.properties.code)).toContain(
      "FORM-YDB-1",
    );

    const moved = await putDam(
      id,
      planner,
      dam({ ...inside["140525"], risk_level: "low", county_code: "140525" }),
    );
    expect(moved.statusCode).toBe(200);
    const { rows } = await sql<{ x: number; y: number; risk_level: string }>`
      SELECT ST_X(geom) AS x, ST_Y(geom) AS y, risk_level FROM check_dams WHERE id = ${id}`.execute(
      h.t.db.kysely,
    );
    expect(rows).toEqual([{ x: inside["140525"]?.lng, y: inside["140525"]?.lat, risk_level: "low" }]);
    const { rows: last } = await sql<{ action: string; details: { before: { risk_level: string } } }>`
      SELECT action, details FROM audit_log WHERE entity = 'check_dams' ORDER BY id DESC LIMIT 1`.execute(
      h.t.db.kysely,
    );
    expect(last[0]).toMatchObject({
      action: "check_dams.update",
      details: { before: { risk_level: "high" } },
    });
    const record = await h.app.inject({ url: `/collections/check_dams/items/${id}` });
    expect(record.json().properties).toMatchObject({ code: "FORM-YDB-1", responsible_unit: "沁水县水利局" });
  });

  it("refuses a bad dam with every problem in zh and en, writing nothing", async () => {
    const before = await count();
    const res = await postDam(planner, dam({ code: "FORM-YDB-1", lng: 100, county_code: "140599" }));
    expect(res.statusCode).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe("check_dam_invalid");
    expect(err.details.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      "code",
      "county_code",
      "position",
    ]);
    expect(err.details.problems[0].zh).toMatch(/[\u4e00-\u9fff]/);
    const elsewhere = await postDam(planner, dam({ code: "FORM-YDB-2", ...inside["140525"] }));
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().error.details.problems).toEqual([
      {
        row: 1,
        field: "position",
        zh: "位置不在所选县（市、区）内",
        en: "the position is not inside the chosen county",
      },
    ]);
    const schemaBad = await postDam(planner, dam({ risk_level: "extreme" }));
    expect(schemaBad.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it("needs the write permission, and a missing dam is 404", async () => {
    const res = await postDam(reviewer, dam());
    expect(res.statusCode).toBe(403);
    const missing = await putDam(999999, planner, dam({ code: "FORM-YDB-404" }));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("check_dam_not_found");
  });
});
