import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { COLLECTIONS, findCollection } from "./collections.ts";
import { CRS84 } from "./crs-uri.ts";
import { readCollectionExtents } from "./extent.repository.ts";
import { type FeatureFixtures, FIXTURE_AREA, insertFeatureFixtures } from "./features.fixtures.ts";
import { type GeoJsonFeature, getFeature, listFeatures } from "./features.repository.ts";
import type { Bbox } from "./items-query.ts";

// Table, geometry column and key of each collection, written out again here so the
// counts below are checked against SQL that does not go through the registry.
const TABLES: Record<string, [table: string, geom: string, key: string]> = {
  counties: ["counties", "geom", "code"],
  rivers: ["rivers", "geom", "id"],
  transport_lines: ["transport_lines", "geom", "id"],
  villages: ["villages", "geom", "id"],
  protected_areas: ["protected_areas", "geom", "id"],
  mines: ["mines", "geom", "id"],
  subsidence_areas: ["subsidence_areas", "geom", "id"],
  hazard_points: ["hazard_points", "geom", "id"],
  corridors: ["corridors", "zone_geom", "id"],
  treatment_zones: ["treatment_zones", "geom", "id"],
  check_dams: ["check_dams", "geom", "id"],
};

let t: TestDatabase;
let fx: FeatureFixtures;
beforeAll(async () => {
  t = await openTestDatabase();
  fx = await insertFeatureFixtures(t.db.kysely);
});
afterAll(async () => t?.drop());

function collection(id: string) {
  const c = findCollection(id);
  if (!c) throw new Error(`no collection ${id}`);
  return c;
}

/** The rows a collection publishes, written out here independently: a draft zone is not public. */
const published = (id: string) => (id === "treatment_zones" ? sql`status <> 'draft'` : sql`true`);

async function sqlCount(id: string, bbox?: Bbox): Promise<number> {
  const [table, geom] = TABLES[id] ?? [];
  if (!table || !geom) throw new Error(id);
  const inBox = bbox
    ? sql`ST_Intersects(${sql.ref(geom)}, ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326))`
    : sql`true`;
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${published(id)} AND ${inBox}`.execute(
    t.db.kysely,
  );
  return rows[0]?.n ?? -1;
}

async function sqlIds(id: string, bbox: Bbox): Promise<number[]> {
  const [table, geom, key] = TABLES[id] ?? [];
  if (!table || !geom || !key) throw new Error(id);
  const { rows } = await sql<{ k: number }>`
    SELECT ${sql.ref(key)}::int AS k FROM ${sql.table(table)}
    WHERE ${published(id)}
      AND ST_Intersects(${sql.ref(geom)}, ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326))
    ORDER BY ${sql.ref(key)} LIMIT 1000`.execute(t.db.kysely);
  return rows.map((r) => r.k);
}

describe("the registry against the schema", () => {
  it("reads only columns that exist: the geometry, the key and each plain property", async () => {
    for (const c of COLLECTIONS) {
      const { rows } = await sql<{ column_name: string }>`
        SELECT column_name FROM information_schema.columns WHERE table_name = ${c.table}`.execute(
        t.db.kysely,
      );
      const columns = new Set(rows.map((r) => r.column_name));
      expect(columns.has(c.geometryColumn), c.id).toBe(true);
      expect(columns.has(c.idColumn), c.id).toBe(true);
      for (const p of c.properties.filter((p) => !p.sql))
        expect(columns.has(p.name), `${c.id}.${p.name}`).toBe(true);
    }
  });
});

/** The default CRS of response and bbox. */
const IN_CRS84 = { crs: CRS84, bboxCrs: CRS84 };

describe("listFeatures", () => {
  it("matches the table's row count and returns Features with exactly the registry's properties", async () => {
    for (const c of COLLECTIONS) {
      const page = await listFeatures(t.db.kysely, c, {
        ...IN_CRS84,
        bbox: undefined,
        limit: 1000,
        offset: 0,
      });
      const total = await sqlCount(c.id);
      expect(page.numberMatched, c.id).toBe(total);
      const features = JSON.parse(page.featuresJson) as GeoJsonFeature[];
      expect(features.length, c.id).toBe(Math.min(total, 1000));
      expect(page.numberReturned, c.id).toBe(features.length);
      for (const f of features) {
        expect(f.type).toBe("Feature");
        expect(Number.isInteger(f.id)).toBe(true);
        if (f.geometry) expect(f.geometry.type, c.id).toBe(c.geometryType);
        expect(Object.keys(f.properties), c.id).toEqual(c.properties.map((p) => p.name));
      }
    }
  });

  it("walks the pages in id order, each feature once", async () => {
    const hazards = collection("hazard_points");
    const { rows } = await sql<{ id: number }>`SELECT id FROM hazard_points ORDER BY id`.execute(t.db.kysely);
    const limit = Math.max(2, Math.ceil(rows.length / 5)); // about five pages, demo data or not
    const seen: number[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = await listFeatures(t.db.kysely, hazards, { ...IN_CRS84, bbox: undefined, limit, offset });
      const ids = (JSON.parse(page.featuresJson) as GeoJsonFeature[]).map((f) => f.id);
      expect(page.numberReturned).toBe(ids.length);
      if (ids.length === 0) break;
      seen.push(...ids);
    }
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it("returns exactly the features intersecting the bbox, in every collection", async () => {
    const [x0, y0, x1, y1] = FIXTURE_AREA;
    const boxes: Bbox[] = [
      [x0, y0, x1, y1],
      [x0 + 0.011, y0 + 0.011, x0 + 0.025, y0 + 0.025],
      [112.5, 35.2, 113.7, 36.2],
      [100, 30, 100.5, 30.5],
    ];
    for (const bbox of boxes) {
      for (const c of COLLECTIONS) {
        const page = await listFeatures(t.db.kysely, c, { ...IN_CRS84, bbox, limit: 1000, offset: 0 });
        expect(page.numberMatched, `${c.id} ${bbox}`).toBe(await sqlCount(c.id, bbox));
        const ids = (JSON.parse(page.featuresJson) as GeoJsonFeature[]).map((f) => f.id);
        expect(ids, `${c.id} ${bbox}`).toEqual(await sqlIds(c.id, bbox));
      }
    }
    // The small box holds hazard points 2 and 3 of the fixtures, not 1, 4 or 5.
    const small = await listFeatures(t.db.kysely, collection("hazard_points"), {
      ...IN_CRS84,
      bbox: boxes[1],
      limit: 1000,
      offset: 0,
    });
    const ids = (JSON.parse(small.featuresJson) as GeoJsonFeature[]).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([fx.hazardIds[1], fx.hazardIds[2]]));
    for (const i of [0, 3, 4]) expect(ids).not.toContain(fx.hazardIds[i]);
  });
});

describe("getFeature", () => {
  it("publishes the effective danger grade and the linked mine, not the monitor", async () => {
    const f = await getFeature(t.db.kysely, collection("hazard_points"), fx.overriddenHazardId);
    expect(f?.properties).toMatchObject({
      danger_grade: "large",
      danger_grade_overridden: true,
      mine_name: "测试矿1",
    });
    expect(JSON.stringify(f)).not.toMatch(/13900000001|张监测|monitor|responsible_/);
  });

  it("summarises a subsidence area's responsible mines by share", async () => {
    const f = await getFeature(t.db.kysely, collection("subsidence_areas"), fx.subsidenceId);
    expect(f?.properties).toMatchObject({
      responsible_mines: "测试矿1 60%；测试矿2 40%",
      responsible_mine_ids: fx.mineIds,
    });
  });

  it("names a mine's company, and looks counties up by code with an integer id", async () => {
    const mine = await getFeature(t.db.kysely, collection("mines"), fx.mineIds[0] ?? 0);
    expect(mine?.properties.company_name).toBe("连片测试煤业有限公司");
    const county = await getFeature(t.db.kysely, collection("counties"), fx.countyCode);
    expect(county).toMatchObject({ id: Number(fx.countyCode), properties: { code: fx.countyCode } });
    expect(await getFeature(t.db.kysely, collection("mines"), 2_000_000_000)).toBeUndefined();
  });
});

describe("readCollectionExtents", () => {
  it("covers the data, and follows a write through the layer version", async () => {
    const hazards = collection("hazard_points");
    const before = (await readCollectionExtents(t.db.kysely, [hazards])).get("hazard_points");
    const [x0, y0] = FIXTURE_AREA;
    expect(before?.[0]).toBeLessThanOrEqual(x0);
    expect(before?.[1]).toBeLessThanOrEqual(y0);
    await sql`UPDATE hazard_points SET geom = ST_SetSRID(ST_MakePoint(114.25, 37.75), 4326)
              WHERE id = ${fx.hazardIds[4] ?? 0}`.execute(t.db.kysely);
    const after = (await readCollectionExtents(t.db.kysely, [hazards])).get("hazard_points");
    expect(after?.[2]).toBeGreaterThanOrEqual(114.25);
    expect(after?.[3]).toBeGreaterThanOrEqual(37.75);
  });

  it("is null once a collection is emptied", async () => {
    await readCollectionExtents(t.db.kysely, [collection("villages")]);
    await sql`DELETE FROM villages`.execute(t.db.kysely);
    const extents = await readCollectionExtents(t.db.kysely, [collection("villages")]);
    expect(extents.get("villages")).toBeNull();
  });
});
