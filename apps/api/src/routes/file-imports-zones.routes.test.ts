import { writeTargetFile } from "@lianpian/formats";
import { prjWkt } from "@lianpian/geo";
import type { Geometry } from "geojson";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { uploadImport } from "../file-imports/upload-test-support.ts";

let h: TestApp;
let planner: Record<string, string>;
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => {
  await h?.close();
});

function upload(layer: string, fileName: string, bytes: Uint8Array) {
  return uploadImport(h.app, planner, layer, fileName, bytes);
}

interface Issue {
  row: number | null;
  field: string | null;
  code: string;
}

function bowtie(e: number, n: number): Geometry {
  return {
    type: "Polygon",
    coordinates: [
      [
        [e, n],
        [e + 200, n + 200],
        [e + 200, n],
        [e, n + 200],
        [e, n],
      ],
    ],
  };
}
function square(e: number, n: number): Geometry {
  return {
    type: "Polygon",
    coordinates: [
      [
        [e, n],
        [e + 300, n],
        [e + 300, n + 250],
        [e, n + 250],
        [e, n],
      ],
    ],
  };
}

describe("a GBK shapefile of zones in EPSG:4547", () => {
  it("stages with its invalid and unknown-value rows, then commits repaired with history and facts", async () => {
    const file = await writeTargetFile("shp", {
      name: "片区",
      fields: [
        { name: "编号", type: "string" },
        { name: "名称", type: "string" },
        { name: "类型", type: "string" },
        { name: "期限", type: "string" },
      ],
      features: [
        {
          properties: { 编号: "IMP-ZONE-1", 名称: "导入片区一", 类型: "矿山集中连片", 期限: "近期" },
          geometry: square(393_000, 3_930_000),
        },
        {
          properties: { 编号: "IMP-ZONE-2", 名称: "导入片区二", 类型: "地质灾害治理", 期限: "中期" },
          geometry: bowtie(394_000, 3_930_000),
        },
        {
          properties: { 编号: "IMP-ZONE-3", 名称: "导入片区三", 类型: "综合治理", 期限: "远期" },
          geometry: square(395_000, 3_930_000),
        },
      ],
      crs: { epsg: 4547, wkt: prjWkt(4547) },
      encoding: "gbk",
    });
    const res = await upload("zones", "片区.zip", file.bytes);
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s.crs).toBe("EPSG:4547");
    expect(s.preview[0]).toMatchObject({ 名称: "导入片区一" });
    expect((s.errors as Issue[]).map((e) => [e.row, e.field, e.code])).toEqual([
      [2, "geometry", "geometry_invalid"],
      [3, "zone_type", "unknown_value"],
    ]);
    const fix = await h.app.inject({
      method: "PATCH",
      url: `/api/imports/${s.id}`,
      headers: planner,
      payload: { mapping: { fields: s.mapping, values: { zone_type: { 综合治理: "erosion" } } } },
    });
    expect((fix.json().errors as Issue[]).map((e) => e.code)).toEqual(["geometry_invalid"]);
    const refused = await h.app.inject({
      method: "POST",
      url: `/api/imports/${s.id}/commit`,
      headers: planner,
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    const commit = await h.app.inject({
      method: "POST",
      url: `/api/imports/${s.id}/commit`,
      headers: planner,
      payload: { repair: true },
    });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json()).toMatchObject({ inserted: 3, updated: 0 });
    const { rows } = await sql<{
      code: string;
      zone_type: string;
      source_srid: number;
      area_m2: number;
      history: number;
    }>`
      SELECT code, zone_type, source_srid, area_m2::float8 AS area_m2,
        (SELECT count(*)::int FROM zone_history h WHERE h.zone_id = z.id) AS history
      FROM treatment_zones z WHERE code LIKE 'IMP-ZONE-%' ORDER BY code`.execute(h.t.db.kysely);
    expect(rows.map((r) => [r.code, r.zone_type, r.source_srid, r.history])).toEqual([
      ["IMP-ZONE-1", "contiguous_mine", 4547, 1],
      ["IMP-ZONE-2", "hazard_works", 4547, 1],
      ["IMP-ZONE-3", "erosion", 4547, 1],
    ]);
    expect(rows[0]?.area_m2).toBeGreaterThan(300 * 250 * 0.99);
    expect(rows[0]?.area_m2).toBeLessThan(300 * 250 * 1.01);

    // an approved zone's outline is locked: the same file again may not rewrite it
    await sql`UPDATE treatment_zones SET status = 'approved' WHERE code = 'IMP-ZONE-1'`.execute(
      h.t.db.kysely,
    );
    const again = await upload("zones", "片区.zip", file.bytes);
    expect((again.json().errors as Issue[]).map((e) => [e.row, e.field, e.code])).toContainEqual([
      1,
      "code",
      "zone_locked",
    ]);
  });
});
