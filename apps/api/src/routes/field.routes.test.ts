import { assignMonitor, type Db } from "@lianpian/db";
import { FIXTURE_ORIGIN, fixtureInspection, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, openTestApp, type TestApp } from "../../../../test/support/test-app.ts";

let h: TestApp;
let field: { authorization: string };
let ids: { here: number; near: number; far: number };

async function userId(db: Db, username: string): Promise<number> {
  const row = await db.kysely
    .selectFrom("users")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  h = await openTestApp();
  const db = h.t.db.kysely;
  ids = {
    here: await insertFixtureHazard(db, { name: "脚下点" }),
    near: await insertFixtureHazard(db, { dxM: 300, dyM: 300, name: "东北点" }),
    far: await insertFixtureHazard(db, { dyM: -3000, name: "南边点" }),
  };
  await db.updateTable("hazard_points").set({ current_alert: "orange" }).where("id", "=", ids.far).execute();
  // The demo monitor's beat (assigned at seeding) is replaced by the fixtures'.
  const fieldId = await userId(h.t.db, "field");
  await db.deleteFrom("hazard_monitors").where("user_id", "=", fieldId).execute();
  await assignMonitor(db, fieldId, [ids.near, ids.far]);
  field = await loginAs(h.app, "field");
});
afterAll(async () => h?.close());

const [lng, lat] = FIXTURE_ORIGIN;

describe("GET /api/field/hazards/nearest", () => {
  it("lists the nearest point first, in ellipsoidal distance order, with direction", async () => {
    const res = await h.app.inject({
      url: `/api/field/hazards/nearest?lng=${lng}&lat=${lat}&limit=10`,
      headers: field,
    });
    expect(res.statusCode).toBe(200);
    const rows = res.json().hazards as { id: number; distance_m: number; compass: string | null }[];
    expect(rows[0]).toMatchObject({ id: ids.here, compass: null });
    expect(rows[0]?.distance_m).toBeLessThan(1);
    const distances = rows.map((r) => r.distance_m);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const ne = rows.find((r) => r.id === ids.near);
    expect(ne?.compass).toBe("NE");
    expect(ne?.distance_m).toBeGreaterThan(400);
    expect(ne?.distance_m).toBeLessThan(450);
    // the same ten as a brute-force ranking of every active point
    const { rows: truth } = await sql<{ id: number }>`
      SELECT id FROM hazard_points WHERE inventory_status = 'active'
      ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326)::geography), id
      LIMIT 10`.execute(h.t.db.kysely);
    expect(rows.map((r) => r.id)).toEqual(truth.map((r) => r.id));
  });

  it("filters to the user's own points and by alert level", async () => {
    const mine = await h.app.inject({
      url: `/api/field/hazards/nearest?lng=${lng}&lat=${lat}&mine=true`,
      headers: field,
    });
    const mineRows = mine.json().hazards as { id: number; monitored: boolean }[];
    expect(mineRows.map((r) => r.id)).toEqual([ids.near, ids.far]);
    expect(mineRows.every((r) => r.monitored)).toBe(true);
    const orange = await h.app.inject({
      url: `/api/field/hazards/nearest?lng=${lng}&lat=${lat}&alert=orange&alert=red&mine=true`,
      headers: field,
    });
    expect((orange.json().hazards as { id: number }[]).map((r) => r.id)).toEqual([ids.far]);
  });

  it("leaves written-off points out", async () => {
    await h.t.db.kysely
      .updateTable("hazard_points")
      .set({ inventory_status: "written_off", written_off_at: "2026-01-01" })
      .where("id", "=", ids.here)
      .execute();
    const res = await h.app.inject({
      url: `/api/field/hazards/nearest?lng=${lng}&lat=${lat}`,
      headers: field,
    });
    expect((res.json().hazards as { id: number }[]).map((r) => r.id)).not.toContain(ids.here);
    await h.t.db.kysely
      .updateTable("hazard_points")
      .set({ inventory_status: "active", written_off_at: null })
      .where("id", "=", ids.here)
      .execute();
  });

  it("asks for a login and rejects a position off the globe", async () => {
    expect((await h.app.inject({ url: `/api/field/hazards/nearest?lng=${lng}&lat=${lat}` })).statusCode).toBe(
      401,
    );
    const bad = await h.app.inject({ url: `/api/field/hazards/nearest?lng=200&lat=${lat}`, headers: field });
    expect(bad.statusCode).toBe(400);
  });
});

describe("GET /api/field/hazards/:id/card", () => {
  it("shows the 明白卡 with private fields to a field user", async () => {
    const res = await h.app.inject({ url: `/api/field/hazards/${ids.near}/card`, headers: field });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.private).toBe(true);
    expect(body.card).toMatchObject({
      id: ids.near,
      monitor_name: "张测试",
      monitor_phone: "13800000000",
      responsible_phone: "13900000000",
      warning_signal: "鸣锣",
      shelter_name: "村委会",
      threatened_people: 25,
      threatened_households: 7,
    });
    expect(body.card.evacuation_route.type).toBe("LineString");
    expect(body.card.shelter.type).toBe("Point");
  });

  it("hides names, phones and inspections from the anonymous public", async () => {
    const res = await h.app.inject({ url: `/api/field/hazards/${ids.near}/card` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.private).toBe(false);
    expect(body.card.monitor_name).toBeNull();
    expect(body.card.monitor_phone).toBeNull();
    expect(body.card.responsible_name).toBeNull();
    expect(body.card.responsible_phone).toBeNull();
    expect(body.recent_inspections).toEqual([]);
    expect(res.body).not.toContain("13800000000");
  });

  it("is 404 for an unknown point", async () => {
    const res = await h.app.inject({ url: "/api/field/hazards/99999999/card", headers: field });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("hazard_not_found");
  });
});

describe("GET /api/field/pack", () => {
  it("carries the cards of the area and the user's own points, for offline use", async () => {
    const bbox = [lng - 0.001, lat - 0.001, lng + 0.001, lat + 0.001].join(",");
    const res = await h.app.inject({ url: `/api/field/pack?bbox=${bbox}`, headers: field });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const got = (body.hazards as { id: number }[]).map((c) => c.id);
    expect(got).toEqual(expect.arrayContaining([ids.here, ids.near, ids.far]));
    expect(body.monitored_ids).toEqual([ids.near, ids.far].sort((a, b) => a - b));
    expect(body.hazards.find((c: { id: number }) => c.id === ids.near).monitor_phone).toBe("13800000000");
  });

  it("sends only the points changed since the last pack on an update, written-off ones too", async () => {
    const db = h.t.db.kysely;
    // Everything was last changed an hour ago (the touch trigger is held off to say so)…
    await sql`ALTER TABLE hazard_points DISABLE TRIGGER hazard_points_touch`.execute(db);
    await db.updateTable("hazard_points").set({ updated_at: sql`now() - interval '1 hour'` }).execute();
    await sql`ALTER TABLE hazard_points ENABLE TRIGGER hazard_points_touch`.execute(db);
    const first = await h.app.inject({ url: "/api/field/pack", headers: field });
    const since = first.json().generated_at as string;
    // …then two points change after the phone's pack.
    await db.updateTable("hazard_points").set({ threatened_people: 31 }).where("id", "=", ids.near).execute();
    await db
      .updateTable("hazard_points")
      .set({ inventory_status: "written_off", written_off_at: sql`now()` })
      .where("id", "=", ids.far)
      .execute();
    const res = await h.app.inject({
      url: `/api/field/pack?since=${encodeURIComponent(since)}`,
      headers: field,
    });
    expect(res.statusCode).toBe(200);
    const cards = res.json().hazards as { id: number; inventory_status: string; threatened_people: number }[];
    expect(cards.map((c) => c.id).sort((a, b) => a - b)).toEqual([ids.near, ids.far].sort((a, b) => a - b));
    expect(cards.find((c) => c.id === ids.far)?.inventory_status).toBe("written_off");
    expect(res.json().since).toBe(since);
    await db
      .updateTable("hazard_points")
      .set({ inventory_status: "active", written_off_at: null })
      .where("id", "=", ids.far)
      .execute();
    const bad = await h.app.inject({ url: "/api/field/pack?since=yesterday", headers: field });
    expect(bad.statusCode).toBe(400);
  });

  it("refuses the public and an oversized area", async () => {
    expect((await h.app.inject({ url: "/api/field/pack" })).statusCode).toBe(401);
    const big = await h.app.inject({ url: "/api/field/pack?bbox=100,20,120,40", headers: field });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.code).toBe("bbox_too_large");
  });
});

describe("GET /api/field/my-points", () => {
  it("lists the monitor's own points with the last inspection and the last pre- and post-flood checks", async () => {
    const db = h.t.db.kysely;
    const version = async (id: number) =>
      (await db.selectFrom("hazard_points").select("version").where("id", "=", id).executeTakeFirstOrThrow())
        .version;
    const post = async (id: number, kind: string, at: string) => {
      const res = await h.app.inject({
        method: "POST",
        url: "/api/inspections",
        headers: field,
        payload: fixtureInspection(id, await version(id), { kind: kind as "routine", inspected_at: at }),
      });
      expect(res.statusCode).toBe(201);
    };
    await post(ids.near, "pre_flood", "2026-04-20T08:00:00+08:00");
    await post(ids.near, "routine", "2026-08-02T08:00:00+08:00");
    // a point off the beat is not listed, whatever is inspected there
    await post(ids.here, "post_flood", "2026-10-03T08:00:00+08:00");
    const res = await h.app.inject({ url: "/api/field/my-points", headers: field });
    expect(res.statusCode).toBe(200);
    expect(res.json().points).toEqual(
      [
        {
          hazard_id: ids.near,
          name_zh: "东北点",
          village: null,
          lng: expect.any(Number),
          lat: expect.any(Number),
          danger_grade: expect.any(String),
          last_inspected_at: "2026-08-02T00:00:00.000Z",
          last_pre_flood_at: "2026-04-20T00:00:00.000Z",
          last_post_flood_at: null,
        },
        {
          hazard_id: ids.far,
          name_zh: "南边点",
          village: null,
          lng: expect.any(Number),
          lat: expect.any(Number),
          danger_grade: expect.any(String),
          last_inspected_at: null,
          last_pre_flood_at: null,
          last_post_flood_at: null,
        },
      ].sort((a, b) => a.hazard_id - b.hazard_id),
    );
  });

  it("is for logged-in field staff only", async () => {
    expect((await h.app.inject({ url: "/api/field/my-points" })).statusCode).toBe(401);
  });
});
