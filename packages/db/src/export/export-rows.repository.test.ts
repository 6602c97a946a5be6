import { IMPORT_LAYER_NAMES, importLayer } from "@lianpian/domain";
import { toProjected } from "@lianpian/geo";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { type FeatureFixtures, insertFeatureFixtures } from "../features/features.fixtures.ts";
import { EXPORT_LAYERS, findExportLayer } from "./export-layers.ts";
import { exportProperties, readExportCentre, readExportRows } from "./export-rows.repository.ts";

let t: TestDatabase;
let fx: FeatureFixtures;
beforeAll(async () => {
  t = await openTestDatabase();
  fx = await insertFeatureFixtures(t.db.kysely);
});
afterAll(async () => t?.drop());

const everyone = { includeDrafts: false, includePrivate: false };
const planner = { includeDrafts: true, includePrivate: true };

async function count(table: string, where = sql``): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)} ${where}`.execute(t.db.kysely);
  return rows[0]?.n ?? -1;
}

const coordinates = (g: unknown) => (g as { coordinates?: number[] } | undefined)?.coordinates ?? [];

function layer(name: string) {
  const l = findExportLayer(name);
  if (!l) throw new Error(name);
  return l;
}

describe("the export registry", () => {
  it("names every import layer once, on the import layer's table, each with unique zh labels (the exported column names)", () => {
    expect(EXPORT_LAYERS.map((l) => l.name)).toEqual([...IMPORT_LAYER_NAMES]);
    for (const l of EXPORT_LAYERS) {
      expect(l.table, l.name).toBe(importLayer(l.name)?.table);
      const labels = exportProperties(l, true).map((p) => p.title.zh);
      expect(new Set(labels).size, l.name).toBe(labels.length);
    }
    expect(findExportLayer("users")).toBeUndefined();
  });
});

describe("readExportRows", () => {
  it("reads every row of every layer in a GK zone, with exactly the registry's properties", async () => {
    for (const l of EXPORT_LAYERS) {
      const rows = await readExportRows(t.db.kysely, l, 4526, planner);
      expect(rows.length, l.name).toBe(await count(l.table));
      for (const r of rows.slice(0, 20)) {
        expect(Object.keys(r.properties), l.name).toEqual(exportProperties(l, true).map((p) => p.name));
      }
    }
  });

  it("gives GK coordinates (easting first, zone prefix included) within 1 mm of proj4 and lon/lat in 4490", async () => {
    const id = fx.hazardIds[0] ?? 0;
    const hazards = layer("hazards");
    const { rows } = await sql<{
      x: number;
      y: number;
    }>`SELECT ST_X(geom) AS x, ST_Y(geom) AS y FROM hazard_points WHERE id = ${id}`.execute(t.db.kysely);
    const lngLat: [number, number] = [rows[0]?.x ?? 0, rows[0]?.y ?? 0];
    for (const srid of [4526, 4547] as const) {
      const [row] = await readExportRows(t.db.kysely, hazards, srid, { ...everyone, ids: [id] });
      const [e = 0, n = 0] = coordinates(row?.geometry);
      const [pe, pn] = toProjected(lngLat, srid);
      expect(Math.abs(e - pe), `${srid} easting`).toBeLessThan(0.001);
      expect(Math.abs(n - pn), `${srid} northing`).toBeLessThan(0.001);
    }
    expect(Math.floor(toProjected(lngLat, 4526)[0] / 1e6)).toBe(38);
    const [cgcs] = await readExportRows(t.db.kysely, hazards, 4490, { ...everyone, ids: [id] });
    const [lng = 0, lat = 0] = coordinates(cgcs?.geometry);
    expect(Math.abs(lng - lngLat[0]) + Math.abs(lat - lngLat[1])).toBeLessThan(1e-8);
  });

  it("leaves out draft zones and private columns unless the reader may see them", async () => {
    const zones = layer("zones");
    const published = await readExportRows(t.db.kysely, zones, 4490, everyone);
    expect(published.length).toBe(await count("treatment_zones", sql`WHERE status <> 'draft'`));
    expect(published.some((r) => r.properties.status === "draft")).toBe(false);
    const all = await readExportRows(t.db.kysely, zones, 4490, planner);
    expect(all.some((r) => r.properties.status === "draft")).toBe(true);

    const hazards = layer("hazards");
    const [open] = await readExportRows(t.db.kysely, hazards, 4490, { ...everyone, ids: fx.hazardIds });
    expect(Object.keys(open?.properties ?? {})).not.toContain("monitor_phone");
    const privateRows = await readExportRows(t.db.kysely, hazards, 4490, { ...planner, ids: fx.hazardIds });
    expect(privateRows.map((r) => r.properties.monitor_phone)).toContain("13900000001");
  });

  it("selects by ids (serials and county codes), by bbox and by a zone's outline", async () => {
    const mines = await readExportRows(t.db.kysely, layer("mines"), 4326, { ...everyone, ids: fx.mineIds });
    expect(mines.map((r) => r.id)).toEqual([...fx.mineIds].sort((a, b) => a - b));
    const counties = await readExportRows(t.db.kysely, layer("counties"), 4326, {
      ...everyone,
      ids: [fx.countyCode],
    });
    expect(counties.map((r) => r.id)).toEqual([fx.countyCode]);

    const bbox = [112.9, 35.5, 112.96, 35.56] as const;
    const inBox = await readExportRows(t.db.kysely, layer("hazards"), 4326, { ...everyone, bbox });
    expect(inBox.length).toBe(
      await count(
        "hazard_points",
        sql`WHERE ST_Intersects(geom, ST_MakeEnvelope(112.9, 35.5, 112.96, 35.56, 4326))`,
      ),
    );

    const { rows } = await sql<{
      id: number;
    }>`SELECT id FROM treatment_zones WHERE code = 'FX-ZONE-001'`.execute(t.db.kysely);
    const zoneId = rows[0]?.id ?? 0;
    const one = await readExportRows(t.db.kysely, layer("zones"), 4547, { ...everyone, zoneId });
    expect(one.map((r) => r.id)).toEqual([zoneId]);
    const { rows: drafts } = await sql<{
      id: number;
    }>`SELECT id FROM treatment_zones WHERE code = 'FX-ZONE-002'`.execute(t.db.kysely);
    const draftId = drafts[0]?.id ?? 0;
    expect(await readExportRows(t.db.kysely, layer("mines"), 4547, { ...everyone, zoneId: draftId })).toEqual(
      [],
    );
    expect(
      (await readExportRows(t.db.kysely, layer("mines"), 4547, { ...planner, zoneId: draftId })).length,
    ).toBe(
      await count(
        "mines",
        sql`WHERE ST_Intersects(geom, (SELECT geom FROM treatment_zones WHERE id = ${draftId}))`,
      ),
    );
    const inZone = await readExportRows(t.db.kysely, layer("hazards"), 4547, { ...everyone, zoneId });
    expect(inZone.length).toBe(
      await count(
        "hazard_points",
        sql`WHERE ST_Intersects(geom, (SELECT geom FROM treatment_zones WHERE id = ${zoneId}))`,
      ),
    );
  });

  it("finds the middle meridian of the selection, null when nothing is selected", async () => {
    const lng = await readExportCentre(t.db.kysely, layer("hazards"), {
      ...everyone,
      ids: [fx.hazardIds[0] ?? 0],
    });
    expect(lng).toBeGreaterThanOrEqual(112.9);
    expect(lng).toBeLessThanOrEqual(112.96);
    expect(await readExportCentre(t.db.kysely, layer("hazards"), { ...everyone, ids: [-1] })).toBeNull();
  });
});
