import { type Kysely, sql } from "kysely";
import { withPublic } from "../public/public-tables.ts";
import type { Database } from "../schema.ts";

/** A report as staff with reports.triage see it (private fields included). */
export interface ReportRow {
  id: number;
  tracking_code: string;
  category: string;
  report_text: string;
  reporter_contact: string | null;
  location_source: string;
  location_accuracy_m: number | null;
  county_code: string;
  lng: number;
  lat: number;
  status: string;
  public_reply: string | null;
  hazard_id: number | null;
  hazard_name: string | null;
  zone_id: number | null;
  zone_code: string | null;
  check_requested_at: Date | null;
  check_note: string | null;
  checked_inspection_id: number | null;
  checked_at: Date | null;
  has_photo: boolean;
  version: number;
  created_at: Date;
  status_changed_at: Date;
}

const REPORT_SELECT = sql`
  r.id, r.tracking_code, r.category, r.report_text, r.reporter_contact, r.location_source,
  r.location_accuracy_m::float8 AS location_accuracy_m, r.county_code::text AS county_code,
  ST_X(r.geom) AS lng, ST_Y(r.geom) AS lat, r.status, r.public_reply,
  r.hazard_id, h.name_zh AS hazard_name, r.zone_id, z.code AS zone_code,
  r.check_requested_at, r.check_note, r.checked_inspection_id, r.checked_at,
  EXISTS (SELECT 1 FROM public_report_photos p WHERE p.report_id = r.id) AS has_photo,
  r.version, r.created_at, r.status_changed_at
  FROM public_reports r
  LEFT JOIN hazard_points h ON h.id = r.hazard_id
  LEFT JOIN treatment_zones z ON z.id = r.zone_id`;

/** Reports newest first, optionally of some statuses; `total` counts all that match. */
export async function listReports(
  db: Kysely<Database>,
  filter: { statuses: readonly string[]; limit: number; offset: number },
): Promise<{ total: number; reports: ReportRow[] }> {
  const where = filter.statuses.length ? sql`r.status = ANY (${[...filter.statuses]}::text[])` : sql`true`;
  const { rows } = await sql<ReportRow>`
    SELECT ${REPORT_SELECT} WHERE ${where}
    ORDER BY r.created_at DESC, r.id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
  const count = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM public_reports r WHERE ${where}`.execute(db);
  return { total: count.rows[0]?.n ?? 0, reports: rows };
}

/** One report with its private fields, or undefined. */
export async function findReport(db: Kysely<Database>, id: number): Promise<ReportRow | undefined> {
  const { rows } = await sql<ReportRow>`SELECT ${REPORT_SELECT} WHERE r.id = ${id}`.execute(db);
  return rows[0];
}

/** The photo of a report, or undefined. */
export async function findReportPhoto(db: Kysely<Database>, id: number) {
  return withPublic(db)
    .selectFrom("public_report_photos")
    .select(["content_type", "byte_size", "sha256", "data"])
    .where("report_id", "=", id)
    .executeTakeFirst();
}

export interface NearbyFeatures {
  hazards: { id: number; name_zh: string; unified_code: string; danger_grade: string; distance_m: number }[];
  zones: { id: number; code: string; name_zh: string; status: string; distance_m: number }[];
}

/** Hazard points and zones near a report, nearest first, to link it to: within `radiusM`, at most `limit` each. */
export async function nearbyForReport(
  db: Kysely<Database>,
  id: number,
  radiusM: number,
  limit: number,
): Promise<NearbyFeatures> {
  const hazards = await sql<NearbyFeatures["hazards"][number]>`
    SELECT h.id, h.name_zh, h.unified_code, coalesce(h.danger_grade_override, h.danger_grade) AS danger_grade,
           round(ST_Distance(h.geom::geography, r.geom::geography))::float8 AS distance_m
    FROM public_reports r JOIN hazard_points h ON ST_DWithin(h.geom::geography, r.geom::geography, ${radiusM})
    WHERE r.id = ${id} AND h.inventory_status = 'active'
    ORDER BY distance_m, h.id LIMIT ${limit}`.execute(db);
  const zones = await sql<NearbyFeatures["zones"][number]>`
    SELECT z.id, z.code, z.name_zh, z.status,
           round(ST_Distance(z.geom::geography, r.geom::geography))::float8 AS distance_m
    FROM public_reports r JOIN treatment_zones z ON ST_DWithin(z.geom::geography, r.geom::geography, ${radiusM})
    WHERE r.id = ${id}
    ORDER BY distance_m, z.id LIMIT ${limit}`.execute(db);
  return { hazards: hazards.rows, zones: zones.rows };
}

/** An open field check as the field team sees it: where to go and why, without the reporter's contact. */
export interface FieldCheckRow {
  report_id: number;
  category: string;
  report_text: string;
  lng: number;
  lat: number;
  hazard_id: number;
  hazard_name: string;
  unified_code: string;
  check_note: string | null;
  check_requested_at: Date;
}

/** Reports waiting for a field check, oldest ask first. */
export async function listFieldChecks(db: Kysely<Database>, limit: number): Promise<FieldCheckRow[]> {
  const { rows } = await sql<FieldCheckRow>`
    SELECT r.id AS report_id, r.category, r.report_text, ST_X(r.geom) AS lng, ST_Y(r.geom) AS lat,
           r.hazard_id, h.name_zh AS hazard_name, h.unified_code, r.check_note, r.check_requested_at
    FROM public_reports r JOIN hazard_points h ON h.id = r.hazard_id
    WHERE r.status = 'checking'
    ORDER BY r.check_requested_at, r.id LIMIT ${limit}`.execute(db);
  return rows;
}
