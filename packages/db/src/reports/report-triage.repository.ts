import { applyTriageAction, type ReportStatus, type TriageAction } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import { firstMonitorOf, insertFieldTask } from "../inspections/field-tasks.repository.ts";
import { withPublic } from "../public/public-tables.ts";
import type { Database } from "../schema.ts";

/** A staff action on a report, as the triage view sends it. */
export type ReportAction =
  | { action: "accept"; reply?: string | null }
  | {
      action: "assign_check";
      hazardId: number;
      note?: string | null;
      reply?: string | null;
      /** the monitor the check goes to as a task; the point's first monitor when left out */
      monitorId?: number | null;
      /** when the check is due; a day from now when left out */
      dueAt?: Date | null;
    }
  | { action: "resolve"; reply: string }
  | { action: "reject"; reply: string };

export type ActionResult =
  | { ok: true; status: ReportStatus; version: number; taskId: number | null }
  | {
      ok: false;
      reason:
        | "not_found"
        | "version_mismatch"
        | "unknown_hazard"
        | "final_status"
        | "not_allowed_from_status";
    };

/** A field check asked on a report is due a day later unless triage says otherwise. */
const CHECK_DUE_MS = 24 * 3600_000;

/**
 * Applies one triage action in the caller's transaction: locks the report,
 * checks the transition (domain rule) and the version the client saw, writes
 * the new status and reply, and audits before and after.
 */
export async function applyReportAction(
  base: Transaction<Database>,
  actor: Actor,
  reportId: number,
  expectedVersion: number | null,
  act: ReportAction,
): Promise<ActionResult> {
  const trx = withPublic(base);
  const current = await trx
    .selectFrom("public_reports")
    .select(["status", "version", "public_reply", "hazard_id"])
    .where("id", "=", reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!current) return { ok: false, reason: "not_found" };
  if (expectedVersion !== null && expectedVersion !== current.version)
    return { ok: false, reason: "version_mismatch" };
  const move = applyTriageAction(current.status as ReportStatus, act.action satisfies TriageAction);
  if (!move.ok) return move;
  if (act.action === "assign_check") {
    const hazard = await trx
      .selectFrom("hazard_points")
      .select("id")
      .where("id", "=", act.hazardId)
      .executeTakeFirst();
    if (!hazard) return { ok: false, reason: "unknown_hazard" };
  }
  const reply = "reply" in act && act.reply ? act.reply : current.public_reply;
  const updated = await trx
    .updateTable("public_reports")
    .set({
      status: move.to,
      public_reply: reply,
      status_changed_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
      ...(act.action === "assign_check"
        ? {
            hazard_id: act.hazardId,
            check_note: act.note ?? null,
            check_requested_at: sql<Date>`now()`,
            checked_inspection_id: null,
            checked_at: null,
          }
        : {}),
    })
    .where("id", "=", reportId)
    .returning(["status", "version"])
    .executeTakeFirstOrThrow();
  let taskId: number | null = null;
  if (act.action === "assign_check") {
    const monitor = act.monitorId ?? (await firstMonitorOf(base, act.hazardId));
    if (monitor !== undefined) {
      const task = await insertFieldTask(base, {
        hazardId: act.hazardId,
        assignedTo: monitor,
        dueAt: act.dueAt ?? new Date(Date.now() + CHECK_DUE_MS),
        kind: "routine",
        note: act.note ?? null,
        source: "report",
        reportId,
        createdBy: actor.userId,
      });
      // Nothing of this action is kept when the check cannot go to that monitor.
      if (!task.ok) throw new TaskRefused(task.reason);
      taskId = task.id;
    }
  }
  await recordAudit(base, actor, {
    action: `report.${act.action}`,
    entity: "public_report",
    entityId: reportId,
    details: {
      before: { status: current.status, hazard_id: current.hazard_id },
      after: {
        status: updated.status,
        ...(act.action === "assign_check" ? { hazard_id: act.hazardId, task_id: taskId } : {}),
      },
      reply_changed: reply !== current.public_reply,
    },
  });
  return { ok: true, status: updated.status as ReportStatus, version: updated.version, taskId };
}

/** Thrown inside the triage transaction so it rolls back; the caller turns it into its reply. */
export class TaskRefused extends Error {
  constructor(readonly reason: "unknown_hazard" | "not_a_monitor") {
    super(`field task refused: ${reason}`);
  }
}

export type LinkResult =
  | { ok: true; version: number }
  | {
      ok: false;
      reason: "not_found" | "final_status" | "unknown_hazard" | "unknown_zone" | "checking_hazard";
    };

/**
 * Links a report to a hazard point and/or a zone (null unlinks) in the
 * caller's transaction, audited. The hazard of an open field check stays:
 * the check is what the link is for.
 */
export async function linkReport(
  base: Transaction<Database>,
  actor: Actor,
  reportId: number,
  link: { hazardId?: number | null; zoneId?: number | null },
): Promise<LinkResult> {
  const trx = withPublic(base);
  const current = await trx
    .selectFrom("public_reports")
    .select(["status", "hazard_id", "zone_id"])
    .where("id", "=", reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!current) return { ok: false, reason: "not_found" };
  if (current.status === "resolved" || current.status === "rejected")
    return { ok: false, reason: "final_status" };
  if (link.hazardId !== undefined && current.status === "checking" && link.hazardId !== current.hazard_id) {
    return { ok: false, reason: "checking_hazard" };
  }
  if (link.hazardId != null) {
    const found = await trx
      .selectFrom("hazard_points")
      .select("id")
      .where("id", "=", link.hazardId)
      .executeTakeFirst();
    if (!found) return { ok: false, reason: "unknown_hazard" };
  }
  if (link.zoneId != null) {
    const found = await trx
      .selectFrom("treatment_zones")
      .select("id")
      .where("id", "=", link.zoneId)
      .executeTakeFirst();
    if (!found) return { ok: false, reason: "unknown_zone" };
  }
  const set = {
    ...(link.hazardId !== undefined ? { hazard_id: link.hazardId } : {}),
    ...(link.zoneId !== undefined ? { zone_id: link.zoneId } : {}),
  };
  const updated = await trx
    .updateTable("public_reports")
    .set({ ...set, version: sql<number>`version + 1` })
    .where("id", "=", reportId)
    .returning("version")
    .executeTakeFirstOrThrow();
  await recordAudit(base, actor, {
    action: "report.link",
    entity: "public_report",
    entityId: reportId,
    details: { before: { hazard_id: current.hazard_id, zone_id: current.zone_id }, after: set },
  });
  return { ok: true, version: updated.version };
}
