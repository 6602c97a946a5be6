import type { InspectionView, NormalisedInspection } from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

export type { InspectionView };

/** The stored row with its content hash, for the idempotency check. */
export interface StoredInspection extends InspectionView {
  content_hash: string;
}

/** A text[] built from a JSON parameter: the same in node-postgres and PGlite. */
const textArray = (values: readonly string[]) =>
  sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

const iso = (v: unknown) => (v == null ? null : new Date(v as string | Date).toISOString());

function selectInspections(db: Kysely<Database>) {
  return db
    .selectFrom("inspections as i")
    .innerJoin("hazard_points as h", "h.id", "i.hazard_id")
    .select([
      "i.id",
      sql<string>`i.client_key::text`.as("client_key"),
      "i.hazard_id",
      "h.name_zh as hazard_name",
      "i.user_id",
      "i.inspector_name",
      "i.inspected_at",
      "i.created_at",
      "i.kind",
      "i.rainfall_mm",
      sql<InspectionView["cracks"]>`i.cracks`.as("cracks"),
      "i.displacement_mm",
      "i.macro_signs",
      "i.assessment",
      "i.alert_level",
      "i.actions",
      "i.notes",
      sql<InspectionView["location"]>`CASE WHEN i.location IS NOT NULL
        THEN json_build_object('lng', ST_X(i.location), 'lat', ST_Y(i.location)) END`.as("location"),
      "i.needs_review",
      "i.review_reason",
      "i.hazard_version_sent",
      "i.hazard_version_stored",
      "i.reviewed_at",
      sql<string | null>`i.review_decision`.as("review_decision"),
      sql<string | null>`i.review_note`.as("review_note"),
      sql<number | null>`i.task_id`.as("task_id"),
      "h.unified_code",
      sql<InspectionView["thresholds"]>`coalesce((SELECT json_agg(json_build_object('parameter', t.parameter,
        'warn_value', t.warn_value::float8) ORDER BY t.parameter) FROM hazard_thresholds t WHERE t.hazard_id = i.hazard_id),
        '[]'::json)`.as("thresholds"),
      sql<
        InspectionView["raised_alert"]
      >`(SELECT json_build_object('id', a.id, 'level', a.level, 'reasons', a.reasons)
        FROM hazard_alerts a WHERE a.inspection_id = i.id)`.as("raised_alert"),
      sql<InspectionView["photos_expected"]>`i.photo_manifest`.as("photos_expected"),
      sql<
        string[]
      >`ARRAY(SELECT p.sha256::text FROM inspection_photos p WHERE p.inspection_id = i.id ORDER BY p.sha256)`.as(
        "photos_received",
      ),
      "i.content_hash",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectInspections>["execute"]>>[number];

function toStored({ created_at, ...row }: Row): StoredInspection {
  return {
    ...row,
    inspected_at: iso(row.inspected_at) as string,
    received_at: iso(created_at) as string,
    reviewed_at: iso(row.reviewed_at),
  };
}

/** The inspection stored under a client key, or undefined. */
export async function findInspectionByClientKey(
  db: Kysely<Database>,
  clientKey: string,
): Promise<StoredInspection | undefined> {
  const row = await selectInspections(db)
    .where(sql<boolean>`i.client_key = ${clientKey}::uuid`)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

/** Which inspections a list shows; every field narrows it. */
export interface InspectionFilter {
  userId?: number;
  hazardId?: number;
  needsReview?: boolean;
  /** inspected on or after / before these instants */
  from?: Date;
  to?: Date;
  /** only those that raised an alert (true) or none (false) */
  raisedAlert?: boolean;
  /** pending (needs review), accepted or rejected */
  review?: "pending" | "accepted" | "rejected";
}

/** Inspections, newest first, narrowed by the filter. */
export async function listInspections(
  db: Kysely<Database>,
  filter: InspectionFilter & { limit: number; offset: number },
): Promise<StoredInspection[]> {
  let q = selectInspections(db);
  if (filter.userId !== undefined) q = q.where("i.user_id", "=", filter.userId);
  if (filter.hazardId !== undefined) q = q.where("i.hazard_id", "=", filter.hazardId);
  if (filter.needsReview !== undefined) q = q.where("i.needs_review", "=", filter.needsReview);
  if (filter.from) q = q.where("i.inspected_at", ">=", filter.from);
  if (filter.to) q = q.where("i.inspected_at", "<", filter.to);
  if (filter.raisedAlert !== undefined) {
    const raised = sql<boolean>`EXISTS (SELECT 1 FROM hazard_alerts a WHERE a.inspection_id = i.id)`;
    q = q.where(filter.raisedAlert ? raised : sql<boolean>`NOT ${raised}`);
  }
  if (filter.review === "pending") q = q.where("i.needs_review", "=", true);
  if (filter.review === "accepted" || filter.review === "rejected") {
    q = q.where(sql<boolean>`i.review_decision = ${filter.review}`);
  }
  const rows = await q
    .orderBy("i.inspected_at", "desc")
    .orderBy("i.id", "desc")
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map(toStored);
}

/** Inserts an inspection in its normalised form; returns its id. */
export async function insertInspection(
  db: Kysely<Database>,
  row: {
    clientKey: string;
    contentHash: string;
    userId: number;
    inspectorName: string;
    inspection: NormalisedInspection;
    hazardVersionStored: number;
    reviewReason: "hazard_changed" | "hazard_written_off" | null;
    /** the task the inspection closes, when it answers one of its owner's open tasks */
    taskId: number | null;
  },
): Promise<number> {
  const n = row.inspection;
  const location = n.location
    ? sql`ST_SetSRID(ST_MakePoint(${n.location.lng}::float8, ${n.location.lat}::float8), 4326)`
    : sql`NULL::geometry`;
  const cracks = n.cracks.map((c) => ({ crack_id: c.crackId, width_mm: c.widthMm, change_mm: c.changeMm }));
  const photos = n.photos.map((p) => ({
    sha256: p.sha256,
    content_type: p.contentType,
    byte_size: p.byteSize,
  }));
  const { rows } = await sql<{ id: number }>`
    INSERT INTO inspections (hazard_id, client_key, content_hash, inspected_at, inspector_name, kind,
      rainfall_mm, cracks, displacement_mm, macro_signs, assessment, alert_level, actions, notes, location,
      needs_review, review_reason, data_source, user_id, hazard_version_sent, hazard_version_stored, photo_manifest,
      task_id)
    VALUES (${n.hazardId}::int, ${row.clientKey}::uuid, ${row.contentHash}, ${n.inspectedAt}::timestamptz,
      ${row.inspectorName}, ${n.kind}, ${n.rainfallMm}::numeric, ${JSON.stringify(cracks)}::jsonb,
      ${n.displacementMm}::numeric, ${textArray(n.macroSigns)}, ${n.assessment}, ${n.alertLevel},
      ${textArray(n.actions)}, ${n.notes}, ${location}, ${row.reviewReason !== null}, ${row.reviewReason},
      'field_app', ${row.userId}::int, ${n.hazardVersion}::int, ${row.hazardVersionStored}::int,
      ${JSON.stringify(photos)}::jsonb, ${row.taskId}::int)
    RETURNING id`.execute(db);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("insert into inspections returned no id");
  return id;
}

/**
 * Records a reviewer's decision (clears needs_review): accepted, or rejected
 * with its reason. False when there is no such inspection.
 */
export async function markInspectionReviewed(
  db: Kysely<Database>,
  id: number,
  reviewerId: number,
  decision: { decision: "accepted"; note?: string | null } | { decision: "rejected"; note: string } = {
    decision: "accepted",
  },
): Promise<boolean> {
  const { rows } = await sql<{ id: number }>`
    UPDATE inspections
       SET needs_review = false, reviewed_at = now(), reviewed_by = ${reviewerId}::int,
           review_decision = ${decision.decision}, review_note = ${decision.note ?? null}
     WHERE id = ${id}::int
    RETURNING id`.execute(db);
  return rows.length > 0;
}

/** Owner and id of the inspection under a client key (for photo uploads), or undefined. */
export async function findInspectionOwner(
  db: Kysely<Database>,
  clientKey: string,
): Promise<{ id: number; user_id: number | null; photo_manifest: unknown } | undefined> {
  return db
    .selectFrom("inspections")
    .select(["id", "user_id", "photo_manifest"])
    .where(sql<boolean>`client_key = ${clientKey}::uuid`)
    .executeTakeFirst();
}
