import { rect } from "@lianpian/db/testing";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { useAnalysisTestApp } from "./analysis-app.fixtures.ts";

const h = useAnalysisTestApp();

async function newZone(name: string) {
  const res = await h.app.inject({
    method: "POST",
    url: "/api/zones",
    headers: h.planner,
    payload: { geometry: rect(0, 0, 1000, 1000), name_zh: name, zone_type: "contiguous_mine", yearly: [] },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

const call = (method: "PATCH" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
  h.app.inject({ method, url, headers: h.planner, ...(payload ? { payload } : {}) });

async function auditActions(zoneId: number) {
  const { rows } = await sql<{ action: string }>`SELECT action FROM audit_log WHERE entity = 'zone'
    AND entity_id = ${String(zoneId)} ORDER BY id`.execute(h.t.db.kysely);
  return rows.map((r) => r.action);
}

describe("edits carry their version", () => {
  it("moves the version on, and a stale edit gets 409 with the newer version and changes nothing", async () => {
    const z = await newZone("版本测试");
    const ok = await call("PATCH", `/api/zones/${z.id}`, {
      version: 1,
      name_zh: "版本测试二",
      budget_wan: 1200,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, name_zh: "版本测试二", budget_wan: 1200 });
    const stale = await call("PATCH", `/api/zones/${z.id}`, { version: 1, name_zh: "覆盖" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current_version).toBe(2);
    expect(stale.json().error.details.zone.name_zh).toBe("版本测试二");
    const now = (await h.app.inject({ url: `/api/zones/${z.id}`, headers: h.planner })).json();
    expect(now).toMatchObject({ version: 2, name_zh: "版本测试二" });
    expect(await auditActions(z.id)).toEqual(["zone.create", "zone.update"]);
  });

  it("recomputes the derived columns and shares when the outline changes", async () => {
    const z = await newZone("改边界");
    const moved = await call("PATCH", `/api/zones/${z.id}`, {
      version: 1,
      geometry: rect(4000, 0, 6000, 1000),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().county_codes).toEqual(["149901", "149902"]);
    expect(moved.json().parties).toEqual([]);
  });
});

describe("lifecycle", () => {
  it("allows the next status only, with history and audit", async () => {
    const z = await newZone("状态测试");
    const skip = await call("POST", `/api/zones/${z.id}/status`, { version: 1, status: "approved" });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({
      code: "zone_status_not_allowed",
      details: { allowed: ["planned"] },
    });
    const next = await call("POST", `/api/zones/${z.id}/status`, { version: 1, status: "planned" });
    expect(next.json()).toMatchObject({ status: "planned", version: 2 });
    const del = await call("DELETE", `/api/zones/${z.id}?version=2`);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe("zone_not_deletable");
    expect(await auditActions(z.id)).toEqual(["zone.create", "zone.status"]);
  });

  it("deletes a draft at the current version, with an audit row keeping it", async () => {
    const z = await newZone("删除测试");
    expect((await call("DELETE", `/api/zones/${z.id}?version=9`)).statusCode).toBe(409);
    expect((await call("DELETE", `/api/zones/${z.id}?version=1`)).statusCode).toBe(204);
    expect((await h.app.inject({ url: `/api/zones/${z.id}`, headers: h.planner })).statusCode).toBe(404);
    expect(await auditActions(z.id)).toEqual(["zone.create", "zone.delete"]);
  });
});

describe("fund shares override", () => {
  it("refuses shares not summing to 100 and keeps a valid override across outline edits", async () => {
    const z = await newZone("出资测试");
    const bad = await call("PUT", `/api/zones/${z.id}/parties`, {
      version: 1,
      shares: [
        { company_id: h.f.companyA, share_pct: 60 },
        { company_id: null, share_pct: 30 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "shares_invalid", details: { reason: "sum_not_100" } });
    const unknown = await call("PUT", `/api/zones/${z.id}/parties`, {
      version: 1,
      shares: [{ company_id: 999_999, share_pct: 100 }],
    });
    expect(unknown.json().error.code).toBe("unknown_company");
    const good = await call("PUT", `/api/zones/${z.id}/parties`, {
      version: 1,
      shares: [
        { company_id: h.f.companyA, share_pct: 33.333 },
        { company_id: h.f.companyB, share_pct: 33.333 },
        { company_id: null, share_pct: 33.334 },
      ],
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().parties.every((p: { is_override: boolean }) => p.is_override)).toBe(true);
    const moved = await call("PATCH", `/api/zones/${z.id}`, { version: 2, geometry: rect(0, 0, 1500, 1500) });
    expect(moved.json().parties.map((p: { share_pct: number }) => p.share_pct)).toEqual([
      33.334, 33.333, 33.333,
    ]);
    const reset = await call("PUT", `/api/zones/${z.id}/parties`, { version: 3 });
    expect(reset.json().parties.some((p: { is_override: boolean }) => p.is_override)).toBe(false);
    expect(reset.json().version).toBe(4);
  });
});

describe("history", () => {
  it("is empty for an imported zone not yet edited, and 404 for no zone", async () => {
    const { rows } = await sql<{ id: number }>`
      SELECT z.id FROM treatment_zones z
      WHERE NOT EXISTS (SELECT 1 FROM zone_history h WHERE h.zone_id = z.id) LIMIT 1`.execute(h.t.db.kysely);
    const imported = rows[0]?.id as number;
    expect(imported).toBeGreaterThan(0);
    const history = await h.app.inject({ url: `/api/zones/${imported}/history`, headers: h.planner });
    expect(history.statusCode).toBe(200);
    expect(history.json().versions).toEqual([]);
    const none = await h.app.inject({ url: "/api/zones/999999/history", headers: h.planner });
    expect(none.statusCode).toBe(404);
  });

  it("lists versions, returns an old one and reverts to it as a new version", async () => {
    const z = await newZone("历史测试");
    await call("PATCH", `/api/zones/${z.id}`, {
      version: 1,
      geometry: rect(0, 0, 1800, 1800),
      name_zh: "历史测试改",
    });
    const history = (await h.app.inject({ url: `/api/zones/${z.id}/history`, headers: h.planner })).json();
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.versions[0]).toMatchObject({ action: "update", changed_by: "planner" });
    expect(history.versions[0].changed_fields).toEqual(expect.arrayContaining(["geometry", "name_zh"]));
    const v1 = (await h.app.inject({ url: `/api/zones/${z.id}/versions/1`, headers: h.planner })).json();
    expect(v1.name_zh).toBe("历史测试");
    const missing = await h.app.inject({ url: `/api/zones/${z.id}/versions/9`, headers: h.planner });
    expect(missing.statusCode).toBe(404);
    const reverted = await call("POST", `/api/zones/${z.id}/revert`, { version: 2, to_version: 1 });
    expect(reverted.statusCode).toBe(200);
    expect(reverted.json()).toMatchObject({ version: 3, name_zh: "历史测试" });
    expect(Math.abs(reverted.json().area_m2 - 1e6) / 1e6).toBeLessThan(0.001);
    const stale = await call("POST", `/api/zones/${z.id}/revert`, { version: 2, to_version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await auditActions(z.id)).toEqual(["zone.create", "zone.update", "zone.revert"]);
  });
});

describe("export", () => {
  it("gives GeoJSON with areas in 亩 and ha, and CSV with a BOM", async () => {
    const z = await newZone("导出测试");
    const gj = await h.app.inject({ url: `/api/zones/${z.id}/export?format=geojson`, headers: h.planner });
    expect(gj.headers["content-type"]).toContain("application/geo+json");
    const feature = gj.json().features[0];
    expect(feature.properties.code).toBe(z.code);
    expect(Math.abs(feature.properties.area_mu - 1500) / 1500).toBeLessThan(0.001);
    expect(Math.abs(feature.properties.area_ha - 100) / 100).toBeLessThan(0.001);
    const csv = await h.app.inject({ url: "/api/zones/export?format=csv", headers: h.planner });
    expect(csv.headers["content-disposition"]).toContain("zones.csv");
    expect(csv.body.startsWith("\uFEFF编号,名称")).toBe(true);
    expect(csv.body).toContain(z.code);
  });
});
