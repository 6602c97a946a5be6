import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let planner: Record<string, string>;
let reviewer: Record<string, string>;
beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  reviewer = await loginAs(h.app, "reviewer");
});
afterAll(async () => {
  await h?.close();
});

const row = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name_zh: `${code}淤地坝`,
  county_code: "140524",
  dam_type: "key",
  storage_wan_m3: 60,
  control_area_km2: 4,
  built_year: 2005,
  condition: "good",
  risk_level: "medium",
  responsible_unit: "陵川县水利局",
  lng: 113.2,
  lat: 35.8,
  ...extra,
});

describe("check dams over HTTP", () => {
  it("imports a register and lists it; a bad row refuses all with the row and reason in both languages", async () => {
    const bad = await h.app.inject({
      method: "POST",
      url: "/api/check-dams/import",
      headers: planner,
      payload: { source: "测试台账", rows: [row("API-YDB-1"), row("API-YDB-2", { storage_wan_m3: "many" })] },
    });
    expect(bad.statusCode).toBe(422);
    const err = bad.json().error;
    expect(err.code).toBe("check_dams_rejected");
    expect(err.details.problems).toEqual([
      { row: 2, field: "storage_wan_m3", zh: "库容（万m³）超出范围", en: "storage (万m³) out of range" },
    ]);
    const { rows: none } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM check_dams`.execute(
      h.t.db.kysely,
    );
    expect(none[0]?.n).toBe(0);
    const ok = await h.app.inject({
      method: "POST",
      url: "/api/check-dams/import",
      headers: planner,
      payload: { source: "测试台账", rows: [row("API-YDB-1"), row("API-YDB-2")] },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ written: 2 });
    const list = await h.app.inject({ url: "/api/check-dams?county=140524", headers: reviewer });
    expect(list.json().dams.map((d: { code: string }) => d.code)).toEqual(["API-YDB-1", "API-YDB-2"]);
    expect(list.json().by_county).toEqual([
      { county_code: "140524", dams: 2, storage_wan_m3: 120, control_area_km2: 8, high_risk: 0 },
    ]);
    const denied = await h.app.inject({
      method: "POST",
      url: "/api/check-dams/import",
      headers: reviewer,
      payload: { source: "x", rows: [row("API-YDB-3")] },
    });
    expect(denied.statusCode).toBe(403);
  });

  it("gives the county rates beside their targets", async () => {
    const swc = await h.app.inject({ url: "/api/registers/swc-rates", headers: reviewer });
    const lingchuan = swc.json().counties.find((c: { county_code: string }) => c.county_code === "140524");
    expect(lingchuan).toMatchObject({ target_2025: 62.3, target_2035: 78.59 });
    const green = await h.app.inject({ url: "/api/registers/green-mines?year=2025", headers: reviewer });
    expect(green.json().goal_2025.value).toBe(36);
    expect(green.json().counties.length).toBeGreaterThan(0);
  });
});
