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

function upload(layer: string, fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  return uploadImport(h.app, planner, layer, fileName, bytes, fields);
}

const hazard = (
  code: string,
  name: string,
  type: string,
  people: number | string,
  lng: number,
  lat: number,
) => ({
  type: "Feature",
  properties: {
    统一编号: code,
    隐患点名称: name,
    灾害类型: type,
    险情等级: "中型",
    威胁人数: people,
    威胁户数: 3,
  },
  geometry: { type: "Point", coordinates: [lng, lat] },
});

function hazardsFile(people = 12) {
  const fc = {
    type: "FeatureCollection",
    features: [
      hazard("140525990001", "导入测试崩塌一", "崩塌", people, 112.85, 35.5),
      hazard("140525990002", "导入测试滑坡二", "滑坡", 8, 112.86, 35.51),
      hazard("140525990003", "导入测试塌方三", "塌方", 5, 112.87, 35.52),
      hazard("140525990004", "导入测试塌方四", "塌方", "约20", 112.88, 35.53),
    ],
  };
  return new TextEncoder().encode(JSON.stringify(fc));
}

async function count(table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
    h.t.db.kysely,
  );
  return (rows[0] as { n: number }).n;
}

interface Issue {
  row: number | null;
  field: string | null;
  code: string;
  message: string;
  message_en: string;
}

describe("a GeoJSON of hazard points", () => {
  let id: number;
  let secondId: number;

  it("is staged with its two bad rows listed by row, field and code, and nothing written to the layer", async () => {
    const before = await count("hazard_points");
    const res = await upload("hazards", "隐患点.geojson", hazardsFile());
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    id = s.id;
    expect(s).toMatchObject({
      layer: "hazards",
      file_name: "隐患点.geojson",
      status: "staged",
      feature_count: 4,
    });
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.crs).toBe("EPSG:4326");
    expect(s.mapping).toMatchObject({
      unified_code: "统一编号",
      name_zh: "隐患点名称",
      hazard_type: "灾害类型",
    });
    expect(s.preview[0]).toMatchObject({ 隐患点名称: "导入测试崩塌一" });
    expect(s.column_mapping).toEqual({
      统一编号: "unified_code",
      隐患点名称: "name_zh",
      灾害类型: "hazard_type",
      险情等级: "danger_grade",
      威胁人数: "threatened_people",
      威胁户数: "threatened_households",
    });
    const errors = (s.errors as Issue[]).map((e) => [e.row, e.field, e.code]);
    expect(errors).toEqual([
      [3, "hazard_type", "unknown_value"],
      [4, "hazard_type", "unknown_value"],
      [4, "threatened_people", "not_a_number"],
    ]);
    for (const e of s.errors as Issue[]) expect(e.message.length && e.message_en.length).toBeGreaterThan(0);
    expect(await count("hazard_points")).toBe(before);
  });

  it("shows the staged rows as GeoJSON with each row's errors", async () => {
    const res = await h.app.inject({ method: "GET", url: `/api/imports/${id}/features`, headers: planner });
    expect(res.statusCode).toBe(200);
    const fc = res.json();
    expect(fc.features).toHaveLength(4);
    expect(fc.features[0].geometry).toEqual({ type: "Point", coordinates: [112.85, 35.5] });
    expect(fc.features[0].properties).toMatchObject({
      row: 1,
      errors: [],
      hazard_type: "collapse",
      county_code: expect.stringMatching(/^\d{6}$/),
    });
    expect(fc.features[3].properties.errors).toHaveLength(2);
  });

  it("refuses a commit while rows have errors (409 listing them)", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: `/api/imports/${id}/commit`,
      headers: planner,
      payload: {},
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("import_has_errors");
    expect(res.json().error.details.errors).toHaveLength(3);
  });

  it("is clean after a PATCH of the mapping (a value map, the number column unmapped)", async () => {
    const res = await h.app.inject({
      method: "PATCH",
      url: `/api/imports/${id}`,
      headers: planner,
      payload: {
        mapping: {
          fields: {
            unified_code: "统一编号",
            name_zh: "隐患点名称",
            hazard_type: "灾害类型",
            danger_grade: "险情等级",
            threatened_households: "威胁户数",
          },
          values: { hazard_type: { 塌方: "collapse" } },
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().errors).toEqual([]);
    expect(res.json().mapping.threatened_people).toBeNull();
  });

  it("commits all rows into the layer, found in the OGC API", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: `/api/imports/${id}/commit`,
      headers: planner,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ inserted: 4, updated: 0 });
    const { rows } = await sql<{ unified_code: string; hazard_type: string; source_srid: number }>`
      SELECT unified_code, hazard_type, source_srid FROM hazard_points WHERE unified_code LIKE '1405259900%' ORDER BY 1`.execute(
      h.t.db.kysely,
    );
    expect(rows.map((r) => r.hazard_type)).toEqual(["collapse", "landslide", "collapse", "collapse"]);
    expect(rows.every((r) => r.source_srid === 4326)).toBe(true);
    const items = await h.app.inject({
      method: "GET",
      url: "/collections/hazard_points/items?bbox=112.84,35.49,112.89,35.54&limit=1000",
    });
    const names = (items.json().features as { properties: { name_zh: string } }[]).map(
      (f) => f.properties.name_zh,
    );
    expect(names).toEqual(expect.arrayContaining(["导入测试崩塌一", "导入测试塌方四"]));
    const audit = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'import.commit' AND entity_id = ${String(id)}`.execute(
      h.t.db.kysely,
    );
    expect(audit.rows[0]?.n).toBe(1);
  });

  it("updates instead of duplicating when the same rows come again, and an undo restores them", async () => {
    const before = await count("hazard_points");
    const res = await upload("hazards", "隐患点.geojson", hazardsFile(99), {
      mapping: JSON.stringify({
        fields: {
          unified_code: "统一编号",
          name_zh: "隐患点名称",
          hazard_type: "灾害类型",
          danger_grade: "险情等级",
          threatened_people: "威胁人数",
        },
        values: { hazard_type: { 塌方: "collapse" } },
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    secondId = res.json().id;
    const commit = await h.app.inject({
      method: "POST",
      url: `/api/imports/${secondId}/commit`,
      headers: planner,
      payload: { skip_rows: [4] },
    });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json()).toMatchObject({ inserted: 0, updated: 3, skipped: 1 });
    expect(await count("hazard_points")).toBe(before);
    const people = async () =>
      (
        await sql<{
          p: number;
        }>`SELECT threatened_people AS p FROM hazard_points WHERE unified_code = '140525990001'`.execute(
          h.t.db.kysely,
        )
      ).rows[0]?.p;
    expect(await people()).toBe(99);
    const undo = await h.app.inject({ method: "DELETE", url: `/api/imports/${secondId}`, headers: planner });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ status: "undone", restored: 3, deleted: 0 });
    expect(await people()).toBe(0);
  });

  it("refuses to undo once a row was edited, listing the row", async () => {
    await sql`UPDATE hazard_points SET name_zh = '已编辑' WHERE unified_code = '140525990002'`.execute(
      h.t.db.kysely,
    );
    const res = await h.app.inject({ method: "DELETE", url: `/api/imports/${id}`, headers: planner });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("import_rows_changed");
    // rows 1–3 were also rewritten by the second import and its undo; row 4 is untouched since
    const changed = res.json().error.details.rows as { row: number }[];
    expect(changed).toContainEqual({
      row: 2,
      table: "hazard_points",
      id: expect.any(String),
      change: "edited",
    });
    expect(changed.map((r) => r.row)).not.toContain(4);
    expect(await count("hazard_points")).toBeGreaterThan(0);
  });

  it("lists the imports with who, file, SHA-256, counts and state", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/imports", headers: planner });
    const list = res.json().imports as {
      id: number;
      status: string;
      created_by: string;
      inserted: number | null;
    }[];
    expect(list.find((i) => i.id === id)).toMatchObject({
      status: "committed",
      created_by: "planner",
      inserted: 4,
    });
    expect(list.find((i) => i.id === secondId)).toMatchObject({ status: "undone" });
  });
});
