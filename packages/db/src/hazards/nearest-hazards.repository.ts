import type { AlertLevel, NearestHazard } from "@lianpian/domain";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../schema.ts";

export interface NearestQuery {
  lng: number;
  lat: number;
  limit: number;
  /** Only points this user monitors. */
  monitoredBy?: number | undefined;
  /** Only points whose current alert is one of these. */
  alertLevels?: readonly AlertLevel[] | undefined;
  /** Whether the user asking is marked as monitor of each row. */
  userId?: number | undefined;
}

/** A row of the nearest list; the route adds the compass point. */
export type NearestHazardRow = Omit<NearestHazard, "compass">;

/** The query position as geography, a parameter on every use so the KNN index applies. */
function here(q: NearestQuery): RawBuilder<unknown> {
  return sql`ST_SetSRID(ST_MakePoint(${q.lng}::float8, ${q.lat}::float8), 4326)::geography`;
}

/**
 * Active hazard points nearest first, with distance and direction. The order
 * is KNN (`<->`) on geography over the geography GiST index of 0004; the
 * distance shown is the ellipsoidal one.
 */
export async function findNearestHazards(db: Kysely<Database>, q: NearestQuery): Promise<NearestHazardRow[]> {
  const userId = q.userId ?? 0;
  let query = db
    .selectFrom("hazard_points as h")
    .select([
      "h.id",
      "h.unified_code",
      "h.name_zh",
      "h.hazard_type",
      "h.county_code",
      "h.township",
      "h.village",
      sql<string>`COALESCE(h.danger_grade_override, h.danger_grade)`.as("danger_grade"),
      "h.threatened_people",
      "h.threatened_households",
      "h.current_alert",
      "h.version",
      sql<number>`ST_X(h.geom)`.as("lng"),
      sql<number>`ST_Y(h.geom)`.as("lat"),
      sql<number>`ST_Distance(h.geom::geography, ${here(q)})`.as("distance_m"),
      sql<number | null>`degrees(ST_Azimuth(${here(q)}, h.geom::geography))`.as("bearing_deg"),
      sql<boolean>`EXISTS (SELECT 1 FROM hazard_monitors m WHERE m.hazard_id = h.id AND m.user_id = ${userId}::int)`.as(
        "monitored",
      ),
    ])
    .where("h.inventory_status", "=", "active");
  if (q.monitoredBy !== undefined) {
    const monitoredBy = q.monitoredBy;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("hazard_monitors as m")
          .select("m.hazard_id")
          .whereRef("m.hazard_id", "=", "h.id")
          .where("m.user_id", "=", monitoredBy),
      ),
    );
  }
  if (q.alertLevels && q.alertLevels.length > 0) query = query.where("h.current_alert", "in", q.alertLevels);
  return query
    .orderBy(sql`h.geom::geography <-> ${here(q)}`)
    .orderBy("h.id")
    .limit(q.limit)
    .execute();
}
