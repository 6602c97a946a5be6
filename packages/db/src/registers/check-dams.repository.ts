import {
  type CheckDamBody,
  type CheckDamRow,
  checkDamProblems,
  JINCHENG_BBOX,
  type RowProblem,
} from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export type CheckDamImport = { ok: true; written: number } | { ok: false; problems: RowProblem[] };

/**
 * Imports check-dam rows: every row checked first (fields, unique codes in
 * the file and against the register, known counties), then all written in
 * the caller's transaction, or none. Audited with the count.
 */
export async function importCheckDams(
  trx: Transaction<Database>,
  rows: readonly Record<string, unknown>[],
  source: string,
  actor: Actor,
): Promise<CheckDamImport> {
  const problems = checkDamProblems(rows, JINCHENG_BBOX);
  const codes = rows.map((r) => r.code).filter((c): c is string => typeof c === "string");
  const counties = rows.map((r) => r.county_code).filter((c): c is string => typeof c === "string");
  const { rows: known } = await sql<{ taken: string[]; counties: string[] }>`
    SELECT ARRAY(SELECT code FROM check_dams WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))) AS taken,
           ARRAY(SELECT code::text FROM counties WHERE code IN (SELECT jsonb_array_elements_text(${JSON.stringify(counties)}::jsonb))) AS counties`.execute(
    trx,
  );
  const taken = new Set(known[0]?.taken ?? []);
  const knownCounties = new Set(known[0]?.counties ?? []);
  rows.forEach((r, i) => {
    if (typeof r.code === "string" && taken.has(r.code)) problems.push(codeTaken(i + 1, r.code));
    if (
      typeof r.county_code === "string" &&
      /^\d{6}$/.test(r.county_code) &&
      !knownCounties.has(r.county_code)
    )
      problems.push(unknownCounty(i + 1, r.county_code));
  });
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  for (const r of rows as unknown as CheckDamRow[]) await insertCheckDam(trx, r, source);
  await recordAudit(trx, actor, {
    action: "check_dams.import",
    entity: "check_dams",
    details: { rows: rows.length, source },
  });
  return { ok: true, written: rows.length };
}

/** A code the register already holds (row numbers from 1). */
export function codeTaken(row: number, code: string): RowProblem {
  return { row, field: "code", zh: `编号已存在：${code}`, en: `code already in the register: ${code}` };
}

/** A county code that names no county. */
export function unknownCounty(row: number, countyCode: string): RowProblem {
  return { row, field: "county_code", zh: `未知县代码：${countyCode}`, en: `unknown county: ${countyCode}` };
}

/** Writes one checked dam, imported or sent by the form (texts trimmed, position in EPSG:4326), and gives its id. */
export async function insertCheckDam(
  trx: Transaction<Database>,
  dam: CheckDamBody,
  source: string,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO check_dams (code, name_zh, county_code, dam_type, storage_wan_m3, control_area_km2, built_year,
        condition, risk_level, responsible_unit, geom, data_source)
    VALUES (${dam.code.trim()}, ${dam.name_zh.trim()}, ${dam.county_code}, ${dam.dam_type}, ${dam.storage_wan_m3}::numeric,
        ${dam.control_area_km2}::numeric, ${dam.built_year ?? null}::int, ${dam.condition}, ${dam.risk_level},
        ${dam.responsible_unit.trim()}, ${damPoint(dam)}, ${source})
    RETURNING id`.execute(trx);
  return rows[0]?.id as number;
}

/** The dam's position as a PostGIS point. */
export function damPoint(dam: { lng: number; lat: number }) {
  return sql`ST_SetSRID(ST_MakePoint(${dam.lng}::float8, ${dam.lat}::float8), 4326)`;
}

export interface CheckDam extends Omit<CheckDamRow, "lng" | "lat"> {
  id: number;
  position: [number, number];
  data_source: string;
}

/** The register, optionally of one county, by county and code. */
export async function listCheckDams(db: Executor, countyCode?: string): Promise<CheckDam[]> {
  const county = countyCode ?? null;
  const { rows } = await sql<CheckDam>`
    SELECT id, code, name_zh, county_code::text AS county_code, dam_type, storage_wan_m3::float8 AS storage_wan_m3,
           control_area_km2::float8 AS control_area_km2, built_year, condition, risk_level, responsible_unit,
           json_build_array(ST_X(geom), ST_Y(geom)) AS position, data_source
    FROM check_dams WHERE ${county}::text IS NULL OR county_code = ${county}::text
    ORDER BY county_code, code`.execute(db);
  return rows;
}

/** Per county: dams, storage and control area, and how many are at high risk. */
export async function checkDamsByCounty(db: Executor) {
  const { rows } = await sql<{
    county_code: string;
    dams: number;
    storage_wan_m3: number;
    control_area_km2: number;
    high_risk: number;
  }>`
    SELECT county_code::text AS county_code, count(*)::int AS dams, sum(storage_wan_m3)::float8 AS storage_wan_m3,
           sum(control_area_km2)::float8 AS control_area_km2,
           (count(*) FILTER (WHERE risk_level = 'high'))::int AS high_risk
    FROM check_dams GROUP BY county_code ORDER BY county_code`.execute(db);
  return rows;
}

/** Dams and storage by condition and risk level, for one county or all (the public dashboard). */
export async function checkDamsByConditionRisk(db: Executor, countyCode: string | null) {
  const { rows } = await sql<{
    condition: string;
    risk_level: string;
    dams: number;
    storage_wan_m3: number;
    data_sources: string[];
  }>`
    SELECT condition, risk_level, count(*)::int AS dams, sum(storage_wan_m3)::float8 AS storage_wan_m3,
           array_agg(DISTINCT data_source ORDER BY data_source) AS data_sources
    FROM check_dams WHERE ${countyCode}::text IS NULL OR county_code = ${countyCode}::text
    GROUP BY condition, risk_level ORDER BY condition, risk_level`.execute(db);
  return rows;
}
