import type { MonitorBeat } from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** Makes a user a monitor of hazard points; returns how many assignments are new. */
export async function assignMonitor(
  db: Kysely<Database>,
  userId: number,
  hazardIds: readonly number[],
): Promise<number> {
  return (await addToBeat(db, userId, hazardIds)).length;
}

/** Adds the points to the user's beat; returns the ids that were not on it yet, ascending. */
async function addToBeat(
  db: Kysely<Database>,
  userId: number,
  hazardIds: readonly number[],
): Promise<number[]> {
  if (hazardIds.length === 0) return [];
  const rows = await db
    .insertInto("hazard_monitors")
    .values(hazardIds.map((hazardId) => ({ hazard_id: hazardId, user_id: userId })))
    .onConflict((oc) => oc.columns(["hazard_id", "user_id"]).doNothing())
    .returning("hazard_id")
    .execute();
  return rows.map((r) => r.hazard_id).sort((a, b) => a - b);
}

/** The ids of the hazard points a user monitors. */
export async function listMonitoredHazardIds(db: Kysely<Database>, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("hazard_monitors")
    .select("hazard_id")
    .where("user_id", "=", userId)
    .orderBy("hazard_id")
    .execute();
  return rows.map((r) => r.hazard_id);
}

/** Ids of the active points nearest a place, for assigning a monitor's beat. */
export async function nearestActiveHazardIds(
  db: Kysely<Database>,
  at: { lng: number; lat: number },
  count: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom("hazard_points")
    .select("id")
    .where("inventory_status", "=", "active")
    .orderBy(
      sql`geom::geography <-> ST_SetSRID(ST_MakePoint(${at.lng}::float8, ${at.lat}::float8), 4326)::geography`,
    )
    .limit(count)
    .execute();
  return rows.map((r) => r.id);
}

/** Jincheng's city centre: the demo monitor looks after the points nearest to it. */
const DEMO_BEAT_CENTRE = { lng: 112.851, lat: 35.4906 };

/**
 * Gives a demo field account its beat (the `count` active points nearest the
 * city centre), so "only my points" means something on the embedded demo.
 * Idempotent; returns how many assignments are new, or 0 when the user does not exist.
 */
export async function assignDemoBeat(db: Kysely<Database>, username: string, count = 12): Promise<number> {
  const user = await db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
  if (!user) return 0;
  return assignMonitor(db, user.id, await nearestActiveHazardIds(db, DEMO_BEAT_CENTRE, count));
}

/** Every field account with its beat (points by code); one account when `userId` is given. */
export async function listMonitorBeats(db: Kysely<Database>, userId?: number): Promise<MonitorBeat[]> {
  let users = db
    .selectFrom("users")
    .select(["id", "username", "display_name", "disabled"])
    .where("role", "=", "field")
    .orderBy("display_name")
    .orderBy("id");
  if (userId !== undefined) users = users.where("id", "=", userId);
  const accounts = await users.execute();
  if (accounts.length === 0) return [];
  const points = await db
    .selectFrom("hazard_monitors as m")
    .innerJoin("hazard_points as h", "h.id", "m.hazard_id")
    .select([
      "m.user_id",
      "h.id",
      "h.unified_code",
      "h.name_zh",
      "h.hazard_type",
      sql<string>`coalesce(h.danger_grade_override, h.danger_grade)`.as("danger_grade"),
      sql<number>`ST_X(h.geom)`.as("lng"),
      sql<number>`ST_Y(h.geom)`.as("lat"),
    ])
    .where(
      "m.user_id",
      "in",
      accounts.map((a) => a.id),
    )
    .orderBy("h.unified_code")
    .execute();
  return accounts.map((a) => ({
    ...a,
    points: points
      .filter((p) => p.user_id === a.id)
      .map(({ user_id: _, ...p }) => ({ ...p, lng: Number(p.lng), lat: Number(p.lat) })),
  }));
}

/** Of the ids, those that are no active hazard point (unknown or written off), ascending. */
export async function inactiveHazardIds(db: Kysely<Database>, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("hazard_points")
    .select("id")
    .where("id", "in", [...ids])
    .where("inventory_status", "=", "active")
    .execute();
  const active = new Set(rows.map((r) => r.id));
  return [...new Set(ids)].filter((id) => !active.has(id)).sort((a, b) => a - b);
}

/**
 * Changes a monitor's beat by difference: adds and removes points. Two
 * planners editing one beat at once both keep their changes (no set is
 * overwritten). Returns the ids that were really added and removed.
 */
export async function changeMonitorBeat(
  db: Kysely<Database>,
  userId: number,
  change: { add: readonly number[]; remove: readonly number[] },
): Promise<{ added: number[]; removed: number[] }> {
  const removed =
    change.remove.length === 0
      ? []
      : await db
          .deleteFrom("hazard_monitors")
          .where("user_id", "=", userId)
          .where("hazard_id", "in", [...change.remove])
          .returning("hazard_id")
          .execute();
  return {
    added: await addToBeat(db, userId, change.add),
    removed: removed.map((r) => r.hazard_id).sort((a, b) => a - b),
  };
}
