import type { AlertReason, AlertView } from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

export type { AlertView };

const iso = (v: unknown) => (v == null ? null : new Date(v as string | Date).toISOString());

/** Records the alert an inspection raised. */
export async function insertAlert(
  db: Kysely<Database>,
  alert: {
    hazardId: number;
    inspectionId: number;
    level: string;
    previousLevel: string;
    reasons: readonly AlertReason[];
    observedAt: string;
    reportLimitHours: 4 | 12;
  },
): Promise<number> {
  const row = await db
    .insertInto("hazard_alerts")
    .values({
      hazard_id: alert.hazardId,
      inspection_id: alert.inspectionId,
      level: alert.level,
      previous_level: alert.previousLevel,
      reasons: JSON.stringify(alert.reasons),
      observed_at: new Date(alert.observedAt),
      report_limit_hours: alert.reportLimitHours,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

function selectAlerts(db: Kysely<Database>) {
  return db
    .selectFrom("hazard_alerts as a")
    .innerJoin("hazard_points as h", "h.id", "a.hazard_id")
    .innerJoin("inspections as i", "i.id", "a.inspection_id")
    .select([
      "a.id",
      "a.hazard_id",
      "h.name_zh as hazard_name",
      "h.unified_code",
      "h.county_code",
      sql<string>`COALESCE(h.danger_grade_override, h.danger_grade)`.as("danger_grade"),
      "h.current_alert",
      sql<number>`ST_X(h.geom)`.as("lng"),
      sql<number>`ST_Y(h.geom)`.as("lat"),
      "a.inspection_id",
      "i.inspector_name",
      "a.level",
      "a.previous_level",
      sql<AlertView["reasons"]>`a.reasons`.as("reasons"),
      "a.observed_at",
      "a.raised_at",
      "a.report_limit_hours",
      "a.reported_at",
      sql<Date | null>`a.confirmed_at`.as("confirmed_at"),
      sql<string | null>`(SELECT u.display_name FROM users u WHERE u.id = a.confirmed_by)`.as("confirmed_by"),
      "i.actions",
      sql<
        string[]
      >`ARRAY(SELECT p.sha256::text FROM inspection_photos p WHERE p.inspection_id = i.id ORDER BY p.sha256)`.as(
        "photos",
      ),
      sql<string>`i.client_key::text`.as("inspection_key"),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAlerts>["execute"]>>[number];
const toView = (r: Row): AlertView => ({
  ...r,
  observed_at: iso(r.observed_at) as string,
  raised_at: iso(r.raised_at) as string,
  reported_at: iso(r.reported_at),
  confirmed_at: iso(r.confirmed_at),
});

/** Raised alerts: unreported first, then the most severe, then the newest. */
export async function listAlerts(
  db: Kysely<Database>,
  filter: { open?: boolean; limit: number; offset: number },
): Promise<AlertView[]> {
  let q = selectAlerts(db);
  if (filter.open === true) q = q.where("a.reported_at", "is", null);
  if (filter.open === false) q = q.where("a.reported_at", "is not", null);
  const rows = await q
    .orderBy(sql`a.reported_at IS NULL`, "desc")
    .orderBy(sql`array_position(ARRAY['blue', 'yellow', 'orange', 'red'], a.level)`, "desc")
    .orderBy("a.observed_at", "desc")
    .orderBy("a.raised_at", "desc")
    .orderBy("a.id", "desc")
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map(toView);
}

/** The alert an inspection raised, or undefined. */
export async function findAlertOfInspection(
  db: Kysely<Database>,
  inspectionId: number,
): Promise<AlertView | undefined> {
  const row = await selectAlerts(db).where("a.inspection_id", "=", inspectionId).executeTakeFirst();
  return row ? toView(row) : undefined;
}

/** One alert, or undefined. */
export async function findAlert(db: Kysely<Database>, id: number): Promise<AlertView | undefined> {
  const row = await selectAlerts(db).where("a.id", "=", id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

/** Marks an alert as reported upward; false when it does not exist or was already reported. */
export async function markAlertReported(db: Kysely<Database>, id: number, userId: number): Promise<boolean> {
  const result = await db
    .updateTable("hazard_alerts")
    .set({ reported_at: new Date(), reported_by: userId })
    .where("id", "=", id)
    .where("reported_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many alerts wait to be reported upward (the tab's badge). */
export async function countOpenAlerts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("hazard_alerts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("reported_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A planner confirms an alert (who, when): from then on the public map shows
 * the point's newest confirmed level. False when it does not exist or was
 * confirmed already.
 */
export async function confirmAlert(db: Kysely<Database>, id: number, userId: number): Promise<boolean> {
  const { rows } = await sql<{ hazard_id: number }>`
    UPDATE hazard_alerts SET confirmed_at = now(), confirmed_by = ${userId}::int
     WHERE id = ${id}::int AND confirmed_at IS NULL
    RETURNING hazard_id`.execute(db);
  const hazardId = rows[0]?.hazard_id;
  if (hazardId === undefined) return false;
  await sql`
    UPDATE hazard_points h SET public_alert = (
      SELECT a.level FROM hazard_alerts a
       WHERE a.hazard_id = h.id AND a.confirmed_at IS NOT NULL
       ORDER BY a.observed_at DESC, a.id DESC LIMIT 1)
     WHERE h.id = ${hazardId}::int`.execute(db);
  return true;
}
