import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";
import { sendCitizenReport } from "./citizen-report.fixtures.ts";

let h: TestApp;
let field: { authorization: string };
let planner: { authorization: string };
let fieldUserId: number;
let plannerUserId: number;

beforeAll(async () => {
  h = await openTestApp();
  field = await loginAs(h.app, "field");
  planner = await loginAs(h.app, "planner");
  const { rows } = await sql<{ username: string; id: number }>`
    SELECT username, id FROM users WHERE username IN ('field', 'planner')`.execute(h.t.db.kysely);
  fieldUserId = rows.find((r) => r.username === "field")?.id as number;
  plannerUserId = rows.find((r) => r.username === "planner")?.id as number;
});
afterAll(async () => h?.close());

const inspect = (payload: object) =>
  h.app.inject({ method: "POST", url: "/api/inspections", headers: field, payload });
const myTasks = async (status = "open") =>
  (await h.app.inject({ url: `/api/field/tasks?status=${status}`, headers: field })).json().tasks as {
    id: number;
    hazard_id: number;
    closed_at: string | null;
    closed_inspection_id: number | null;
    due_at: string;
    lng: number;
    lat: number;
    source: string;
  }[];

async function assign(hazardId: number, over: object = {}) {
  return h.app.inject({
    method: "POST",
    url: "/api/field/tasks",
    headers: planner,
    payload: {
      hazard_id: hazardId,
      assigned_to: fieldUserId,
      due_at: new Date(Date.now() + 6 * 3600_000).toISOString(),
      note: "汛前复查裂缝",
      ...over,
    },
  });
}

describe("field tasks", () => {
  it("a planner's task reaches the monitor's phone and is closed by the inspection naming it only", async () => {
    const id = await insertFixtureHazard(h.t.db.kysely);
    const version = await hazardVersion(h.t.db.kysely, id);
    const made = await assign(id, { kind: "pre_flood" });
    expect(made.statusCode).toBe(201);
    const task = made.json();
    expect(task).toMatchObject({
      hazard_id: id,
      assigned_to: fieldUserId,
      kind: "pre_flood",
      source: "planner",
    });

    const listed = (await myTasks()).find((t) => t.id === task.id);
    expect(listed).toMatchObject({ hazard_id: id, closed_at: null, due_at: task.due_at });
    expect(listed?.lng).toBeCloseTo(112.6, 1);

    // an inspection at the point that does not name the task leaves it open
    const other = await inspect(fixtureInspection(id, version));
    expect(other.statusCode).toBe(201);
    expect(other.json().inspection.task_id).toBeNull();
    expect((await myTasks()).map((t) => t.id)).toContain(task.id);

    const answer = await inspect(fixtureInspection(id, version, { task_id: task.id }));
    expect(answer.statusCode).toBe(201);
    expect(answer.json().inspection.task_id).toBe(task.id);
    expect((await myTasks()).map((t) => t.id)).not.toContain(task.id);
    const closed = (await myTasks("closed")).find((t) => t.id === task.id);
    expect(closed?.closed_inspection_id).toBe(answer.json().inspection.id);

    // a later inspection naming the same task stores, but does not take the task over
    const later = await inspect(fixtureInspection(id, version, { task_id: task.id }));
    expect(later.statusCode).toBe(201);
    expect(later.json().inspection.task_id).toBeNull();
    const still = (await myTasks("closed")).find((t) => t.id === task.id);
    expect(still?.closed_inspection_id).toBe(answer.json().inspection.id);
  });

  it("a task names its point: an inspection elsewhere does not close it", async () => {
    const a = await insertFixtureHazard(h.t.db.kysely, { dxM: 300 });
    const b = await insertFixtureHazard(h.t.db.kysely, { dxM: 600 });
    const task = (await assign(a)).json();
    const res = await inspect(
      fixtureInspection(b, await hazardVersion(h.t.db.kysely, b), { task_id: task.id }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().inspection.task_id).toBeNull();
    expect((await myTasks()).map((t) => t.id)).toContain(task.id);
  });

  it("refuses a task for a non-monitor or an unknown point, and from a field account", async () => {
    const id = await insertFixtureHazard(h.t.db.kysely, { dxM: 900 });
    const toPlanner = await assign(id, { assigned_to: plannerUserId });
    expect(toPlanner.statusCode).toBe(422);
    expect(toPlanner.json().error).toMatchObject({ code: "task_not_a_monitor" });
    expect(toPlanner.json().error.message).toMatch(/群测群防员/);
    const nowhere = await assign(2147483000);
    expect(nowhere.json().error.code).toBe("task_hazard_unknown");
    const byField = await h.app.inject({
      method: "POST",
      url: "/api/field/tasks",
      headers: field,
      payload: { hazard_id: id, assigned_to: fieldUserId, due_at: new Date().toISOString() },
    });
    expect(byField.statusCode).toBe(403);
    expect((await h.app.inject({ url: "/api/field/tasks" })).statusCode).toBe(401);
  });
});

async function reportAt(hazardId: number, ip: string) {
  const { rows } = await sql<{ lng: number; lat: number }>`
    SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat FROM hazard_points WHERE id = ${hazardId}::int`.execute(
    h.t.db.kysely,
  );
  const { code, id } = await sendCitizenReport(h, rows[0] as { lng: number; lat: number }, ip);
  return { code, reportId: id };
}

describe("a citizen report's field check becomes the monitor's task", () => {
  it("goes to the point's monitor; only the inspection carrying the task checks the report", async () => {
    const id = await insertFixtureHazard(h.t.db.kysely, { dxM: 1200 });
    const version = await hazardVersion(h.t.db.kysely, id);
    await sql`INSERT INTO hazard_monitors (hazard_id, user_id) VALUES (${id}::int, ${fieldUserId}::int)`.execute(
      h.t.db.kysely,
    );
    const { code, reportId } = await reportAt(id, "10.16.0.1");
    const asked = await h.app.inject({
      method: "POST",
      url: `/api/reports/${reportId}/actions`,
      headers: planner,
      payload: { action: "assign_check", hazard_id: id, note: "请核查" },
    });
    expect(asked.statusCode).toBe(200);
    const task = (await myTasks()).find((t) => t.hazard_id === id);
    expect(task).toMatchObject({ source: "report" });

    const now = () => ({ inspected_at: new Date().toISOString() });
    await inspect(fixtureInspection(id, version, now()));
    const lookup = async () => (await h.app.inject({ url: `/api/public/reports/${code}` })).json();
    expect((await lookup()).status).toBe("checking");

    await inspect(fixtureInspection(id, version, { ...now(), task_id: task?.id }));
    const after = await lookup();
    expect(after.status).toBe("checked");
    expect(after.public_reply).toMatch(/Staff checked the site/);
  });

  it("a check asked of an account that is no monitor changes nothing", async () => {
    const id = await insertFixtureHazard(h.t.db.kysely, { dxM: 1500 });
    const { reportId } = await reportAt(id, "10.16.0.2");
    const r = { id: reportId, version: 1 };
    const res = await h.app.inject({
      method: "POST",
      url: `/api/reports/${r.id}/actions`,
      headers: planner,
      payload: { action: "assign_check", hazard_id: id, monitor_id: plannerUserId },
    });
    expect(res.statusCode).toBe(422);
    const again = await sql<{ status: string; version: number }>`
      SELECT status, version FROM public_reports WHERE id = ${r.id}::int`.execute(h.t.db.kysely);
    expect(again.rows[0]).toEqual({ status: "new", version: r.version });
  });
});
