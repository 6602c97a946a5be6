import { rect as rectAtOrigin } from "@lianpian/db/testing";
import { geodesicArea } from "@lianpian/geo";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

const rect = (x0: number, y0: number, x1: number, y1: number) =>
  rectAtOrigin(80_000 + x0, y0, 80_000 + x1, y1);
let h: TestApp;
let planner: Record<string, string>;
let reviewer: Record<string, string>;
let mineId = 0;

beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  reviewer = await loginAs(h.app, "reviewer");
  const db = h.t.db.kysely;
  const { rows } = await sql<{ id: number }>`
    WITH c AS (INSERT INTO companies (name_zh, data_source) VALUES ('接口测试矿业', 'fixture') RETURNING id)
    INSERT INTO mines (license_no, mine_name, company_id, county_code, mineral, mining_method, production_scale,
                       valid_to, safety_permit_valid_to, remaining_service_years, status, geom, data_source)
    SELECT 'C1499400000000000000001', '接口测试铁矿', c.id, '140525', 'iron', 'open_pit', 29.9, '2030-12-31',
           '2028-12-31', 4.9, 'producing',
           ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(rect(0, 0, 300, 300))}::text), 4326)), 'fixture'
    FROM c RETURNING id`.execute(db);
  mineId = rows[0]?.id as number;
  await sql`INSERT INTO protected_areas (name_zh, kind, protection_level, geom, data_source)
    VALUES ('接口测试红线', 'ecological_red_line', 'county',
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(rect(1000, 0, 2000, 1000))}::text), 4326)), 'fixture')`.execute(
    db,
  );
});
afterAll(async () => {
  await h?.close();
});

type Mine = { id: number; computed: { class: string; reasons: { code: string }[] }; effective: string };

describe("GET /api/rectification/mines", () => {
  it("classes each non-coal mine with reasons and counts per county; the public may not read it", async () => {
    expect((await h.app.inject({ url: "/api/rectification/mines" })).statusCode).toBe(401);
    const res = await h.app.inject({
      url: "/api/rectification/mines?county=140525&as_of=2025-06-30",
      headers: reviewer,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      mines: Mine[];
      counts_by_county: { county_code: string }[];
      new_vs_closed: object;
    };
    const mine = body.mines.find((m) => m.id === mineId);
    expect(mine?.computed.class).toBe("guided_exit");
    expect(mine?.computed.reasons.map((r) => r.code)).toEqual(["below_scale_short_life"]);
    expect(body.counts_by_county.map((c) => c.county_code)).toEqual(["140525"]);
    expect(body.new_vs_closed).toHaveProperty("ok");
  });

  it("exports the table as CSV", async () => {
    const res = await h.app.inject({
      url: "/api/rectification/mines?county=140525&format=csv",
      headers: reviewer,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.body).toContain("接口测试铁矿");
    expect(res.body).toContain("引导退出 guided_exit");
  });
});

describe("PUT /api/rectification/mines/:id/class", () => {
  it("records the planner's class, which wins; a class without basis is a 400; a reviewer may not", async () => {
    const url = `/api/rectification/mines/${mineId}/class`;
    const bad = await h.app.inject({
      method: "PUT",
      url,
      headers: planner,
      payload: { disposition: "upgrade", basis: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("rectification_basis_required");
    const denied = await h.app.inject({
      method: "PUT",
      url,
      headers: reviewer,
      payload: { disposition: "upgrade", basis: "泽州县文件" },
    });
    expect(denied.statusCode).toBe(403);
    const ok = await h.app.inject({
      method: "PUT",
      url,
      headers: planner,
      payload: { disposition: "consolidate", basis: "泽州县非煤矿山整治方案" },
    });
    expect(ok.statusCode).toBe(204);
    const list = await h.app.inject({ url: "/api/rectification/mines?class=consolidate", headers: planner });
    const mine = (list.json() as { mines: Mine[] }).mines.find((m) => m.id === mineId);
    expect(mine).toMatchObject({ effective: "consolidate", computed: { class: "guided_exit" } });
    const missing = await h.app.inject({
      method: "PUT",
      url: "/api/rectification/mines/999999/class",
      headers: planner,
      payload: { disposition: null, basis: null },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe("没有这个持证非煤矿山");
  });
});

describe("new allocation", () => {
  it("checks a proposed area: the protected-area overlap in m² and 亩", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/rectification/allocation-check",
      headers: reviewer,
      payload: {
        mineral: "iron",
        mining_method: "open_pit",
        deposit_scale: "medium",
        production_scale: 80,
        geometry: rect(1800, 100, 2200, 300),
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      ok: boolean;
      overlaps: { kind: string; overlap_m2: number; overlap_mu: number }[];
    };
    expect(body.ok).toBe(false);
    const expected = geodesicArea(rect(1800, 100, 2000, 300));
    expect(body.overlaps.map((o) => o.kind)).toEqual(["protected_area"]);
    expect(Math.abs((body.overlaps[0]?.overlap_m2 ?? 0) - expected) / expected).toBeLessThan(1e-3);
    expect(body.overlaps[0]?.overlap_mu).toBeCloseTo(((body.overlaps[0]?.overlap_m2 ?? 0) * 15) / 10_000, 6);
  });

  it("stores a proposal, approves it and the running count moves", async () => {
    const count = async () =>
      (
        (await h.app.inject({ url: "/api/rectification/mines", headers: planner })).json() as {
          new_vs_closed: { new: number };
        }
      ).new_vs_closed.new;
    const before = await count();
    const created = await h.app.inject({
      method: "POST",
      url: "/api/rectification/proposals",
      headers: planner,
      payload: {
        name_zh: "接口测试新设",
        mineral: "iron",
        mining_method: "open_pit",
        deposit_scale: "medium",
        production_scale: 80,
        geometry: rect(5000, 0, 5400, 400),
      },
    });
    expect(created.statusCode).toBe(201);
    const { id, check } = created.json() as { id: number; check: { ok: boolean } };
    expect(check.ok).toBe(true);
    const approve = await h.app.inject({
      method: "POST",
      url: `/api/rectification/proposals/${id}/status`,
      headers: planner,
      payload: { status: "approved" },
    });
    expect(approve.statusCode).toBe(204);
    expect(await count()).toBe(before + 1);
    const list = await h.app.inject({ url: "/api/rectification/proposals", headers: reviewer });
    const mine = (
      list.json() as { proposals: { id: number; status: string; area_m2: number }[] }
    ).proposals.find((p) => p.id === id);
    expect(mine?.status).toBe("approved");
    expect(mine?.area_m2).toBeGreaterThan(150_000);
  });
});
