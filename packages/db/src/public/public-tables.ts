import type { ColumnType, Generated, Kysely, Transaction } from "kysely";
import type { Database, Geometry } from "../schema.ts";

/**
 * Kysely's view of the tables of db/migrations/0005_public_reports.sql. Kept
 * beside the code that uses them and added to a handle with `withPublic`, so
 * the shared schema.ts stays as it is.
 */
type Num = ColumnType<number, number, number>;
type NullableNum = ColumnType<number | null, number | null | undefined, number | null>;

interface PlanRegionsTable {
  code: string;
  name_zh: string;
  name_en: string;
  level: "city" | "county";
  parent_code: string | null;
  geom: Geometry;
  geom_approximate: Generated<boolean>;
  data_source: string;
  remarks: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface PlanTargetsTable {
  id: Generated<number>;
  region_code: string;
  indicator: string;
  year: number;
  kind: string;
  value: Num;
  unit: string;
  period_start: number | null;
  is_real: boolean;
  source_document: string;
  source_detail: string | null;
  entered_by: Generated<string>;
  remarks: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface PublicReportsTable {
  id: Generated<number>;
  tracking_code: string;
  category: string;
  report_text: string;
  reporter_contact: string | null;
  location_source: string;
  location_accuracy_m: NullableNum;
  county_code: string;
  geom: Geometry;
  status: Generated<string>;
  public_reply: string | null;
  hazard_id: number | null;
  zone_id: number | null;
  check_requested_at: Date | null;
  check_note: string | null;
  checked_inspection_id: number | null;
  checked_at: Date | null;
  status_changed_at: Generated<Date>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface PublicReportPhotosTable {
  report_id: number;
  sha256: string;
  content_type: string;
  byte_size: number;
  data: Buffer;
  created_at: Generated<Date>;
}

export type PublicTables = {
  plan_regions: PlanRegionsTable;
  plan_targets: PlanTargetsTable;
  public_reports: PublicReportsTable;
  public_report_photos: PublicReportPhotosTable;
};

export type PublicDatabase = Database & PublicTables;
export type PublicExecutor = Kysely<PublicDatabase> | Transaction<PublicDatabase>;

/** The same handle (or transaction), typed to see the public-face tables too. */
export function withPublic(db: Kysely<Database>): Kysely<PublicDatabase>;
export function withPublic(db: Transaction<Database>): Transaction<PublicDatabase>;
export function withPublic(db: Kysely<Database> | Transaction<Database>): PublicExecutor {
  return db.withTables<PublicTables>();
}
