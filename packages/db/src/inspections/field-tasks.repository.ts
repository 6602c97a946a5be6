import type { FieldTask } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

export type { FieldTask };

const iso = (v: unknown) => (v == null ? null : new Date(v as string | Date).toISOString());

export interface NewFieldTask {
  hazardId: number;
  assignedTo: number;
  dueAt: Date;
  kind: string;
  note: string | null;
  source: "planner" | "report";
  reportId: number | null;
  createdBy: number | null;
}

export type CreateTaskResult =
  | { ok: true; id: number }
  | { ok: false; reason: "unknown_hazard" | "not_a_monitor" };

/**
 * Asks a field check of one monitor at one point, in the caller's
 * transaction. The point must be active and the assignee an enabled field
 * account.
 */
export async function insertFieldTask(
  trx: Transaction<Database>,
  task: NewFieldTask,
): Promise<CreateTaskResult> {
  const hazard = await trx
    .selectFrom("hazard_points")
    .select("id")
    .where("id", "=", task.hazardId)
    .where("inventory_status", "=", "active")
    .executeTakeFirst();
  if (!hazard) return { ok: false, reason: "unknown_hazard" };
  const user = await trx
    .selectFrom("users")
    .select("id")
    .where("id", "=", task.assignedTo)
    .where("role", "=", "field")
    .where("disabled", "=", false)
    .executeTakeFirst();
  if (!user) return { ok: false, reason: "not_a_monitor" };
  const { rows } = await sql<{ id: number }>`
    INSERT INTO field_tasks (hazard_id, assigned_to, source, report_id, kind, due_at, note, created_by)
    VALUES (${task.hazardId}::int, ${task.assignedTo}::int, ${task.source}, ${task.reportId}::int, ${task.kind},
            ${task.dueAt.toISOString()}::timestamptz, ${task.note}, ${task.createdBy}::int)
    RETURNING id`.execute(trx);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("insert into field_tasks returned no id");
  return { ok: true, id };
}

/** The first monitor on a point's beat (lowest account id), or undefined. */
export async function firstMonitorOf(db: Kysely<Database>, hazardId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom("hazard_monitors as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("m.user_id")
    .where("m.hazard_id", "=", hazardId)
    .where("u.role", "=", "field")
    .where("u.disabled", "=", false)
    .orderBy("m.user_id")
    .executeTakeFirst();
  return row?.user_id;
}

interface TaskRow {
  id: number;
  hazard_id: number;
  hazard_name: string;
  unified_code: string;
  village: string | null;
  lng: number;
  lat: number;
  hazard_version: number;
  assigned_to: number;
  assignee_name: string;
  source: string;
  report_id: number | null;
  kind: string;
  due_at: Date;
  note: string | null;
  created_at: Date;
  closed_at: Date | null;
  closed_inspection_id: number | null;
}

/** Tasks, open ones first by due time, then closed ones newest first. */
export async function listFieldTasks(
  db: Kysely<Database>,
  filter: { assignedTo?: number; hazardId?: number; open?: boolean; id?: number; limit: number },
): Promise<FieldTask[]> {
  const where = [sql`true`];
  if (filter.id !== undefined) where.push(sql`t.id = ${filter.id}::int`);
  if (filter.assignedTo !== undefined) where.push(sql`t.assigned_to = ${filter.assignedTo}::int`);
  if (filter.hazardId !== undefined) where.push(sql`t.hazard_id = ${filter.hazardId}::int`);
  if (filter.open === true) where.push(sql`t.closed_at IS NULL`);
  if (filter.open === false) where.push(sql`t.closed_at IS NOT NULL`);
  const { rows } = await sql<TaskRow>`
    SELECT t.id, t.hazard_id, h.name_zh AS hazard_name, h.unified_code, h.village,
           ST_X(h.geom) AS lng, ST_Y(h.geom) AS lat, h.version AS hazard_version,
           t.assigned_to, u.display_name AS assignee_name, t.source, t.report_id, t.kind, t.due_at, t.note,
           t.created_at, t.closed_at, t.closed_inspection_id
      FROM field_tasks t
      JOIN hazard_points h ON h.id = t.hazard_id
      JOIN users u ON u.id = t.assigned_to
     WHERE ${sql.join(where, sql` AND `)}
     ORDER BY t.closed_at IS NULL DESC, CASE WHEN t.closed_at IS NULL THEN t.due_at END ASC,
              t.closed_at DESC, t.id
     LIMIT ${filter.limit}::int`.execute(db);
  return rows.map((r) => ({
    ...r,
    due_at: iso(r.due_at) as string,
    created_at: iso(r.created_at) as string,
    closed_at: iso(r.closed_at),
  }));
}

/**
 * Locks a task the inspection says it answers, when it is its owner's, at
 * the inspected point, and still open; undefined otherwise (the inspection
 * is stored anyway, without closing anything).
 */
export async function lockOpenTask(
  trx: Transaction<Database>,
  taskId: number,
  userId: number,
  hazardId: number,
): Promise<number | undefined> {
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM field_tasks
     WHERE id = ${taskId}::int AND assigned_to = ${userId}::int AND hazard_id = ${hazardId}::int
       AND closed_at IS NULL
       FOR UPDATE`.execute(trx);
  return rows[0]?.id;
}

/** Closes a task by the inspection that answered it. */
export async function closeTask(
  trx: Transaction<Database>,
  taskId: number,
  inspectionId: number,
): Promise<void> {
  await sql`
    UPDATE field_tasks SET closed_at = now(), closed_inspection_id = ${inspectionId}::int
     WHERE id = ${taskId}::int AND closed_at IS NULL`.execute(trx);
}
