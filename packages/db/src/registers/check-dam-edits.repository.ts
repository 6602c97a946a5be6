import { type CheckDamBody, checkDamProblems, JINCHENG_BBOX, type RowProblem } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { codeTaken, damPoint, insertCheckDam, unknownCounty } from "./check-dams.repository.ts";

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
  // inside: null when the county code names no county.
  const { rows } = await sql<{ taken: boolean; inside: boolean | null }>`
    SELECT EXISTS (SELECT 1 FROM check_dams WHERE code = ${dam.code.trim()} AND id IS DISTINCT FROM ${selfId}::int) AS taken,
           (SELECT ST_Covers(geom, ${damPoint(dam)}) FROM counties
             WHERE code = ${dam.county_code} AND level = 'county') AS inside`.execute(trx);
  const inside = rows[0]?.inside ?? null;
  if (rows[0]?.taken) problems.push(codeTaken(1, dam.code));
  if (inside === null) problems.push(unknownCounty(1, dam.county_code));
  else if (!inside && !problems.some((p) => p.field === "position"))
    problems.push({
      row: 1,
      field: "position",
      zh: "位置不在所选县（市、区）内",
      en: "the position is not inside the chosen county",
    });
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
  const id = await insertCheckDam(trx, dam, `录入 entered in /plan by ${actor.username}`);
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
      geom = ${damPoint(dam)}
    WHERE id = ${id}`.execute(trx);
  await recordAudit(trx, actor, {
    action: "check_dams.update",
    entity: "check_dams",
    entityId: id,
    details: { before: before[0], after: { ...dam } },
  });
  return { ok: true, id };
}
