import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

const run = promisify(execFile);
const hasGdal = spawnSync("ogrinfo", ["--version"]).status === 0;
if (!hasGdal && process.env.CI)
  throw new Error("ogrinfo (gdal-bin) is required in CI for the zone export test");

let h: TestApp;
let planner: Record<string, string>;
let dir: string;
let zoneId: number;
let zoneCode: string;

// Two squares of ~1.1 km, 20 m apart, closed into one outline by the analysis API and saved as a zone.
const square = (x: number, y: number, d: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  dir = mkdtempSync(join(tmpdir(), "lianpian-zone-export-"));
  const closed = await h.app.inject({
    method: "POST",
    url: "/api/analysis/close-gaps",
    headers: planner,
    payload: {
      geometries: [square(112.9, 35.5, 0.01), square(112.9102, 35.5, 0.01)],
      gap_m: 40,
    },
  });
  if (closed.statusCode !== 200) throw new Error(`close-gaps: ${closed.statusCode} ${closed.body}`);
  const created = await h.app.inject({
    method: "POST",
    url: "/api/zones",
    headers: planner,
    payload: { geometry: closed.json().geometry, name_zh: "导出测试片区", zone_type: "contiguous_mine" },
  });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  zoneId = created.json().id;
  zoneCode = created.json().code;
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, headers = planner) => h.app.inject({ method: "GET", url, headers });

/** The stored outline's vertices in a GK zone, ring by ring, as PostGIS gives them. */
async function storedCorners(srid: number) {
  const { rows } = await sql<{ part: number; ring: number; x: number; y: number }>`
    SELECT d.path[1] AS part, d.path[2] AS ring, ST_Y(d.geom) AS x, ST_X(d.geom) AS y
    FROM treatment_zones z, ST_DumpPoints(ST_Transform(z.geom, ${srid}::int)) d
    WHERE z.id = ${zoneId} ORDER BY d.path`.execute(h.t.db.kysely);
  return rows;
}

describe("one zone's 拐点坐标表", () => {
  it.each([4547, 4526])(
    "corners.json in EPSG:%i is the stored, cleaned outline to 0.01 m, ring by ring",
    async (srid) => {
      const res = await get(`/api/zones/${zoneId}/export?format=corners.json&crs=EPSG:${srid}`);
      expect(res.statusCode).toBe(200);
      const table = res.json();
      expect(table.zone).toMatchObject({ id: zoneId, code: zoneCode, name_zh: "导出测试片区" });
      expect(table.crs.epsg).toBe(srid);
      const stored = await storedCorners(srid);
      expect(table.corners).toHaveLength(stored.length);
      table.corners.forEach(
        (c: { part: number; ring: number; x: number; y: number; pointNo: string }, i: number) => {
          const s = stored[i];
          expect([c.part, c.ring]).toEqual([s?.part, s?.ring]);
          expect(Math.abs(c.x - (s?.x ?? 0))).toBeLessThanOrEqual(0.0051);
          expect(Math.abs(c.y - (s?.y ?? 0))).toBeLessThanOrEqual(0.0051);
        },
      );
      expect(table.corners[0].pointNo).toBe("J1");
      expect(table.corners[0].lon).toMatch(/^112°5\d′\d{2}\.\d{2}″$/);
      // No micro-vertices: consecutive corners at least the cleaning tolerance apart.
      for (let i = 1; i < table.corners.length; i++) {
        const [a, b] = [table.corners[i - 1], table.corners[i]];
        if (a.ring !== b.ring || a.part !== b.part) continue;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(0.05);
      }
      const { rows } = await sql<{
        area: number;
      }>`SELECT area_m2 AS area FROM treatment_zones WHERE id = ${zoneId}`.execute(h.t.db.kysely);
      expect(table.area.m2).toBeCloseTo(rows[0]?.area ?? 0, 1);
    },
  );

  it("auto-gk picks the 3° zone of the outline's meridian (38), with or without the prefix", async () => {
    expect((await get(`/api/zones/${zoneId}/export?format=corners.json`)).json().crs.epsg).toBe(4547);
    expect(
      (await get(`/api/zones/${zoneId}/export?format=corners.json&crs=auto-gk&prefix=true`)).json().crs.epsg,
    ).toBe(4526);
  });

  it("corners.xlsx holds the header rows and one row per corner", async () => {
    const res = await get(`/api/zones/${zoneId}/export?format=corners.xlsx&crs=EPSG:4547`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers["content-disposition"]).split("UTF-8''")[1] ?? "")).toBe(
      `${zoneCode}_拐点坐标表_EPSG4547.xlsx`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("拐点坐标表");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getRow(2).values).toEqual([undefined, "片区编号", zoneCode, "片区名称", "导出测试片区"]);
    expect(String(sheet.getRow(3).getCell(2).value)).toContain("EPSG:4547");
    expect(sheet.getRow(4).getCell(1).value).toBe("面积（m²）");
    expect(sheet.getRow(7).getCell(3).value).toBe("点号");
    const json = (await get(`/api/zones/${zoneId}/export?format=corners.json&crs=EPSG:4547`)).json();
    expect(sheet.rowCount).toBe(7 + json.corners.length);
    const first = sheet.getRow(8);
    expect([first.getCell(3).value, first.getCell(4).value, first.getCell(5).value]).toEqual([
      "J1",
      json.corners[0].x,
      json.corners[0].y,
    ]);
  });
});

describe("one zone in every format", () => {
  it.each([
    ["EPSG:4525", 4525],
    ["EPSG:4547", 4547],
    ["EPSG:4490", 4490],
  ])(
    "%s: each format, and GDAL reads SHP (GBK), GPKG and KML with the EPSG and the name",
    async (crs, srid) => {
      for (const format of ["geojson", "shp", "gpkg", "csv", "xlsx", "txt", "kml"]) {
        const kml = format === "kml";
        const res = await get(
          `/api/zones/${zoneId}/export?format=${format}&crs=${kml ? "EPSG:4490" : crs}&encoding=gbk`,
        );
        if (format === "txt" && srid === 4490) {
          // 国土 TXT coordinates are X/Y in a Gauss-Krüger zone.
          expect(res.json().error.code).toBe("export_not_possible");
          continue;
        }
        expect(res.statusCode, `${format}: ${res.body.slice(0, 200)}`).toBe(200);
        if (!hasGdal || !["shp", "gpkg", "kml"].includes(format)) continue;
        const path = join(dir, `${zoneCode}-${srid}.${format === "shp" ? "zip" : format}`);
        writeFileSync(path, res.rawPayload);
        const { stdout } = await run("ogrinfo", ["-ro", "-al", format === "shp" ? `/vsizip/${path}` : path]);
        expect(stdout).toMatch(new RegExp(`ID\\["EPSG",${kml ? 4326 : srid}\\]`));
        expect(stdout).toContain("导出测试片区");
        expect(stdout.match(/^OGRFeature\(/gm)?.length).toBe(1);
      }
    },
  );

  it("keeps the WGS 84 GeoJSON and CSV of the zone record when no crs is given", async () => {
    const gj = await get(`/api/zones/${zoneId}/export?format=geojson`);
    expect(gj.json().features[0].properties).toMatchObject({
      id: zoneId,
      code: zoneCode,
      area_mu: expect.any(Number),
    });
    const csv = await get(`/api/zones/${zoneId}/export?format=csv`);
    expect(csv.body).toContain("面积（亩）");
  });

  it("refuses anonymous readers, a bad crs and a geographic-only format in GK", async () => {
    expect((await h.app.inject({ url: `/api/zones/${zoneId}/export?format=shp` })).statusCode).toBe(401);
    const bad = await get(`/api/zones/${zoneId}/export?format=shp&crs=EPSG:3857`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("unsupported_crs");
    const kml = await get(`/api/zones/${zoneId}/export?format=kml&crs=EPSG:4547`);
    expect(kml.json().error.code).toBe("export_not_possible");
    expect((await get(`/api/zones/${zoneId}/export?format=dxf`)).statusCode).toBe(400);
  });
});
