import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { insertFeatureFixtures } from "@lianpian/db/testing";
import { findPrivateKeys } from "@lianpian/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

// GDAL's OAPIF driver reads the API as QGIS and ogr2ogr users will. It runs as a
// child process (async: the server answering it lives in this process).
const run = promisify(execFile);
const hasGdal = spawnSync("ogrinfo", ["--version"]).status === 0;
if (!hasGdal && process.env.CI) throw new Error("ogrinfo (gdal-bin) is required in CI for the OGC API test");

// A field of each collection that GDAL must list, with the type it must give it.
const EXPECTED_FIELDS: Record<string, string[]> = {
  counties: ["swc_target_2025: Real", "name_zh: String"],
  rivers: ["river_class: String"],
  transport_lines: ["kind: String"],
  villages: ["population: Integer"],
  protected_areas: ["protection_level: String"],
  mines: ["company_name: String", "valid_to: Date", "production_scale: Real"],
  subsidence_areas: [
    "townships: StringList",
    "responsible_mine_ids: IntegerList",
    "ponding: Integer(Boolean)",
  ],
  hazard_points: ["danger_grade: String", "threatened_people: Integer", "updated_at: DateTime"],
  corridors: ["length_m: Real", "functions: StringList"],
  treatment_zones: ["phase: String", "version: Integer"],
};

interface Page {
  features: { geometry: { coordinates: number[][][][] } }[];
}

describe.skipIf(!hasGdal)("GDAL reads the OGC API", () => {
  let h: TestApp;
  let root: string;
  beforeAll(async () => {
    h = await openTestApp();
    await insertFeatureFixtures(h.t.db.kysely);
    await h.app.listen({ host: "127.0.0.1", port: 0 });
    const address = h.app.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    root = `OAPIF:http://127.0.0.1:${address.port}/`;
  });
  afterAll(async () => h?.close());

  it("ogrinfo lists every collection as a layer with its typed fields", async () => {
    const { stdout } = await run("ogrinfo", ["-ro", "-so", "-al", root], { timeout: 60_000 });
    for (const [layer, fields] of Object.entries(EXPECTED_FIELDS)) {
      const start = stdout.indexOf(`Layer name: ${layer}\n`);
      expect(start, layer).toBeGreaterThanOrEqual(0);
      const next = stdout.indexOf("Layer name: ", start + 1);
      const section = stdout.slice(start, next < 0 ? undefined : next);
      for (const field of fields) expect(section, `${layer} ${field}`).toContain(`\n${field} (`);
      expect(section).not.toMatch(/monitor_|responsible_name|responsible_phone|balance_wan/);
    }
  });

  it("ogr2ogr copies every hazard point with its geometry, following the pages", async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM hazard_points`.execute(
      h.t.db.kysely,
    );
    const total = rows[0]?.n ?? 0;
    const pageSize = Math.max(2, Math.ceil(total / 4)); // several pages, demo data or not
    const { stdout } = await run(
      "ogr2ogr",
      ["-f", "GeoJSON", "/vsistdout/", "-oo", `PAGE_SIZE=${pageSize}`, root, "hazard_points"],
      { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const out = JSON.parse(stdout) as {
      features: { geometry: { type: string } | null; properties: object }[];
    };
    expect(out.features.length).toBe(total);
    for (const f of out.features) expect(f.geometry?.type).toBe("Point");
    expect(findPrivateKeys(out)).toEqual([]);
  });

  it("items in a GK zone (crs=EPSG:4547, Part 2) agree with GDAL's own transform within 2 cm", async () => {
    // GDAL 3.6's OAPIF driver predates Part 2's CRS option, so PROJ through gdaltransform is the oracle.
    const http = root.slice("OAPIF:".length);
    const crs = "http://www.opengis.net/def/crs/EPSG/0/4547";
    const page = async (url: string) => (await (await fetch(url)).json()) as Page;
    const lonLat = await page(`${http}collections/mines/items?limit=5`);
    const gk = await page(`${http}collections/mines/items?limit=5&crs=${encodeURIComponent(crs)}`);
    const points = lonLat.features.flatMap((f) => f.geometry.coordinates[0]?.[0]?.slice(0, 3) ?? []);
    const expected = gk.features.flatMap((f) => f.geometry.coordinates[0]?.[0]?.slice(0, 3) ?? []);
    expect(points.length).toBeGreaterThan(0);
    const child = execFile("gdaltransform", ["-s_srs", "EPSG:4326", "-t_srs", "EPSG:4547", "-output_xy"]);
    const out = new Promise<string>((resolve) => {
      let text = "";
      child.stdout?.on("data", (d) => {
        text += d;
      });
      child.on("close", () => resolve(text));
    });
    child.stdin?.end(points.map(([x, y]) => `${x} ${y}`).join("\n"));
    const rows = (await out)
      .trim()
      .split("\n")
      .map((l) => l.split(/\s+/).map(Number));
    expect(rows).toHaveLength(expected.length);
    rows.forEach(([e = 0, n = 0], i) => {
      const [northing = 0, easting = 0] = expected[i] ?? [];
      // Our CRS84 input is rounded to 1e-7° (~1 cm), so compare GDAL on those inputs with a 2 cm bound,
      // and the GK output itself against PostGIS in features-crs.routes.test.ts (1 mm).
      expect(Math.abs(e - easting)).toBeLessThan(0.02);
      expect(Math.abs(n - northing)).toBeLessThan(0.02);
    });
  });

  it("ogrinfo's spatial filter goes to the server as a bbox and gets the intersecting points", async () => {
    const { stdout } = await run(
      "ogrinfo",
      ["-ro", "-spat", "112.911", "35.511", "112.925", "35.525", root, "hazard_points"],
      { timeout: 60_000 },
    );
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM hazard_points
      WHERE ST_Intersects(geom, ST_MakeEnvelope(112.911, 35.511, 112.925, 35.525, 4326))`.execute(
      h.t.db.kysely,
    );
    expect(stdout.match(/^OGRFeature\(hazard_points\)/gm)?.length ?? 0).toBe(rows[0]?.n);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(2);
  });
});
