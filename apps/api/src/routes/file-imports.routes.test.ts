import { writeTargetFile } from "@lianpian/formats";
import { prjWkt } from "@lianpian/geo";
import type { Geometry } from "geojson";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let planner: Record<string, string>;
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => {
  await h?.close();
});

/** A multipart body: text fields first, then the file. */
function form(fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const boundary = "----lianpian-test-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(
  layer: string,
  fileName: string,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
  auth = planner,
) {
  const body = form(fileName, bytes, fields);
  return h.app.inject({
    method: "POST",
    url: `/api/imports?layer=${layer}`,
    headers: { ...auth, ...body.headers },
    payload: body.payload,
  });
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

const TABLES = [
  "file_imports",
  "file_import_rows",
  "file_import_changes",
  "hazard_points",
  "treatment_zones",
  "audit_log",
];
const counts = async () =>
  Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])));

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
