import {
  type AftercareCreate,
  type AftercareRecord,
  checkZoneEdit,
  type DecisionKind,
  type Zone,
  type ZoneDecision,
  type ZoneEdit,
  type ZoneEditCheck,
  type ZoneGovernance,
  type ZoneStatus,
  zoneLockState,
} from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

/** Who decided: the logged-in reviewer or admin. */
export interface Decider {
  userId: number | null;
  username: string;
  role: string;
}

/** A decision as the route checked it (document fields checked, attachment sniffed). */
export interface DecisionInput {
  kind: DecisionKind;
  documentNo?: string;
  documentDate?: string;
  reason?: string;
  attachment?: { filename: string; type: string; bytes: Uint8Array };
  by: Decider;
}

/** A refused edit of a locked zone. */
export type LockedEdit = { ok: false; reason: "locked"; check: Exclude<ZoneEditCheck, { ok: true }> };

/** Whether the zone was reopened by a reviewer since its last status change. */
export async function isReopened(db: Executor, zoneId: number): Promise<boolean> {
  const row = await db
    .selectFrom("treatment_zones")
    .select("reopened_at")
    .where("id", "=", zoneId)
    .executeTakeFirst();
  return row?.reopened_at != null;
}

/** The refusal when `edits` break the zone's lock (see packages/domain decisions-locks), else undefined. */
export async function refuseLockedEdit(
  trx: Executor,
  zone: Pick<Zone, "id" | "status">,
  edits: readonly ZoneEdit[],
): Promise<LockedEdit | undefined> {
  const check = checkZoneEdit(zone.status, await isReopened(trx, zone.id), edits);
  return check.ok ? undefined : { ok: false, reason: "locked", check };
}

/** Stores a decision on the version it produced and notes it in that version's history. */
export async function insertDecision(trx: Trx, zoneId: number, zoneVersion: number, d: DecisionInput) {
  await trx
    .insertInto("zone_decisions")
    .values({
      zone_id: zoneId,
      kind: d.kind,
      zone_version: zoneVersion,
      document_no: d.documentNo ?? null,
      document_date: d.documentDate ?? null,
      reason: d.reason ?? null,
      attachment_name: d.attachment?.filename ?? null,
      attachment_type: d.attachment?.type ?? null,
      attachment: d.attachment ? Buffer.from(d.attachment.bytes) : null,
      decided_by_user_id: d.by.userId,
      decided_by: d.by.username,
      decided_by_role: d.by.role,
    })
    .execute();
  const note = {
    decision: d.kind,
    document_no: d.documentNo ?? null,
    document_date: d.documentDate ?? null,
    attachment: d.attachment?.filename ?? null,
    reason: d.reason ?? null,
    decided_by: d.by.username,
    decided_by_role: d.by.role,
  };
  await trx
    .updateTable("zone_history")
    .set({ note: JSON.stringify(note) })
    .where("zone_id", "=", zoneId)
    .where("version", "=", zoneVersion)
    .execute();
}

type DecisionRow = Omit<ZoneDecision, "attachment" | "decided_at"> & {
  attachment_name: string | null;
  attachment_type: NonNullable<ZoneDecision["attachment"]>["content_type"] | null;
  bytes: number | null;
  decided_at: Date | string;
};

/** A zone's decisions, oldest first (attachments described, not included). */
export async function listDecisions(db: Executor, zoneId: number): Promise<ZoneDecision[]> {
  const { rows } = await sql<DecisionRow>`
    SELECT id, kind, zone_version, document_no, to_char(document_date, 'YYYY-MM-DD') AS document_date,
      reason, attachment_name, attachment_type, octet_length(attachment) AS bytes,
      decided_by, decided_by_role, decided_at
    FROM zone_decisions WHERE zone_id = ${zoneId}::int ORDER BY id`.execute(db);
  return rows.map(({ attachment_name, attachment_type, bytes, decided_at, ...rest }) => ({
    ...rest,
    attachment:
      attachment_name && attachment_type && bytes != null
        ? { filename: attachment_name, content_type: attachment_type, bytes: Number(bytes) }
        : null,
    decided_at: new Date(decided_at).toISOString(),
  }));
}

/** The attachment of one decision of a zone, or undefined. */
export async function readDecisionAttachment(db: Executor, zoneId: number, decisionId: number) {
  const row = await db
    .selectFrom("zone_decisions")
    .select(["attachment_name", "attachment_type", "attachment"])
    .where("zone_id", "=", zoneId)
    .where("id", "=", decisionId)
    .executeTakeFirst();
  if (!row?.attachment || !row.attachment_type) return undefined;
  return { filename: row.attachment_name ?? "attachment", type: row.attachment_type, bytes: row.attachment };
}

/** Adds an aftercare record; refused unless the zone is accepted or in aftercare. */
export async function addAftercare(
  trx: Trx,
  zone: Pick<Zone, "id" | "status">,
  input: AftercareCreate,
  recordedBy: string,
): Promise<{ ok: true; record: AftercareRecord } | { ok: false; reason: "aftercare_not_open" }> {
  if (!zoneLockState(zone.status, false).aftercare_open) return { ok: false, reason: "aftercare_not_open" };
  const { id } = await trx
    .insertInto("zone_aftercare")
    .values({
      zone_id: zone.id,
      kind: input.kind,
      responsible_unit: input.responsible_unit ?? null,
      period_start: input.period_start ?? null,
      period_end: input.period_end ?? null,
      inspected_on: input.inspected_on ?? null,
      condition: input.condition ?? null,
      notes: input.notes ?? null,
      recorded_by: recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const record = (await listAftercare(trx, zone.id)).find((r) => r.id === id);
  if (!record) throw new Error(`aftercare record ${id} vanished inside its own transaction`);
  return { ok: true, record };
}

/** A zone's aftercare records, oldest first. */
export async function listAftercare(db: Executor, zoneId: number): Promise<AftercareRecord[]> {
  const { rows } = await sql<AftercareRecord & { recorded_at: Date | string }>`
    SELECT id, kind, responsible_unit, to_char(period_start, 'YYYY-MM-DD') AS period_start,
      to_char(period_end, 'YYYY-MM-DD') AS period_end, to_char(inspected_on, 'YYYY-MM-DD') AS inspected_on,
      condition, notes, recorded_by, recorded_at
    FROM zone_aftercare WHERE zone_id = ${zoneId}::int ORDER BY id`.execute(db);
  return rows.map((r) => ({ ...r, recorded_at: new Date(r.recorded_at).toISOString() }));
}

/** Decisions, lock state and aftercare of a zone, or undefined when there is no such zone. */
export async function readGovernance(db: Executor, zoneId: number): Promise<ZoneGovernance | undefined> {
  const row = await db
    .selectFrom("treatment_zones")
    .select(["status", "reopened_at"])
    .where("id", "=", zoneId)
    .executeTakeFirst();
  if (!row) return undefined;
  const status = row.status as ZoneStatus;
  return {
    status,
    ...zoneLockState(status, row.reopened_at != null),
    decisions: await listDecisions(db, zoneId),
    aftercare: await listAftercare(db, zoneId),
  };
}
