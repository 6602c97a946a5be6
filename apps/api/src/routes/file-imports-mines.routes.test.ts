import { writeTargetFile } from "@lianpian/formats";
import { prjWkt } from "@lianpian/geo";
import { unzipSync, zipSync } from "fflate";
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

/** A parcel with a hole in EPSG:4547 (CM 114°E) near Jincheng. */
function parcel(dx: number): Geometry {
  const e = 393_000 + dx;
  const n = 3_930_000;
  return {
    type: "Polygon",
    coordinates: [
      [
        [e, n],
        [e + 120.5, n],
        [e + 120.5, n + 80.25],
        [e, n + 80.25],
        [e, n],
      ],
      [
        [e + 20, n + 20],
        [e + 20, n + 40],
        [e + 40, n + 40],
        [e + 40, n + 20],
        [e + 20, n + 20],
      ],
    ],
  };
}

/** Two licensed mines as a county bureau sends them: GBK text, no .cpg, EPSG:4547. */
async function minesZip(): Promise<Uint8Array> {
  const written = await writeTargetFile("shp", {
    name: "矿山",
    fields: ["矿山名称", "采矿权人", "采矿许可证号", "开采矿种", "开采方式", "生产状态"].map((name) => ({
      name,
      type: "string" as const,
    })),
    features: [
      {
        properties: {
          矿山名称: "导入测试煤矿",
          采矿权人: "导入测试煤业有限公司",
          采矿许可证号: "C1400002009111220099001",
          开采矿种: "煤炭",
          开采方式: "井工",
          生产状态: "生产",
        },
        geometry: parcel(0),
      },
      {
        properties: {
          矿山名称: "导入测试石料厂",
          采矿权人: "导入测试建材有限公司",
          采矿许可证号: "C1400002010031220099002",
          开采矿种: "建筑石料",
          开采方式: "露天",
          生产状态: "停产",
        },
        geometry: parcel(500),
      },
    ],
    crs: { epsg: 4547, wkt: prjWkt(4547) },
    encoding: "gbk",
  });
  const entries = unzipSync(written.bytes);
  const kept = Object.fromEntries(
    Object.entries(entries).filter(([name]) => !name.toLowerCase().endsWith(".cpg")),
  );
  expect(Object.keys(kept).length).toBeLessThan(Object.keys(entries).length);
  return zipSync(kept);
}

async function count(table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
    h.t.db.kysely,
  );
  return (rows[0] as { n: number }).n;
}

describe("a GBK shapefile of mines without .cpg in EPSG:4547", () => {
  it("is decoded, matched (a DBF name cut to 10 bytes too), committed with corners and holders, and undone", async () => {
    const before = {
      mines: await count("mines"),
      companies: await count("companies"),
      corners: await count("mine_corners"),
    };
    const res = await uploadImport(h.app, planner, "mines", "矿山.zip", await minesZip());
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s.encoding).toMatchObject({ used: "gb18030", source: "detected" });
    expect(s.crs).toBe("EPSG:4547");
    expect(s.preview[0]).toMatchObject({ 矿山名称: "导入测试煤矿", 采矿权人: "导入测试煤业有限公司" });
    expect(s.mapping).toMatchObject({
      mine_name: "矿山名称",
      company_name: "采矿权人",
      license_no: "采矿许可证",
      mineral: "开采矿种",
    });
    expect(s.errors).toEqual([]);

    const commit = await h.app.inject({
      method: "POST",
      url: `/api/imports/${s.id}/commit`,
      headers: planner,
      payload: {},
    });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json()).toMatchObject({ inserted: 2, updated: 0 });
    const { rows } = await sql<{
      status: string;
      mining_method: string;
      source_srid: number;
      area_km2: number;
      company: string;
      corners: number;
      rings: number;
    }>`
      SELECT m.status, m.mining_method, m.source_srid, m.area_km2::float8 AS area_km2, c.name_zh AS company,
        (SELECT count(*)::int FROM mine_corners k WHERE k.mine_id = m.id) AS corners,
        (SELECT count(DISTINCT ring)::int FROM mine_corners k WHERE k.mine_id = m.id) AS rings
      FROM mines m JOIN companies c ON c.id = m.company_id
      WHERE m.license_no IN ('C1400002009111220099001', 'C1400002010031220099002') ORDER BY m.license_no`.execute(
      h.t.db.kysely,
    );
    expect(
      rows.map((r) => [r.status, r.mining_method, r.source_srid, r.company, r.corners, r.rings]),
    ).toEqual([
      ["producing", "underground", 4547, "导入测试煤业有限公司", 8, 2],
      ["suspended", "open_pit", 4547, "导入测试建材有限公司", 8, 2],
    ]);
    const expected = (120.5 * 80.25 - 400) / 1e6;
    // area_km2 is numeric(10, 4): the ellipsoidal area of the parcel less its hole, to 0.0001 km²
    expect(Math.abs((rows[0]?.area_km2 ?? 0) - expected)).toBeLessThanOrEqual(0.00005);
    const corner = await sql<{ x: number; y: number }>`
      SELECT x_northing::float8 AS x, y_easting::float8 AS y FROM mine_corners k JOIN mines m ON m.id = k.mine_id
      WHERE m.license_no = 'C1400002009111220099001' AND ring = 1 AND point_no = 1`.execute(h.t.db.kysely);
    expect(corner.rows[0]).toEqual({ x: 3_930_000, y: 393_000 });

    const undo = await h.app.inject({ method: "DELETE", url: `/api/imports/${s.id}`, headers: planner });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ status: "undone", deleted: 4, restored: 0 });
    expect({
      mines: await count("mines"),
      companies: await count("companies"),
      corners: await count("mine_corners"),
    }).toEqual(before);
  });
});

describe("position checks", () => {
  it("warn of exchanged X/Y in a Gauss-Krüger file, with the rows", async () => {
    const point = (row: number, x: number, y: number) => ({
      type: "Feature",
      properties: {
        统一编号: `14052599020${row}`,
        隐患点名称: `交换点${row}`,
        灾害类型: "滑坡",
        险情等级: "小型",
      },
      geometry: { type: "Point", coordinates: [x, y] },
    });
    // northing written where the easting belongs
    const fc = {
      type: "FeatureCollection",
      features: [point(1, 3_930_000, 393_000), point(2, 3_930_100, 393_100)],
    };
    const res = await uploadImport(
      h.app,
      planner,
      "hazards",
      "swapped.geojson",
      new TextEncoder().encode(JSON.stringify(fc)),
      {
        crs: "EPSG:4547",
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const warning = (res.json().warnings as { code: string; details: { rows: number[] } }[]).find(
      (w) => w.code === "swapped_xy",
    );
    expect(warning?.details.rows).toEqual([1, 2]);
  });
});

describe("saved mappings", () => {
  it("are stored per layer and used for the next file that sends none", async () => {
    const put = await h.app.inject({
      method: "PUT",
      url: "/api/import-mappings/hazards",
      headers: planner,
      payload: {
        mapping: { unified_code: "编码", name_zh: "点名", hazard_type: "种类", danger_grade: "等级" },
        value_maps: { hazard_type: { 塌方: "collapse" } },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const got = await h.app.inject({ method: "GET", url: "/api/import-mappings/hazards", headers: planner });
    expect(got.json()).toMatchObject({
      layer: "hazards",
      mapping: { unified_code: "编码", danger_grade: "等级" },
      updated_by: "planner",
    });
    const fc = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { 编码: "140525990101", 点名: "保存映射点", 种类: "塌方", 等级: "小型" },
          geometry: { type: "Point", coordinates: [112.85, 35.5] },
        },
      ],
    };
    const res = await uploadImport(
      h.app,
      planner,
      "hazards",
      "points.geojson",
      new TextEncoder().encode(JSON.stringify(fc)),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().errors).toEqual([]);
    expect(res.json().mapping).toMatchObject({ unified_code: "编码", name_zh: "点名", hazard_type: "种类" });
    const none = await h.app.inject({ method: "GET", url: "/api/import-mappings/rivers", headers: planner });
    expect(none.statusCode).toBe(404);
    const field = await loginAs(h.app, "field");
    const denied = await h.app.inject({ method: "GET", url: "/api/import-mappings/hazards", headers: field });
    expect(denied.statusCode).toBe(403);
  });
});

describe("the parse time limit", () => {
  it("stops the reader and answers 422 with the reason, nothing staged", async () => {
    const quick = await openTestApp({ LIANPIAN_IMPORT_TIMEOUT_MS: "100" });
    try {
      const admin = await loginAs(quick.app, "admin");
      const res = await uploadImport(quick.app, admin, "mines", "矿山.zip", await minesZip());
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({
        code: "import_timeout",
        message: expect.stringMatching(/超时/),
      });
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM file_imports`.execute(
        quick.t.db.kysely,
      );
      expect(rows[0]?.n).toBe(0);
    } finally {
      await quick.close();
    }
  });
});
