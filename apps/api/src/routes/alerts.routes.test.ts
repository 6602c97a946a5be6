import { decodeTileLayer, tileOf } from "@lianpian/db";
import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let field: { authorization: string };
let planner: { authorization: string };

beforeAll(async () => {
  h = await openTestApp({ LIANPIAN_TILE_CACHE_MB: "0" }); // tiles read as they are now (a cached one may be up to 1 s old)
  field = await loginAs(h.app, "field");
  planner = await loginAs(h.app, "planner");
});
afterAll(async () => h?.close());

async function pointWithThresholds(dangerGrade: "medium" | "large" = "medium") {
  const id = await insertFixtureHazard(h.t.db.kysely, {
    dangerGrade,
    thresholds: [
      { parameter: "crack_change_mm", warnValue: 10 },
      { parameter: "displacement_mm", warnValue: 50 },
    ],
  });
  return { id, version: await hazardVersion(h.t.db.kysely, id) };
}

const post = (payload: object) =>
  h.app.inject({ method: "POST", url: "/api/inspections", headers: field, payload });

async function currentAlert(id: number): Promise<string> {
  const row = await h.t.db.kysely
    .selectFrom("hazard_points")
    .select("current_alert")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.current_alert;
}

describe("threshold rules raise the point's alert", () => {
  it("a crack change over the warning value raises yellow, with the reason and a 12 h limit", async () => {
    const p = await pointWithThresholds("medium");
    const res = await post(
      fixtureInspection(p.id, p.version, {
        cracks: [
          { crack_id: "L1", width_mm: 30, change_mm: 1 },
          { crack_id: "L2", width_mm: 40, change_mm: 12 },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().alert).toMatchObject({
      level: "yellow",
      previous_level: "none",
      report_limit_hours: 12,
      reasons: [{ rule: "threshold", parameter: "crack_change_mm", value: 12, warnValue: 10, crackId: "L2" }],
    });
    expect(await currentAlert(p.id)).toBe("yellow");
    // raising the alert is not a change of the record: the next inspection is not flagged
    const next = await post(fixtureInspection(p.id, p.version));
    expect(next.json().inspection.needs_review).toBe(false);
  });

  it("a displacement of twice the value raises orange on a large point, with the 4 h limit", async () => {
    const p = await pointWithThresholds("large");
    const res = await post(fixtureInspection(p.id, p.version, { displacement_mm: 120 }));
    expect(res.json().alert).toMatchObject({ level: "orange", report_limit_hours: 4 });
    expect(await currentAlert(p.id)).toBe("orange");
  });

  it("the monitor's red raises red; values under the thresholds raise nothing", async () => {
    const quiet = await pointWithThresholds();
    const calm = await post(fixtureInspection(quiet.id, quiet.version, { displacement_mm: 49 }));
    expect(calm.json().alert).toBeNull();
    expect(await currentAlert(quiet.id)).toBe("none");
    const red = await post(
      fixtureInspection(quiet.id, quiet.version, { alert_level: "red", assessment: "abnormal" }),
    );
    expect(red.json().alert).toMatchObject({
      level: "red",
      reasons: [{ rule: "monitor_level", level: "red" }],
    });
    expect(await currentAlert(quiet.id)).toBe("red");
  });

  it("never lowers an alert: a yellow reading on an orange point raises nothing", async () => {
    const p = await pointWithThresholds();
    await post(fixtureInspection(p.id, p.version, { displacement_mm: 100 }));
    const res = await post(fixtureInspection(p.id, p.version, { displacement_mm: 60 }));
    expect(res.json().alert).toBeNull();
    expect(await currentAlert(p.id)).toBe("orange");
  });

  it("a replayed send raises nothing twice", async () => {
    const p = await pointWithThresholds();
    const body = fixtureInspection(p.id, p.version, { displacement_mm: 70 });
    const first = await post(body);
    const again = await post(body);
    expect(again.json().alert).toEqual(first.json().alert);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM hazard_alerts WHERE hazard_id = ${p.id}::int`.execute(h.t.db.kysely);
    expect(rows[0]?.n).toBe(1);
  });
});

describe("GET /api/alerts", () => {
  it("lists raised alerts to planners with the time since report and the deadline", async () => {
    const p = await pointWithThresholds("large");
    const observed = new Date(Date.now() - 5 * 3600_000).toISOString();
    const made = await post(
      fixtureInspection(p.id, p.version, { displacement_mm: 55, inspected_at: observed }),
    );
    const alertId = made.json().alert.id as number;
    const res = await h.app.inject({ url: "/api/alerts", headers: planner });
    expect(res.statusCode).toBe(200);
    const row = (
      res.json().alerts as { id: number; reporting: { state: string; elapsed_minutes: number } }[]
    ).find((a) => a.id === alertId);
    expect(row?.reporting.state).toBe("overdue");
    expect(row?.reporting.elapsed_minutes).toBeGreaterThanOrEqual(300);

    const report = await h.app.inject({
      method: "POST",
      url: `/api/alerts/${alertId}/report`,
      headers: planner,
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().reporting.state).toBe("reported_late");
    const twice = await h.app.inject({
      method: "POST",
      url: `/api/alerts/${alertId}/report`,
      headers: planner,
    });
    expect(twice.statusCode).toBe(409);
    const open = await h.app.inject({ url: "/api/alerts?status=open", headers: planner });
    expect((open.json().alerts as { id: number }[]).map((a) => a.id)).not.toContain(alertId);
  });

  it("is for planners and admins only", async () => {
    expect((await h.app.inject({ url: "/api/alerts", headers: field })).statusCode).toBe(403);
    expect((await h.app.inject({ url: "/api/alerts" })).statusCode).toBe(401);
  });
});

describe("confirmed alerts and the public map", () => {
  async function publicAlert(id: number) {
    const res = await h.app.inject({ url: `/collections/hazard_points/items/${id}` });
    expect(res.statusCode).toBe(200);
    return res.json().properties.current_alert as string;
  }
  async function tileAlert(id: number) {
    const { rows } = await sql<{ lng: number; lat: number }>`
      SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat FROM hazard_points WHERE id = ${id}::int`.execute(
      h.t.db.kysely,
    );
    const { lng, lat } = rows[0] as { lng: number; lat: number };
    const p = tileOf(lng, lat, 14);
    const res = await h.app.inject({ url: `/tiles/hazards/14/${p.x}/${p.y}.mvt` });
    return decodeTileLayer(res.rawPayload, "hazards").features.find((f) => f.id === id)?.properties
      .current_alert;
  }

  it("a raised alert stays internal until a planner confirms it; then the public sees its level", async () => {
    const p = await pointWithThresholds("large");
    const made = await post(fixtureInspection(p.id, p.version, { displacement_mm: 120 }));
    const alertId = made.json().alert.id as number;
    expect(await currentAlert(p.id)).toBe("orange");
    expect(await publicAlert(p.id)).toBe("none");
    expect(await tileAlert(p.id)).toBe("none");

    const listed = await h.app.inject({ url: "/api/alerts?status=all", headers: planner });
    const row = (listed.json().alerts as { id: number; confirmed_at: string | null }[]).find(
      (a) => a.id === alertId,
    );
    expect(row?.confirmed_at).toBeNull();
    expect(listed.json().open_count).toBeGreaterThanOrEqual(1);

    expect(
      (await h.app.inject({ method: "POST", url: `/api/alerts/${alertId}/confirm`, headers: field }))
        .statusCode,
    ).toBe(403);
    const confirmed = await h.app.inject({
      method: "POST",
      url: `/api/alerts/${alertId}/confirm`,
      headers: planner,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ id: alertId, confirmed_by: "演示规划员 Demo planner" });
    expect(Date.parse(confirmed.json().confirmed_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(await publicAlert(p.id)).toBe("orange");
    expect(await tileAlert(p.id)).toBe("orange");
    // confirming is news, not a change of the record under the monitor's feet
    expect(await hazardVersion(h.t.db.kysely, p.id)).toBe(p.version);

    const again = await h.app.inject({
      method: "POST",
      url: `/api/alerts/${alertId}/confirm`,
      headers: planner,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("alert_already_confirmed");
  });

  it("a newer unconfirmed red leaves the public on the confirmed orange", async () => {
    const p = await pointWithThresholds("large");
    const orange = await post(fixtureInspection(p.id, p.version, { displacement_mm: 120 }));
    await h.app.inject({
      method: "POST",
      url: `/api/alerts/${orange.json().alert.id}/confirm`,
      headers: planner,
    });
    const red = await post(
      fixtureInspection(p.id, p.version, { alert_level: "red", assessment: "abnormal" }),
    );
    expect(red.json().alert.level).toBe("red");
    expect(await currentAlert(p.id)).toBe("red");
    expect(await publicAlert(p.id)).toBe("orange");
  });

  it("lists the most severe first among open alerts, with reason, actions and photos", async () => {
    const p = await pointWithThresholds("large");
    const q = await pointWithThresholds("large");
    await post(fixtureInspection(p.id, p.version, { displacement_mm: 55, actions: ["report"] }));
    await post(fixtureInspection(q.id, q.version, { alert_level: "red", assessment: "abnormal" }));
    const res = await h.app.inject({ url: "/api/alerts?status=open&limit=500", headers: planner });
    const alerts = res.json().alerts as { hazard_id: number; level: string; actions: string[] }[];
    const rank = ["blue", "yellow", "orange", "red"];
    for (let i = 1; i < alerts.length; i++) {
      expect(rank.indexOf(alerts[i - 1]?.level ?? "")).toBeGreaterThanOrEqual(
        rank.indexOf(alerts[i]?.level ?? ""),
      );
    }
    const yellow = alerts.find((a) => a.hazard_id === p.id);
    expect(yellow).toMatchObject({ level: "yellow", actions: ["report"], photos: [] });
    expect(yellow).toHaveProperty("reasons.0.parameter", "displacement_mm");
  });
});
