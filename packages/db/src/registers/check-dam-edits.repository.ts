import { type CheckDamBody, checkDamProblems, JINCHENG_BBOX, type RowProblem } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";

export type CheckDamWrite =
  | { ok: true; id: number }
  | { ok: false; problems: RowProblem[] }
  | { ok: false; notFound: true };

/** The row's problems: the domain check, then its code free (but for itself), its county known and holding it. */
async function problemsOf(
  trx: Transaction<Database>,
  dam: CheckDamBody,
  selfId: number | null,
): Promise<RowProblem[]> {
  const problems = checkDamProblems([dam as unknown as Record<string, unknown>], JINCHENG_BBOX);
  const { rows } = await sql<{ taken: boolean; county: boolean; inside: boolean }>`
    SELECT EXISTS (SELECT 1 FROM check_dams WHERE code = ${dam.code.trim()} AND id IS DISTINCT FROM ${selfId}::int) AS taken,
           EXISTS (SELECT 1 FROM counties WHERE code = ${dam.county_code} AND level = 'county') AS county,
           EXISTS (SELECT 1 FROM counties WHERE code = ${dam.county_code} AND level = 'county'
                     AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(${dam.lng}::float8, ${dam.lat}::float8), 4326))) AS inside`.execute(
    trx,
  );
  const bad = (field: string, zh: string, en: string) => problems.push({ row: 1, field, zh, en });
  if (rows[0]?.taken) bad("code", `编号已存在：${dam.code}`, `code already in the register: ${dam.code}`);
  if (!rows[0]?.county)
    bad("county_code", `未知县代码：${dam.county_code}`, `unknown county: ${dam.county_code}`);
  else if (!rows[0]?.inside && !problems.some((p) => p.field === "position"))
    bad("position", "位置不在所选县（市、区）内", "the position is not inside the chosen county");
  return problems;
}

/** Adds one check dam drawn in /plan, audited, in the caller's transaction; nothing when a field is bad. */
export async function createCheckDam(
  trx: Transaction<Database>,
  dam: CheckDamBody,
  actor: Actor,
): Promise<CheckDamWrite> {
  const problems = await problemsOf(trx, dam, null);
  if (problems.length > 0) return { ok: false, problems };
  const { rows } = await sql<{ id: number }>`
    INSERT INTO check_dams (code, name_zh, county_code, dam_type, storage_wan_m3, control_area_km2, built_year,
        condition, risk_level, responsible_unit, geom, data_source)
    VALUES (${dam.code.trim()}, ${dam.name_zh.trim()}, ${dam.county_code}, ${dam.dam_type}, ${dam.storage_wan_m3}::numeric,
        ${dam.control_area_km2}::numeric, ${dam.built_year}::int, ${dam.condition}, ${dam.risk_level},
        ${dam.responsible_unit.trim()}, ST_SetSRID(ST_MakePoint(${dam.lng}::float8, ${dam.lat}::float8), 4326),
        ${`录入 entered in /plan by ${actor.username}`})
    RETURNING id`.execute(trx);
  const id = rows[0]?.id as number;
  await recordAudit(trx, actor, {
    action: "check_dams.create",
    entity: "check_dams",
    entityId: id,
    details: { ...dam },
  });
  return { ok: true, id };
}

/** Replaces one check dam's fields and position, audited with the values before and after. */
export async function updateCheckDam(
  trx: Transaction<Database>,
  id: number,
  dam: CheckDamBody,
  actor: Actor,
): Promise<CheckDamWrite> {
  const { rows: before } = await sql<Record<string, unknown>>`
    SELECT code, name_zh, county_code::text AS county_code, dam_type, storage_wan_m3::float8 AS storage_wan_m3,
           control_area_km2::float8 AS control_area_km2, built_year, condition, risk_level, responsible_unit,
           ST_X(geom) AS lng, ST_Y(geom) AS lat
    FROM check_dams WHERE id = ${id} FOR UPDATE`.execute(trx);
  if (!before[0]) return { ok: false, notFound: true };
  const problems = await problemsOf(trx, dam, id);
  if (problems.length > 0) return { ok: false, problems };
  await sql`
    UPDATE check_dams SET code = ${dam.code.trim()}, name_zh = ${dam.name_zh.trim()}, county_code = ${dam.county_code},
      dam_type = ${dam.dam_type}, storage_wan_m3 = ${dam.storage_wan_m3}::numeric,
      control_area_km2 = ${dam.control_area_km2}::numeric, built_year = ${dam.built_year}::int,
      condition = ${dam.condition}, risk_level = ${dam.risk_level}, responsible_unit = ${dam.responsible_unit.trim()},
      geom = ST_SetSRID(ST_MakePoint(${dam.lng}::float8, ${dam.lat}::float8), 4326)
    WHERE id = ${id}`.execute(trx);
  await recordAudit(trx, actor, {
    action: "check_dams.update",
    entity: "check_dams",
    entityId: id,
    details: { before: before[0], after: { ...dam } },
  });
  return { ok: true, id };
}
