import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** Natural keys already in the database: what a bundle may point at, and must not add again. */
export interface ExistingKeys {
  counties: Set<string>;
  companies: Map<string, number>;
  /** Licensed mines by licence number. */
  mines: Map<string, number>;
  subsidence: Map<string, number>;
  hazards: Set<string>;
  corridors: Set<string>;
  zones: Set<string>;
}

/** Reads the natural keys of the tables an import writes (read only; nothing is locked). */
export async function loadExistingKeys(db: Kysely<Database>): Promise<ExistingKeys> {
  const counties = await db.selectFrom("counties").select("code").execute();
  const companies = await db
    .selectFrom("companies")
    .select(["id", "credit_code"])
    .where("credit_code", "is not", null)
    .execute();
  const mines = await db
    .selectFrom("mines")
    .select(["id", "license_no"])
    .where("license_no", "is not", null)
    .execute();
  const subsidence = await db.selectFrom("subsidence_areas").select(["id", "code"]).execute();
  const hazards = await db.selectFrom("hazard_points").select("unified_code").execute();
  const corridors = await db.selectFrom("corridors").select("code").execute();
  const zones = await db.selectFrom("treatment_zones").select("code").execute();
  return {
    counties: new Set(counties.map((r) => r.code)),
    companies: new Map(companies.map((r) => [r.credit_code as string, r.id])),
    mines: new Map(mines.map((r) => [r.license_no as string, r.id])),
    subsidence: new Map(subsidence.map((r) => [r.code, r.id])),
    hazards: new Set(hazards.map((r) => r.unified_code)),
    corridors: new Set(corridors.map((r) => r.code)),
    zones: new Set(zones.map((r) => r.code)),
  };
}

/** True when the database holds no county and no mine: a fresh install the demo may fill. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ empty: boolean }>`
    SELECT NOT EXISTS (SELECT 1 FROM counties) AND NOT EXISTS (SELECT 1 FROM mines) AS empty`.execute(db);
  return rows[0]?.empty === true;
}
