import { writeGeoPackageLayers } from "@lianpian/formats";
import { prjWkt } from "@lianpian/geo";
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

/** A GeoPackage of two layers in EPSG:4490: rivers (lines) and villages (points). */
function gpkg() {
  const crs = { epsg: 4490, wkt: prjWkt(4490) };
  return writeGeoPackageLayers(
    [
      {
        name: "河流",
        fields: [
          { name: "河流名称", type: "string" },
          { name: "河流等级", type: "string" },
        ],
        features: [
          {
            properties: { 河流名称: "导入测试河", 河流等级: "支流" },
            geometry: {
              type: "LineString",
              coordinates: [
                [112.8, 35.5],
                [112.9, 35.55],
              ],
            },
          },
        ],
        crs,
      },
      {
        name: "村庄",
        fields: [
          { name: "村庄名称", type: "string" },
          { name: "人口", type: "integer" },
          { name: "户数", type: "integer" },
        ],
        features: [
          {
            properties: { 村庄名称: "导入测试村甲", 人口: 820, 户数: 260 },
            geometry: { type: "Point", coordinates: [112.85, 35.5] },
          },
          {
            properties: { 村庄名称: "导入测试村乙", 人口: 410, 户数: 130 },
            geometry: { type: "Point", coordinates: [112.86, 35.51] },
          },
        ],
        crs,
      },
    ],
    "context",
  );
}

describe("a GeoPackage with two layers", () => {
  it("offers both, imports the chosen one into villages (county from the geometry) and rivers by a PATCH of the layer", async () => {
    const file = await gpkg();
    const res = await uploadImport(h.app, planner, "villages", "context.gpkg", file.bytes, { layer: "村庄" });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ crs: "EPSG:4490", feature_count: 2, source_layer: "村庄", errors: [] });
    expect(s.source_layers).toEqual(expect.arrayContaining(["河流", "村庄"]));
    expect(s.mapping).toMatchObject({ name_zh: "村庄名称", population: "人口", households: "户数" });
    const commit = await h.app.inject({
      method: "POST",
      url: `/api/imports/${s.id}/commit`,
      headers: planner,
      payload: {},
    });
    expect(commit.json()).toMatchObject({ inserted: 2, updated: 0 });
    const { rows } = await sql<{ name_zh: string; county_code: string; source_srid: number }>`
      SELECT name_zh, county_code, source_srid FROM villages WHERE name_zh LIKE '导入测试村%' ORDER BY name_zh`.execute(
      h.t.db.kysely,
    );
    expect(rows).toEqual([
      { name_zh: "导入测试村乙", county_code: expect.stringMatching(/^14\d{4}$/), source_srid: 4490 },
      { name_zh: "导入测试村甲", county_code: expect.stringMatching(/^14\d{4}$/), source_srid: 4490 },
    ]);

    const wrongLayer = await uploadImport(h.app, planner, "rivers", "context.gpkg", file.bytes, {
      layer: "村庄",
    });
    expect((wrongLayer.json().errors as { code: string }[]).map((e) => e.code)).toContain("geometry_type");
    const fixed = await h.app.inject({
      method: "PATCH",
      url: `/api/imports/${wrongLayer.json().id}`,
      headers: planner,
      payload: { layer: "河流" },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ source_layer: "河流", feature_count: 1, errors: [] });
    const unknown = await uploadImport(h.app, planner, "rivers", "context.gpkg", file.bytes, {
      layer: "没有",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe("import_unknown_source_layer");
  });
});
