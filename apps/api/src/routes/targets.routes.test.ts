import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let admin: { authorization: string };
beforeAll(async () => {
  h = await openTestApp();
  admin = await loginAs(h.app, "admin");
});
afterAll(async () => h?.close());

const target = (over: Record<string, unknown> = {}) => ({
  region_code: "140521",
  indicator: "swc_rate",
  year: 2030,
  kind: "target",
  value: 80.2,
  unit: "percent",
  is_real: false,
  source_document: "沁水县水土保持工作安排（县自定）",
  ...over,
});
const put = (payload: object, headers: Record<string, string> = admin) =>
  h.app.inject({ method: "PUT", url: "/api/targets", headers, payload });

describe("PUT /api/targets", () => {
  it("lets an administrator add a county's own target, then correct it, both audited", async () => {
    const created = await put(target());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ region_code: "140521", year: 2030, value: 80.2, is_real: false });
    const updated = await put(target({ value: 81 }));
    expect(updated.statusCode).toBe(200);
    const pub = (await h.app.inject({ url: "/api/public/targets?region=140521&indicator=swc_rate" })).json();
    expect(pub.targets.map((t: { year: number; value: number }) => [t.year, t.value])).toEqual([
      [2025, 74.61],
      [2030, 81],
      [2035, 85.75],
    ]);
    const dashboard = (await h.app.inject({ url: "/api/public/dashboard?county=140521" })).json();
    expect(dashboard.swc.rows[0].targets.find((t: { year: number }) => t.year === 2030)).toMatchObject({
      value: 81,
      is_real: false,
    });
    const { rows } = await sql<{ action: string; username: string }>`
      SELECT action, username FROM audit_log WHERE entity = 'plan_target' AND username = 'admin' ORDER BY id`.execute(
      h.t.db.kysely,
    );
    expect(rows.map((r) => r.action)).toEqual(["plan_target.create", "plan_target.update"]);
  });

  it("is for administrators only", async () => {
    expect((await put(target(), {})).statusCode).toBe(401);
    expect((await put(target(), await loginAs(h.app, "planner"))).statusCode).toBe(403);
  });

  it("refuses the wrong unit, an unknown region and a period starting after its year", async () => {
    expect((await put(target({ unit: "wan_mu" }))).json().error.code).toBe("target_unit_mismatch");
    expect((await put(target({ region_code: "110101" }))).json().error.code).toBe("unknown_region");
    expect((await put(target({ period_start: 2031 }))).statusCode).toBe(400);
  });
});
