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
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAlerts>["execute"]>>[number];
const toView = (r: Row): AlertView => ({
  ...r,
  observed_at: iso(r.observed_at) as string,
  raised_at: iso(r.raised_at) as string,
  reported_at: iso(r.reported_at),
});

/** Raised alerts, oldest unreported first (the most urgent to report), then the reported ones newest first. */
export async function listAlerts(
  db: Kysely<Database>,
  filter: { open?: boolean; limit: number; offset: number },
): Promise<AlertView[]> {
  let q = selectAlerts(db);
  if (filter.open === true) q = q.where("a.reported_at", "is", null);
  if (filter.open === false) q = q.where("a.reported_at", "is not", null);
  const rows = await q
    .orderBy(sql`a.reported_at IS NULL`, "desc")
    .orderBy(sql`CASE WHEN a.reported_at IS NULL THEN a.observed_at END`, "asc")
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
