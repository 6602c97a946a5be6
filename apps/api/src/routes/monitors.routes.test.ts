import { insertUser, listMonitoredHazardIds } from "@lianpian/db";
import { insertFixtureHazard } from "@lianpian/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let planner: { authorization: string };
let monitorId: number;

beforeAll(async () => {
  h = await openTestApp();
  planner = await loginAs(h.app, "planner");
  const user = await insertUser(h.t.db.kysely, {
    username: "wang.jianguo",
    displayName: "王建国",
    role: "field",
    passwordHash: "scrypt$not-a-login",
  });
  if (!user) throw new Error("no test monitor");
  monitorId = user.id;
});
afterAll(async () => h?.close());

const change = (id: number, payload: object, headers: Record<string, string> = planner) =>
  h.app.inject({ method: "POST", url: `/api/monitors/${id}/points`, headers, payload });

const beatOf = (userId: number) => listMonitoredHazardIds(h.t.db.kysely, userId);

describe("GET /api/monitors", () => {
  it("lists every field account with its beat, and no other role", async () => {
    const res = await h.app.inject({ method: "GET", url: "/api/monitors", headers: planner });
    expect(res.statusCode).toBe(200);
    const monitors = res.json().monitors as { username: string; points: { lng: number; lat: number }[] }[];
    expect(monitors.map((m) => m.username).sort()).toEqual(["field", "wang.jianguo"]);
    // the demo monitor's beat: the points nearest the city, with their places
    const demo = monitors.find((m) => m.username === "field");
    expect(demo?.points.length).toBeGreaterThan(0);
    for (const p of demo?.points ?? []) {
      expect(p.lng).toBeGreaterThan(110);
      expect(p.lat).toBeGreaterThan(34);
    }
  });

  it("is for planners and admins: 401 without a session, 403 for a field account", async () => {
    expect((await h.app.inject({ method: "GET", url: "/api/monitors" })).statusCode).toBe(401);
    const field = await loginAs(h.app, "field");
    const res = await h.app.inject({ method: "GET", url: "/api/monitors", headers: field });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("forbidden");
  });
});

describe("POST /api/monitors/:id/points", () => {
  it("adds and removes points, says which changed, and records who did it", async () => {
    const [a, b, c] = [
      await insertFixtureHazard(h.t.db.kysely),
      await insertFixtureHazard(h.t.db.kysely),
      await insertFixtureHazard(h.t.db.kysely),
    ];
    const first = await change(monitorId, { add: [a, b] });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ added: [a, b], removed: [] });
    expect(
      first
        .json()
        .monitor.points.map((p: { id: number }) => p.id)
        .sort(),
    ).toEqual([a, b]);

    // adding again is no change; removing one not on the beat does nothing
    const second = await change(monitorId, { add: [b, c], remove: [a, 999_999] });
    expect(second.json()).toMatchObject({ added: [c], removed: [a] });
    expect(await beatOf(monitorId)).toEqual([b, c].sort((x, y) => x - y));

    const audit = await h.t.db.kysely
      .selectFrom("audit_log")
      .select(["username", "action", "entity_id", "details"])
      .where("action", "=", "monitor.beat")
      .orderBy("id")
      .execute();
    expect(audit.map((r) => [r.username, r.entity_id])).toEqual([
      ["planner", String(monitorId)],
      ["planner", String(monitorId)],
    ]);
    expect(audit[1]?.details).toEqual({ added: [c], removed: [a] });
  });

  it("two planners' changes to one beat both stay", async () => {
    const [x, y] = [await insertFixtureHazard(h.t.db.kysely), await insertFixtureHazard(h.t.db.kysely)];
    const admin = await loginAs(h.app, "admin");
    const [one, two] = await Promise.all([
      change(monitorId, { add: [x] }),
      change(monitorId, { add: [y] }, admin),
    ]);
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    expect(await beatOf(monitorId)).toEqual(expect.arrayContaining([x, y]));
  });

  it("refuses written-off and unknown points, naming them, and changes nothing", async () => {
    const gone = await insertFixtureHazard(h.t.db.kysely);
    await h.t.db.kysely
      .updateTable("hazard_points")
      .set({ inventory_status: "written_off", written_off_at: new Date().toISOString() })
      .where("id", "=", gone)
      .execute();
    const fine = await insertFixtureHazard(h.t.db.kysely);
    const before = await beatOf(monitorId);
    const res = await change(monitorId, { add: [fine, gone, 888_888], remove: before.slice(0, 1) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "hazards_not_active", details: { ids: [gone, 888_888] } });
    expect(res.json().error.message).toContain("销号");
    expect(await beatOf(monitorId)).toEqual(before);
  });

  it("404 for an account that is not a field monitor, 400 for a point both added and removed", async () => {
    const planners = await h.t.db.kysely
      .selectFrom("users")
      .select("id")
      .where("username", "=", "planner")
      .executeTakeFirstOrThrow();
    const notMonitor = await change(planners.id, { add: [] });
    expect(notMonitor.statusCode).toBe(404);
    expect(notMonitor.json().error.code).toBe("monitor_not_found");
    expect((await change(2_000_000, {})).statusCode).toBe(404);

    const both = await change(monitorId, { add: [5], remove: [5] });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details.message_en).toContain("both added and removed");
  });

  it("bounds the change: at most 500 ids each, whole numbers, nothing else in the body", async () => {
    const many = Array.from({ length: 501 }, (_, i) => i + 1);
    expect((await change(monitorId, { add: many })).statusCode).toBe(400);
    expect((await change(monitorId, { add: [1.5] })).statusCode).toBe(400);
    expect((await change(monitorId, { add: [1], extra: true })).statusCode).toBe(400);
    const field = await loginAs(h.app, "field");
    expect((await change(monitorId, { add: [] }, field)).statusCode).toBe(403);
  });
});
