import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { EXPORT_LAYERS } from "@lianpian/db";
import { type FeatureFixtures, insertFeatureFixtures } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

const run = promisify(execFile);
const hasGdal = spawnSync("ogrinfo", ["--version"]).status === 0;
if (!hasGdal && process.env.CI) throw new Error("ogrinfo (gdal-bin) is required in CI for the export test");

const FORMATS = ["geojson", "shp", "gpkg", "kml", "csv", "xlsx", "txt"] as const;
const EXT = {
  geojson: "geojson",
  shp: "zip",
  gpkg: "gpkg",
  kml: "kml",
  csv: "csv",
  xlsx: "xlsx",
  txt: "txt",
};

let h: TestApp;
let fx: FeatureFixtures;
let dir: string;
let planner: Record<string, string>;
beforeAll(async () => {
  h = await openTestApp();
  fx = await insertFeatureFixtures(h.t.db.kysely);
  planner = await loginAs(h.app, "planner");
  dir = mkdtempSync(join(tmpdir(), "lianpian-export-"));
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: "GET", url, headers });

function save(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** ogrinfo's summary and features of a file (a zipped shapefile through /vsizip/). */
async function ogrinfo(path: string, summaryOnly = false): Promise<string> {
  const source = path.endsWith(".zip") ? `/vsizip/${path}` : path;
  const args = ["-ro", "-al", ...(summaryOnly ? ["-so"] : []), source];
  const { stdout } = await run("ogrinfo", args, { timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

describe("every layer in every format", () => {
  // GK 37 with the zone prefix (GBK text), GK 38 without, and CGCS2000 geographic.
  const CRSS = [
    ["EPSG:4525", 4525, "gbk"],
    ["EPSG:4547", 4547, "utf-8"],
    ["EPSG:4490", 4490, "utf-8"],
  ] as const;

  /** A short Chinese text of the layer's first row, to find again in what GDAL reads. */
  async function chineseValue(name: string): Promise<string | undefined> {
    const res = await get(`/api/export/${name}?format=geojson`, planner);
    const first = JSON.parse(res.rawPayload.toString("utf-8")).features[0];
    const values = Object.values(first?.properties ?? {}) as unknown[];
    return values.find(
      (v): v is string => typeof v === "string" && /[\u4e00-\u9fff]/.test(v) && v.length <= 20,
    );
  }

  it.each(EXPORT_LAYERS.map((l) => [l.name, l.geometryKind] as const))(
    "%s: each format in EPSG:4525, 4547 and 4490; GDAL opens SHP, GPKG and KML with the EPSG and the Chinese text",
    async (name, kind) => {
      const text = await chineseValue(name);
      for (const [crs, srid, encoding] of CRSS) {
        for (const format of FORMATS) {
          const kml = format === "kml";
          const url = `/api/export/${name}?format=${format}&crs=${kml ? "EPSG:4490" : crs}&encoding=${encoding}`;
          const res = await get(url, planner);
          if (format === "txt" && (kind !== "polygon" || srid === 4490)) {
            expect(res.statusCode, `${name} ${format} ${crs}`).toBe(400);
            expect(res.json().error.code).toBe("export_not_possible");
            continue;
          }
          expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
          expect(res.headers["content-disposition"]).toMatch(
            /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/,
          );
          expect(res.rawPayload.length).toBeGreaterThan(0);
          if (!hasGdal || !["shp", "gpkg", "kml"].includes(format) || (kml && srid !== 4490)) continue;
          const out = await ogrinfo(
            save(`${name}-${srid}-${encoding}.${EXT[format as "shp"]}`, res.rawPayload),
          );
          expect(out, `${url} EPSG`).toMatch(new RegExp(`ID\\["EPSG",${kml ? 4326 : srid}\\]`));
          if (text) expect(out, `${url} text`).toContain(text);
        }
      }
    },
  );

  it("names the file in UTF-8 and gives GeoJSON rows with the zh labels as keys", async () => {
    const res = await get("/api/export/mines?format=geojson&crs=EPSG:4490", planner);
    const disposition = String(res.headers["content-disposition"]);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toBe("矿山_EPSG4490.geojson");
    const body = JSON.parse(res.rawPayload.toString("utf-8"));
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM mines`.execute(h.t.db.kysely);
    expect(body.features.length).toBe(rows[0]?.n);
    expect(Object.keys(body.features[0].properties)).toContain("矿山名称");
  });
});

describe.skipIf(!hasGdal)("GDAL opens the exports", () => {
  it.each([
    ["EPSG:4547", 4547],
    ["EPSG:4525", 4525],
    ["EPSG:4490", 4490],
  ])(
    "SHP (UTF-8 and GBK) and GPKG of hazards in %s read with their EPSG and Chinese names",
    async (crs, srid) => {
      const ids = fx.hazardIds.join(",");
      for (const [format, encoding] of [
        ["shp", "utf-8"],
        ["shp", "gbk"],
        ["gpkg", "utf-8"],
      ] as const) {
        const res = await get(
          `/api/export/hazards?format=${format}&crs=${crs}&encoding=${encoding}&ids=${ids}`,
          planner,
        );
        expect(res.statusCode).toBe(200);
        const path = save(`hazards-${srid}-${encoding}.${EXT[format]}`, res.rawPayload);
        const summary = await ogrinfo(path, true);
        expect(summary, `${format} ${encoding} ${crs}`).toMatch(new RegExp(`ID\\["EPSG",${srid}\\]`));
        const all = await ogrinfo(path);
        expect(all.match(/^OGRFeature\(/gm)?.length, `${format} ${encoding}`).toBe(fx.hazardIds.length);
        expect(all).toContain("测试隐患点");
      }
    },
  );

  it("KML opens in 4326 with every feature, its Chinese field names and text", async () => {
    const res = await get("/api/export/mines?format=kml", planner);
    expect(res.statusCode).toBe(200);
    const all = await ogrinfo(save("mines.kml", res.rawPayload));
    expect(all).toMatch(/ID\["EPSG",4326\]/);
    const { rows } = await sql<{ n: number; name: string }>`
      SELECT count(*) OVER ()::int AS n, mine_name AS name FROM mines ORDER BY id LIMIT 1`.execute(
      h.t.db.kysely,
    );
    expect(all.match(/^OGRFeature\(/gm)?.length).toBe(rows[0]?.n);
    expect(all).toMatch(/^矿山名称: String/m);
    expect(all).toContain(`矿山名称 (String) = ${rows[0]?.name}`);
  });
});

describe("coordinates and the automatic GK zone", () => {
  it.each([
    ["EPSG:4525", 4525],
    ["EPSG:4547", 4547],
    ["auto-gk&prefix=true", 4526],
    ["auto-gk", 4547],
  ])("crs=%s writes EPSG:%i within 1 mm of ST_Transform", async (crs, srid) => {
    const id = fx.hazardIds[0] ?? 0;
    const res = await get(`/api/export/hazards?format=geojson&crs=${crs}&ids=${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-crs"]).toBe(`<http://www.opengis.net/def/crs/EPSG/0/${srid}>`);
    const [e = 0, n = 0] = JSON.parse(res.rawPayload.toString("utf-8")).features[0].geometry.coordinates;
    const { rows } = await sql<{ x: number; y: number }>`
      SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(geom, ${srid}::int) AS p FROM hazard_points WHERE id = ${id}) s`.execute(
      h.t.db.kysely,
    );
    expect(Math.abs(e - (rows[0]?.x ?? 0))).toBeLessThan(0.001);
    expect(Math.abs(n - (rows[0]?.y ?? 0))).toBeLessThan(0.001);
  });
});

describe("permissions", () => {
  it("anonymous readers get no draft zone and no private column; planners get both", async () => {
    const anonymous = JSON.parse(
      (await get("/api/export/zones?format=geojson")).rawPayload.toString("utf-8"),
    );
    const states = anonymous.features.map((f: { properties: Record<string, unknown> }) => f.properties.状态);
    expect(states).not.toContain("draft");
    const theirs = JSON.parse(
      (await get("/api/export/zones?format=geojson", planner)).rawPayload.toString("utf-8"),
    );
    expect(theirs.features.map((f: { properties: Record<string, unknown> }) => f.properties.状态)).toContain(
      "draft",
    );

    const ids = fx.hazardIds.join(",");
    const open = (await get(`/api/export/hazards?format=csv&ids=${ids}`)).rawPayload.toString("utf-8");
    expect(open).not.toMatch(/13900000001|张监测|监测人/);
    const csv = (await get(`/api/export/hazards?format=csv&ids=${ids}`, planner)).rawPayload.toString(
      "utf-8",
    );
    expect(csv).toContain("13900000001");
  });

  it("an anonymous request for a draft by id gets an empty file, not the draft", async () => {
    const { rows } = await sql<{
      id: number;
    }>`SELECT id FROM treatment_zones WHERE status = 'draft' LIMIT 1`.execute(h.t.db.kysely);
    const res = await get(`/api/export/zones?format=geojson&ids=${rows[0]?.id}`);
    expect(JSON.parse(res.rawPayload.toString("utf-8")).features).toEqual([]);
  });
});

describe("refused exports", () => {
  it.each([
    ["/api/export/users?format=geojson", 404, "unknown_export_layer"],
    ["/api/export/mines?format=dwg", 400, "validation_failed"],
    ["/api/export/mines?crs=EPSG:3857", 400, "unsupported_crs"],
    ["/api/export/mines?crs=EPSG:2385", 400, "unsupported_crs"],
    ["/api/export/mines?crs=wgs84", 400, "unsupported_crs"],
    ["/api/export/mines?format=kml&crs=EPSG:4547", 400, "export_not_possible"],
    ["/api/export/hazards?format=txt", 400, "export_not_possible"],
    ["/api/export/mines?encoding=big5", 400, "validation_failed"],
    ["/api/export/mines?ids=1,x", 400, "validation_failed"],
    ["/api/export/mines?bbox=1,2,3", 400, "bad_bbox"],
  ])("%s → %i %s in our shape", async (url, status, code) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    const { error } = res.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message_en).toBeTruthy();
  });
});
