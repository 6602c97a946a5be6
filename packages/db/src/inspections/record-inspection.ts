import {
  type AlertLevel,
  alertLevel,
  type DangerGrade,
  evaluateAlert,
  type InspectionInput,
  normaliseInspection,
  reportLimitHours,
  type Threshold,
  type ThresholdParameter,
} from "@lianpian/domain";
import type { Kysely, Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { tryLockClientKey } from "./client-key-lock.repository.ts";
import { closeTask, lockOpenTask } from "./field-tasks.repository.ts";
import { type AlertView, findAlertOfInspection, insertAlert } from "./hazard-alerts.repository.ts";
import {
  findInspectionByClientKey,
  insertInspection,
  type StoredInspection,
} from "./inspections.repository.ts";

/** What the phone is told about an inspection stored under its key. */
export interface InspectionResult {
  inspection: Omit<StoredInspection, "content_hash">;
  /** Set when the point changed on the server since the phone downloaded it. */
  conflict: { reason: string; hazard_version_sent: number; hazard_version_now: number } | null;
  /** Set when this inspection raised the point's alert. */
  alert: AlertView | null;
}

export type RecordOutcome =
  | { kind: "created"; result: InspectionResult }
  | { kind: "replayed"; result: InspectionResult }
  /** The key is stored (or being stored) with other content, or by another user. */
  | { kind: "key_reused" }
  /** A send of the same key is being stored right now. */
  | { kind: "in_flight" }
  | { kind: "hazard_not_found" };

export interface RecordRequest {
  input: InspectionInput;
  /** SHA-256 of canonicalInspectionJson(input). */
  contentHash: string;
  user: { id: number; displayName: string };
  actor: Actor;
}

/**
 * Stores an inspection exactly once per client key. The same key with the
 * same content gives back the stored result; other content is refused; a
 * send that finds another send of the key still being stored is told so.
 * The write itself (inspection, raised alert, audit row) is one transaction,
 * which holds the key's advisory lock: a send that died let go of it with
 * its connection, so its retry is stored at once.
 */
export async function recordInspection(db: Kysely<Database>, req: RecordRequest): Promise<RecordOutcome> {
  const key = req.input.client_key;
  const stored = await findInspectionByClientKey(db, key);
  if (stored) return replayOrRefuse(db, stored, req);
  return db.transaction().execute(async (trx) => {
    if (!(await tryLockClientKey(trx, key))) return { kind: "in_flight" } as const;
    // Stored by a send that held the lock until a moment ago.
    const now = await findInspectionByClientKey(trx, key);
    if (now) return replayOrRefuse(trx, now, req);
    return store(trx, req);
  });
}

/** The stored result under a client key (as a replayed send would get it), with its owner. */
export async function findInspectionResult(
  db: Kysely<Database>,
  clientKey: string,
): Promise<{ userId: number | null; result: InspectionResult } | undefined> {
  const stored = await findInspectionByClientKey(db, clientKey);
  return stored ? { userId: stored.user_id, result: await resultOf(db, stored) } : undefined;
}

async function replayOrRefuse(
  db: Kysely<Database>,
  stored: StoredInspection,
  req: RecordRequest,
): Promise<RecordOutcome> {
  if (stored.content_hash !== req.contentHash || stored.user_id !== req.user.id)
    return { kind: "key_reused" };
  return { kind: "replayed", result: await resultOf(db, stored) };
}

async function resultOf(db: Kysely<Database>, stored: StoredInspection): Promise<InspectionResult> {
  const { content_hash: _hash, ...inspection } = stored;
  const conflict =
    stored.review_reason && stored.hazard_version_sent !== null && stored.hazard_version_stored !== null
      ? {
          reason: stored.review_reason,
          hazard_version_sent: stored.hazard_version_sent,
          hazard_version_now: stored.hazard_version_stored,
        }
      : null;
  return { inspection, conflict, alert: (await findAlertOfInspection(db, stored.id)) ?? null };
}

async function store(trx: Transaction<Database>, req: RecordRequest): Promise<RecordOutcome> {
  const n = normaliseInspection(req.input);
  // FOR UPDATE: two inspections of one point raise its alert one after the other.
  const hazard = await trx
    .selectFrom("hazard_points")
    .select(["id", "version", "inventory_status", "current_alert", "danger_grade", "danger_grade_override"])
    .where("id", "=", n.hazardId)
    .forUpdate()
    .executeTakeFirst();
  if (!hazard) return { kind: "hazard_not_found" };
  const thresholds = await trx
    .selectFrom("hazard_thresholds")
    .select(["parameter", "warn_value"])
    .where("hazard_id", "=", hazard.id)
    .execute();

  const reviewReason =
    hazard.inventory_status === "written_off"
      ? "hazard_written_off"
      : hazard.version !== n.hazardVersion
        ? "hazard_changed"
        : null;
  // Only the inspection naming an open task of its own, at that point, closes it.
  const taskId =
    n.taskId === null ? null : ((await lockOpenTask(trx, n.taskId, req.user.id, hazard.id)) ?? null);
  const id = await insertInspection(trx, {
    clientKey: req.input.client_key,
    contentHash: req.contentHash,
    userId: req.user.id,
    inspectorName: req.user.displayName,
    inspection: n,
    hazardVersionStored: hazard.version,
    reviewReason,
    taskId,
  });
  if (taskId !== null) await closeTask(trx, taskId, id);

  const current = (alertLevel.has(hazard.current_alert) ? hazard.current_alert : "none") as AlertLevel;
  const decision = evaluateAlert(
    {
      cracks: n.cracks.map((c) => ({ crackId: c.crackId, changeMm: c.changeMm })),
      displacementMm: n.displacementMm,
      rainfallMm: n.rainfallMm,
      alertLevel: n.alertLevel,
    },
    thresholds.map(
      (t): Threshold => ({ parameter: t.parameter as ThresholdParameter, warnValue: t.warn_value }),
    ),
    current,
  );
  // A written-off point has no live alert to raise; the inspection waits for review instead.
  let alertId: number | null = null;
  if (decision.raises && hazard.inventory_status === "active") {
    const grade = (hazard.danger_grade_override ?? hazard.danger_grade) as DangerGrade;
    await trx
      .updateTable("hazard_points")
      .set({ current_alert: decision.level, alert_raised_at: new Date() })
      .where("id", "=", hazard.id)
      .execute();
    alertId = await insertAlert(trx, {
      hazardId: hazard.id,
      inspectionId: id,
      level: decision.level,
      previousLevel: current,
      reasons: decision.reasons,
      observedAt: n.inspectedAt,
      reportLimitHours: reportLimitHours(grade),
    });
  }

  await recordAudit(trx, req.actor, {
    action: "inspection.create",
    entity: "inspection",
    entityId: id,
    details: {
      client_key: req.input.client_key,
      hazard_id: hazard.id,
      review_reason: reviewReason,
      task_id: taskId,
    },
  });
  if (alertId !== null) {
    await recordAudit(trx, req.actor, {
      action: "alert.raise",
      entity: "hazard_point",
      entityId: hazard.id,
      details: { alert_id: alertId, level: decision.level, previous_level: current, inspection_id: id },
    });
  }
  const stored = await findInspectionByClientKey(trx, req.input.client_key);
  if (!stored) throw new Error("inspection vanished inside its own transaction");
  return { kind: "created", result: await resultOf(trx, stored) };
}
