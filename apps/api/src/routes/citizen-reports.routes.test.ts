import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { sendCitizenReport } from "./citizen-report.fixtures.ts";

let h: TestApp;
let planner: { authorization: string };
let field: { authorization: string };
let hazard: { id: number; lng: number; lat: number };

beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  field = await loginAs(h.app, "field");
  const { rows } = await sql<{ id: number; lng: number; lat: number }>`
    SELECT h.id, ST_X(h.geom) AS lng, ST_Y(h.geom) AS lat FROM hazard_points h
    JOIN counties c ON c.level = 'county' AND ST_Intersects(c.geom, h.geom)
    WHERE h.inventory_status = 'active' ORDER BY h.id LIMIT 1`.execute(h.t.db.kysely);
  if (!rows[0]) throw new Error("no active hazard point in a county");
  hazard = rows[0];
});
afterAll(async () => h?.close());

const newReport = (ip: string) =>
  sendCitizenReport(h, { lng: hazard.lng + 0.0005, lat: hazard.lat }, ip, {
    contact: "138-0000-1111",
    accuracy_m: 12,
  });

const act = (id: number, payload: object, headers = planner) =>
  h.app.inject({ method: "POST", url: `/api/reports/${id}/actions`, headers, payload });
const lookup = async (code: string) => (await h.app.inject({ url: `/api/public/reports/${code}` })).json();

describe("staff routes over citizen reports", () => {
  it("are closed to the public (401) and to field monitors (403)", async () => {
    expect((await h.app.inject({ url: "/api/reports" })).statusCode).toBe(401);
    expect((await h.app.inject({ url: "/api/reports", headers: field })).statusCode).toBe(403);
    const { id } = await newReport("10.6.0.1");
    expect((await act(id, { action: "accept" }, field)).statusCode).toBe(403);
  });

  it("list reports with their private fields for planners, and nearby points to link", async () => {
    const { id, code } = await newReport("10.6.0.2");
    const res = await h.app.inject({ url: "/api/reports?status=new&limit=100", headers: planner });
    expect(res.statusCode).toBe(200);
    const mine = res.json().reports.find((r: { id: number }) => r.id === id);
    expect(mine).toMatchObject({ tracking_code: code, reporter_contact: "138-0000-1111", status: "new" });
    expect(mine.actions).toEqual(["accept", "assign_check", "reject"]);
    const nearby = await h.app.inject({ url: `/api/reports/${id}/nearby`, headers: planner });
    expect(nearby.json().hazards[0]).toMatchObject({ id: hazard.id });
  });
});

describe("the loop: report → triage → field check → status by tracking code", () => {
  it("follows a report from received to resolved, every step audited", async () => {
    const { id, code } = await newReport("10.6.0.3");
    const accepted = await act(id, { action: "accept", version: 1 });
    expect(accepted.json()).toMatchObject({ status: "triaged", version: 2 });
    expect((await lookup(code)).status_en).toBe("Accepted");

    const linked = await h.app.inject({
      method: "PUT",
      url: `/api/reports/${id}/links`,
      headers: planner,
      payload: { hazard_id: hazard.id },
    });
    expect(linked.json()).toMatchObject({ hazard_id: hazard.id });

    const asked = await act(id, { action: "assign_check", hazard_id: hazard.id, note: "请核查裂缝宽度" });
    expect(asked.json()).toMatchObject({ status: "checking" });
    expect((await lookup(code)).status).toBe("checking");
    const checks = await h.app.inject({ url: "/api/field-checks", headers: field });
    const check = checks.json().checks.find((c: { report_id: number }) => c.report_id === id);
    expect(check).toMatchObject({ hazard_id: hazard.id, check_note: "请核查裂缝宽度" });
    expect(JSON.stringify(check)).not.toContain("138-0000-1111");

    // the field monitor records an inspection at the point through the field app's own route
    const card = await h.app.inject({ url: `/api/field/hazards/${hazard.id}/card`, headers: field });
    const inspection = await h.app.inject({
      method: "POST",
      url: "/api/inspections",
      headers: field,
      payload: {
        client_key: randomUUID(),
        hazard_id: hazard.id,
        hazard_version: card.json().version ?? 1,
        inspected_at: new Date().toISOString(),
        kind: "emergency",
        cracks: [{ crack_id: "L1", width_mm: 35, change_mm: 5 }],
        macro_signs: ["crack_growth"],
        assessment: "abnormal",
        alert_level: "none",
        actions: ["report"],
        photos: [],
      },
    });
    expect(inspection.statusCode).toBe(201);
    const checked = await lookup(code);
    expect(checked).toMatchObject({ status: "checked", status_en: "Checked on site" });
    expect(checked.public_reply).toMatch(/Staff checked the site/);

    const resolved = await act(id, {
      action: "resolve",
      reply: "已设置警示牌并纳入监测。Warning signs set up; now monitored.",
    });
    expect(resolved.json().status).toBe("resolved");
    expect(await lookup(code)).toMatchObject({
      status: "resolved",
      public_reply: expect.stringMatching(/警示牌/),
    });
    expect((await act(id, { action: "reject", reply: "x" })).statusCode).toBe(409);

    const { rows } = await sql<{ action: string }>`
      SELECT action FROM audit_log WHERE entity = 'public_report' AND entity_id = ${String(id)} ORDER BY id`.execute(
      h.t.db.kysely,
    );
    expect(rows.map((r) => r.action)).toEqual([
      "report.create",
      "report.accept",
      "report.link",
      "report.assign_check",
      "report.checked",
      "report.resolve",
    ]);
  });

  it("rejects with a public reason, and a stale version is a conflict", async () => {
    const { id, code } = await newReport("10.6.0.4");
    expect((await act(id, { action: "accept", version: 5 })).statusCode).toBe(409);
    expect((await act(id, { action: "reject" })).statusCode).toBe(400);
    const rejected = await act(id, { action: "reject", reply: "经核实为正常农田耕作。Normal farm work." });
    expect(rejected.json().status).toBe("rejected");
    expect(await lookup(code)).toMatchObject({ status: "rejected", status_zh: "不予受理" });
  });
});
