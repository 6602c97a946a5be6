import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let field: { authorization: string };
let planner: { authorization: string };
let hazardId: number;

beforeAll(async () => {
  h = await openTestApp();
  field = await loginAs(h.app, "field");
  planner = await loginAs(h.app, "planner");
  hazardId = await insertFixtureHazard(h.t.db.kysely, {
    thresholds: [{ parameter: "crack_change_mm", warnValue: 10 }],
  });
});
afterAll(async () => h?.close());

const post = (payload: object) =>
  h.app.inject({ method: "POST", url: "/api/inspections", headers: field, payload });
const list = async (query: string) => {
  const res = await h.app.inject({ url: `/api/inspections?${query}`, headers: planner });
  expect(res.statusCode).toBe(200);
  return res.json().inspections as Record<string, unknown>[];
};

/** An inspection made on an older version of the point: kept, flagged for review. */
async function conflicted(over: object = {}) {
  const sent = await hazardVersion(h.t.db.kysely, hazardId);
  await sql`UPDATE hazard_points SET name_zh = name_zh || '·' WHERE id = ${hazardId}::int`.execute(
    h.t.db.kysely,
  );
  const res = await post(fixtureInspection(hazardId, sent, over));
  expect(res.json().inspection.needs_review).toBe(true);
  return res.json().inspection as { client_key: string; id: number };
}

const review = (key: string, payload?: object) =>
  h.app.inject({
    method: "POST",
    url: `/api/inspections/${key}/review`,
    headers: planner,
    ...(payload ? { payload } : {}),
  });

describe("inspection review", () => {
  it("lists by point and alert with values, the threshold passed and actions", async () => {
    const v = await hazardVersion(h.t.db.kysely, hazardId);
    const raised = await post(
      fixtureInspection(hazardId, v, {
        cracks: [{ crack_id: "L2", width_mm: 40, change_mm: 12 }],
        actions: ["report", "densify_monitoring"],
        inspected_at: "2026-07-02T09:00:00+08:00",
      }),
    );
    const quiet = await post(fixtureInspection(hazardId, v, { inspected_at: "2026-06-20T09:00:00+08:00" }));
    const withAlert = await list(`hazard_id=${hazardId}&alert=true`);
    expect(withAlert.map((i) => i.id)).toEqual([raised.json().inspection.id]);
    expect(withAlert[0]).toMatchObject({
      thresholds: [{ parameter: "crack_change_mm", warn_value: 10 }],
      raised_alert: {
        level: "yellow",
        reasons: [{ parameter: "crack_change_mm", value: 12, warnValue: 10 }],
      },
      actions: ["densify_monitoring", "report"],
      cracks: [{ crack_id: "L2", width_mm: 40, change_mm: 12 }],
    });
    const june = await list(`hazard_id=${hazardId}&from=2026-06-01T00:00:00Z&to=2026-06-30T00:00:00Z`);
    expect(june.map((i) => i.id)).toEqual([quiet.json().inspection.id]);
    const { rows } = await sql<{ id: number }>`SELECT id FROM users WHERE username = 'field'`.execute(
      h.t.db.kysely,
    );
    const byMonitor = await list(`user_id=${rows[0]?.id}&hazard_id=${hazardId}&limit=200`);
    expect(byMonitor.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts, or rejects only with a reason; the states are listed apart", async () => {
    const a = await conflicted();
    const b = await conflicted({ notes: "第二条" });
    const pending = (await list(`hazard_id=${hazardId}&review=pending`)).map((i) => i.id);
    expect(pending).toEqual(expect.arrayContaining([a.id, b.id]));

    const noReason = await review(b.client_key, { decision: "reject" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: "review_reason_required" });
    expect(noReason.json().error.message).toMatch(/理由/);

    const accepted = await review(a.client_key, { decision: "accept" });
    expect(accepted.json().inspection).toMatchObject({ needs_review: false, review_decision: "accepted" });
    const rejected = await review(b.client_key, { decision: "reject", reason: "同一次巡查重复提交" });
    expect(rejected.json().inspection).toMatchObject({
      needs_review: false,
      review_decision: "rejected",
      review_note: "同一次巡查重复提交",
    });
    expect((await list(`hazard_id=${hazardId}&review=pending`)).map((i) => i.id)).not.toContain(a.id);
    expect((await list(`hazard_id=${hazardId}&review=accepted`)).map((i) => i.id)).toContain(a.id);
    expect((await list(`hazard_id=${hazardId}&review=rejected`)).map((i) => i.id)).toEqual([b.id]);

    const audit = await sql<{ details: { decision: string; note: string | null } }>`
      SELECT details FROM audit_log WHERE action = 'inspection.review' AND entity_id = ${String(b.id)}`.execute(
      h.t.db.kysely,
    );
    expect(audit.rows[0]?.details).toMatchObject({ decision: "rejected", note: "同一次巡查重复提交" });
  });

  it("exports the filtered list as CSV for planners only", async () => {
    const res = await h.app.inject({
      url: `/api/inspections/export.csv?hazard_id=${hazardId}`,
      headers: planner,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^编号 id,巡查时间 inspected_at,/);
    const listed = await list(`hazard_id=${hazardId}&limit=200`);
    expect(lines.length - 1).toBe(listed.length);
    expect(res.body).toContain("crack_change_mm 12 ≥ 10");
    const denied = await h.app.inject({ url: "/api/inspections/export.csv", headers: field });
    expect(denied.statusCode).toBe(403);
  });
});
