import { decodeTileLayer, tileOf } from "@lianpian/db";
import { rect, SHAPES } from "@lianpian/db/testing";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../../../../test/support/test-app.ts";
import { useAnalysisTestApp } from "./analysis-app.fixtures.ts";

const h = useAnalysisTestApp();
let field: { authorization: string };
beforeAll(async () => {
  field = await loginAs(h.app, "field");
});

async function counts() {
  const { rows } = await sql<{ zones: number; history: number; audit: number }>`
    SELECT (SELECT count(*) FROM treatment_zones)::int AS zones, (SELECT count(*) FROM zone_history)::int AS history,
           (SELECT count(*) FROM audit_log WHERE entity = 'zone')::int AS audit`.execute(h.t.db.kysely);
  const row = rows[0];
  if (!row) throw new Error("no counts");
  return row;
}

async function create(body: Record<string, unknown>, headers = h.planner) {
  return h.app.inject({ method: "POST", url: "/api/zones", headers, payload: body });
}

describe("creating and reading zones", () => {
  it("creates a draft at version 1 with code, counties, distances, computed shares, history and audit", async () => {
    const before = await counts();
    const res = await create({
      geometry: SHAPES.zone,
      name_zh: "测试连片片区",
      zone_type: "contiguous_mine",
    });
    expect(res.statusCode).toBe(201);
    const zone = res.json();
    expect(zone).toMatchObject({ version: 1, status: "draft", county_codes: ["149901"] });
    expect(zone.code).toMatch(/^LP-\d{4}-\d{3}$/);
    expect(Math.abs(zone.area_m2 - 4e6) / 4e6).toBeLessThan(0.001);
    expect(Math.abs(zone.dist_hsr_m - 1000)).toBeLessThan(1);
    expect(zone.parties.map((p: { company_id: number | null }) => p.company_id)).toEqual([
      h.f.companyA,
      h.f.companyB,
      null,
    ]);
    expect(zone.parties.reduce((s: number, p: { share_pct: number }) => s + p.share_pct, 0)).toBeCloseTo(
      100,
      6,
    );
    const after = await counts();
    expect(after).toEqual({ zones: before.zones + 1, history: before.history + 1, audit: before.audit + 1 });
    const got = await h.app.inject({ url: `/api/zones/${zone.id}`, headers: h.planner });
    expect(got.json().geometry.type).toBe("MultiPolygon");
    const list = await h.app.inject({ url: "/api/zones?q=测试连片", headers: h.planner });
    expect(list.json().zones.map((z: { id: number }) => z.id)).toContain(zone.id);
  });

  it("keeps null as null and 0 as 0 in the body (no type coercion of JSON)", async () => {
    const res = await create({
      geometry: SHAPES.zone,
      name_zh: "空值片区",
      zone_type: "erosion",
      budget_wan: null,
      fund_sources: null,
      remarks: null,
      tasks: [
        { task_kind: "mine_restoration", lead_unit: "县自然资源局", budget_wan: 0, planned_area_m2: null },
      ],
    });
    expect(res.statusCode).toBe(201);
    const zone = res.json();
    expect(zone.budget_wan).toBeNull();
    expect(zone.fund_sources).toBeNull();
    expect(zone.remarks).toBeNull();
    expect(zone.tasks[0]).toMatchObject({ budget_wan: 0, planned_area_m2: null });
    const { rows } = await sql<{ budget_wan: number | null; fund_sources: string | null }>`
      SELECT budget_wan, fund_sources FROM treatment_zones WHERE id = ${zone.id}`.execute(h.t.db.kysely);
    expect(rows[0]).toEqual({ budget_wan: null, fund_sources: null });
  });

  it("refuses a taken code with 409 and writes nothing", async () => {
    const before = await counts();
    const res = await create({
      geometry: SHAPES.zone,
      name_zh: "重复编号",
      zone_type: "erosion",
      code: "FZ-ZONE-OTHER",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("zone_code_taken");
    expect(await counts()).toEqual(before);
  });
});

describe("bad input gets a clear 4xx and nothing is written", () => {
  const bowtie = {
    type: "Polygon",
    coordinates: [
      [
        [111.23, 34.83],
        [111.24, 34.84],
        [111.24, 34.83],
        [111.23, 34.84],
        [111.23, 34.83],
      ],
    ],
  };
  const cases: [string, Record<string, unknown>, string, string?][] = [
    ["self-intersecting", { geometry: bowtie }, "invalid_geometry", "self_intersection"],
    ["empty", { geometry: { type: "Polygon", coordinates: [] } }, "invalid_geometry", "empty"],
    [
      "unclosed",
      { geometry: { type: "Polygon", coordinates: [bowtie.coordinates[0]?.slice(0, 4)] } },
      "invalid_geometry",
    ],
    ["a point", { geometry: { type: "Point", coordinates: [111.23, 34.83] } }, "validation_failed"],
    ["far away", { geometry: rectAt(2, 48) }, "invalid_geometry", "out_of_bounds"],
    ["too small", { geometry: rect(0, 0, 20, 20) }, "geometry_too_small"],
    ["an object for a name", { geometry: SHAPES.zone, name_zh: { zh: "名" } }, "validation_failed"],
    ["words for a budget", { geometry: SHAPES.zone, budget_wan: "很多" }, "validation_failed"],
    ["a budget sent as text", { geometry: SHAPES.zone, budget_wan: "12" }, "validation_failed"],
    ["an unknown status field", { geometry: SHAPES.zone, status: "approved" }, "validation_failed"],
    ["an unknown zone type", { geometry: SHAPES.zone, zone_type: "park" }, "validation_failed"],
    ["a string coordinate", { geometry: { type: "Polygon", coordinates: [[["a", 1]]] } }, "invalid_geometry"],
  ];
  for (const [name, patch, code, reason] of cases) {
    it(`refuses ${name}`, async () => {
      const before = await counts();
      const res = await create({ geometry: SHAPES.zone, name_zh: "坏输入", zone_type: "erosion", ...patch });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      const error = res.json().error;
      expect(error.code).toBe(code);
      expect(error.message).toBeTruthy();
      if (reason) expect(error.details.reason).toBe(reason);
      expect(await counts()).toEqual(before);
    });
  }

  it("refuses a body over the zone body cap with 413", async () => {
    const before = await counts();
    const res = await create({ geometry: SHAPES.zone, name_zh: "大".repeat(400_000), zone_type: "erosion" });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("body_too_large");
    expect(await counts()).toEqual(before);
  });

  it("refuses more vertices than the cap", async () => {
    const ring: number[][] = [];
    for (let i = 0; i < 21_000; i++) {
      const a = (i / 21_000) * 2 * Math.PI;
      ring.push([111.23 + 0.01 * Math.cos(a), 34.84 + 0.01 * Math.sin(a)]);
    }
    ring.push(ring[0] as number[]);
    const res = await create({
      geometry: { type: "Polygon", coordinates: [ring] },
      name_zh: "太多顶点",
      zone_type: "erosion",
    });
    expect(res.statusCode).toBe(400);
  });
});

function rectAt(lng: number, lat: number) {
  return {
    type: "Polygon",
    coordinates: [
      [
        [lng, lat],
        [lng + 0.01, lat],
        [lng + 0.01, lat + 0.01],
        [lng, lat + 0.01],
        [lng, lat],
      ],
    ],
  };
}

describe("roles", () => {
  it("gives field 403 and the public 401 on every zone write, and writes nothing", async () => {
    const zone = (
      await create({ geometry: rect(0, 0, 1000, 1000), name_zh: "角色测试", zone_type: "erosion" })
    ).json();
    const before = await counts();
    const writes = [
      {
        method: "POST",
        url: "/api/zones",
        payload: { geometry: SHAPES.zone, name_zh: "不该有", zone_type: "erosion" },
      },
      { method: "PATCH", url: `/api/zones/${zone.id}`, payload: { version: 1, name_zh: "改名" } },
      { method: "DELETE", url: `/api/zones/${zone.id}?version=1` },
      { method: "POST", url: `/api/zones/${zone.id}/status`, payload: { version: 1, status: "planned" } },
      { method: "PUT", url: `/api/zones/${zone.id}/parties`, payload: { version: 1 } },
      { method: "POST", url: `/api/zones/${zone.id}/revert`, payload: { version: 1, to_version: 1 } },
    ] as const;
    for (const w of writes) {
      const asField = await h.app.inject({ ...w, headers: field });
      expect(asField.statusCode, `${w.method} ${w.url} as field`).toBe(403);
      const asPublic = await h.app.inject({ ...w });
      expect(asPublic.statusCode, `${w.method} ${w.url} as public`).toBe(401);
    }
    expect(await counts()).toEqual(before);
    const read = await h.app.inject({ url: `/api/zones/${zone.id}`, headers: field });
    expect(read.statusCode).toBe(403);
  });
});

describe("drafts are a planner's work in progress", () => {
  it("keeps a draft out of the public zones tiles and OGC API, and gives planners the drafts' outlines", async () => {
    const draft = (await create({ geometry: SHAPES.zone, name_zh: "草案片区", zone_type: "erosion" })).json();
    const planned = (
      await create({ geometry: SHAPES.zone, name_zh: "规划片区", zone_type: "erosion" })
    ).json();
    const moved = await h.app.inject({
      method: "POST",
      url: `/api/zones/${planned.id}/status`,
      headers: h.planner,
      payload: { version: 1, status: "planned" },
    });
    expect(moved.json()).toMatchObject({ status: "planned" });

    // Tiles: both zones cover the same ground; only the planned one is drawn.
    const [lng = Number.NaN, lat = Number.NaN] = SHAPES.zone.coordinates[0]?.[0] ?? [];
    const { x, y } = tileOf(lng + 0.005, lat + 0.005, 12);
    const tile = await h.app.inject({ url: `/tiles/zones/12/${x}/${y}.mvt` });
    expect(tile.statusCode).toBe(200);
    const ids = decodeTileLayer(tile.rawPayload, "zones").features.map((f) => f.id);
    expect(ids).toContain(planned.id);
    expect(ids).not.toContain(draft.id);

    // OGC API: not listed, and not found by id.
    const items = await h.app.inject({ url: "/collections/treatment_zones/items?limit=1000" });
    const listed = items.json().features.map((f: { id: number }) => f.id);
    expect(listed).toContain(planned.id);
    expect(listed).not.toContain(draft.id);
    expect((await h.app.inject({ url: `/collections/treatment_zones/items/${draft.id}` })).statusCode).toBe(
      404,
    );
    expect((await h.app.inject({ url: `/collections/treatment_zones/items/${planned.id}` })).statusCode).toBe(
      200,
    );

    // The planner's map draws the drafts from the export, filtered by status.
    const drafts = await h.app.inject({
      url: "/api/zones/export?format=geojson&status=draft",
      headers: h.planner,
    });
    const draftIds = drafts.json().features.map((f: { id: number }) => f.id);
    expect(draftIds).toContain(draft.id);
    expect(draftIds).not.toContain(planned.id);
    expect(
      drafts
        .json()
        .features.every((f: { properties: { status: string } }) => f.properties.status === "draft"),
    ).toBe(true);
    expect((await h.app.inject({ url: "/api/zones/export?status=draft" })).statusCode).toBe(401);
    const bad = await h.app.inject({ url: "/api/zones/export?status=secret", headers: h.planner });
    expect(bad.statusCode).toBe(400);
  });
});
