import type { MonitoredPointHistory } from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/**
 * The monitor's own points with when each was last inspected (by anyone),
 * and last given its pre-flood and post-flood checks: what the phone's
 * "monitor's day" works out what is due from (inspectionsDue).
 */
export async function listMonitoredPointHistories(
  db: Kysely<Database>,
  userId: number,
): Promise<MonitoredPointHistory[]> {
  const { rows } = await sql<{
    hazard_id: number;
    name_zh: string;
    village: string | null;
    lng: number;
    lat: number;
    danger_grade: string;
    last_inspected_at: Date | null;
    last_pre_flood_at: Date | null;
    last_post_flood_at: Date | null;
  }>`
    SELECT m.hazard_id, h.name_zh, h.village, ST_X(h.geom) AS lng, ST_Y(h.geom) AS lat, COALESCE(h.danger_grade_override, h.danger_grade) AS danger_grade,
           max(i.inspected_at) AS last_inspected_at,
           max(i.inspected_at) FILTER (WHERE i.kind = 'pre_flood') AS last_pre_flood_at,
           max(i.inspected_at) FILTER (WHERE i.kind = 'post_flood') AS last_post_flood_at
    FROM hazard_monitors m
    JOIN hazard_points h ON h.id = m.hazard_id
    LEFT JOIN inspections i ON i.hazard_id = m.hazard_id
    WHERE m.user_id = ${userId}::int
    GROUP BY m.hazard_id, h.id
    ORDER BY m.hazard_id`.execute(db);
  const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());
  return rows.map((r) => ({
    hazard_id: r.hazard_id,
    name_zh: r.name_zh,
    village: r.village,
    lng: r.lng,
    lat: r.lat,
    danger_grade: r.danger_grade,
    last_inspected_at: iso(r.last_inspected_at),
    last_pre_flood_at: iso(r.last_pre_flood_at),
    last_post_flood_at: iso(r.last_post_flood_at),
  }));
}
