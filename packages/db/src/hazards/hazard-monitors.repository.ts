import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** Makes a user a monitor of hazard points; returns how many assignments are new. */
export async function assignMonitor(
  db: Kysely<Database>,
  userId: number,
  hazardIds: readonly number[],
): Promise<number> {
  if (hazardIds.length === 0) return 0;
  const rows = await db
    .insertInto("hazard_monitors")
    .values(hazardIds.map((hazardId) => ({ hazard_id: hazardId, user_id: userId })))
    .onConflict((oc) => oc.columns(["hazard_id", "user_id"]).doNothing())
    .returning("hazard_id")
    .execute();
  return rows.length;
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
