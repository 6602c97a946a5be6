import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { multipartForm as form, uploadImport } from "../file-imports/upload-test-support.ts";

let h: TestApp;
let planner: Record<string, string>;
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => {
  await h?.close();
});

function upload(layer: string, fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  return uploadImport(h.app, planner, layer, fileName, bytes, fields);
}

const TABLES = [
  "file_imports",
  "file_import_rows",
  "file_import_changes",
  "hazard_points",
  "treatment_zones",
  "audit_log",
];
async function count(table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
    h.t.db.kysely,
  );
  return (rows[0] as { n: number }).n;
}
const counts = async () =>
  Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])));

const hazard = (code: string, name: string, type: string, people: number, lng: number, lat: number) => ({
  type: "Feature",
  properties: { 统一编号: code, 隐患点名称: name, 灾害类型: type, 险情等级: "中型", 威胁人数: people },
  geometry: { type: "Point", coordinates: [lng, lat] },
});

describe("bad input", () => {
  it("answers a broken file with a 4xx in our shape and leaves every table as it was", async () => {
    const before = await counts();
    for (const [name, bytes] of [
      ["坏.geojson", new TextEncoder().encode('{"type": "FeatureCollection", "features": [')],
      ["截断.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
      ["文件.doc", new Uint8Array([1, 2, 3])],
    ] as const) {
      const res = await upload("hazards", name, bytes);
      expect(res.statusCode, `${name}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error).toMatchObject({
        code: expect.stringMatching(/^import_/),
        message: expect.any(String),
        message_en: expect.any(String),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses anonymous and unprivileged uploads before reading them, and an oversized one with 413", async () => {
    const small = await openTestApp({ LIANPIAN_IMPORT_MAX_MB: "1" });
    try {
      const big = form("big.geojson", new Uint8Array(2 * 1024 * 1024).fill(32));
      const anon = await small.app.inject({
        method: "POST",
        url: "/api/imports?layer=hazards",
        headers: big.headers,
        payload: big.payload,
      });
      expect(anon.statusCode).toBe(401);
      const field = await loginAs(small.app, "field");
      const asField = await small.app.inject({
        method: "POST",
        url: "/api/imports?layer=hazards",
        headers: { ...field, ...big.headers },
        payload: big.payload,
      });
      expect(asField.statusCode).toBe(403);
      const admin = await loginAs(small.app, "admin");
      const tooBig = await small.app.inject({
        method: "POST",
        url: "/api/imports?layer=hazards",
        headers: { ...admin, ...big.headers },
        payload: big.payload,
      });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json().error.code).toBe("import_too_large");
    } finally {
      await small.close();
    }
  });

  it("keeps a Xi'an 1980 file staged with the refusal until parameters are given", async () => {
    const fc = {
      type: "FeatureCollection",
      features: [hazard("140525990009", "西安80点", "崩塌", 1, 112.85, 35.5)],
    };
    const res = await upload("hazards", "xian80.geojson", new TextEncoder().encode(JSON.stringify(fc)), {
      crs: "EPSG:4610",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().errors[0]).toMatchObject({ row: null, field: "crs", code: "crs_refused" });
    const commit = await h.app.inject({
      method: "POST",
      url: `/api/imports/${res.json().id}/commit`,
      headers: planner,
      payload: {},
    });
    expect(commit.statusCode).toBe(409);
  });
});
