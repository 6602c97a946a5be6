import type { MineDisposition, Mineral, MineStatus, MiningMethod, ProductionUnit } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** A non-coal mine with what its rectification class needs; dates as ISO days. */
export interface RectificationMineRow {
  id: number;
  mine_name: string;
  license_no: string | null;
  county_code: string;
  company_id: number | null;
  company_name: string | null;
  mineral: Mineral;
  mining_method: MiningMethod;
  status: MineStatus;
  production_scale: number | null;
  production_unit: ProductionUnit;
  valid_to: string | null;
  safety_permit_valid_to: string | null;
  remaining_service_years: number | null;
  /** The planner's recorded class and its basis (document). */
  disposition: MineDisposition | null;
  disposition_doc: string | null;
  over_boundary: boolean;
  over_boundary_record: string | null;
  banned_process_unfixed: boolean;
  resources_exhausted: boolean;
  stopped_since: string | null;
  construction_due: string | null;
  scale_after_upgrade: number | null;
  ore_body_code: string | null;
  /** A point inside the licence, [lng, lat], for the thematic map. */
  position: [number, number];
}

/**
 * Every licensed non-coal mine (historic pits have no licence to rectify),
 * optionally of one county, with its rectification facts (none: all false).
 */
export async function readRectificationMines(
  db: Executor,
  filter: { countyCode?: string; mineIds?: readonly number[] } = {},
): Promise<RectificationMineRow[]> {
  const county = filter.countyCode ?? null;
  const ids = filter.mineIds ? JSON.stringify(filter.mineIds) : null;
  const day = (c: string) => sql.raw(`to_char(${c}, 'YYYY-MM-DD')`);
  const { rows } = await sql<RectificationMineRow>`
    SELECT m.id, m.mine_name, m.license_no, m.county_code::text AS county_code, m.company_id,
           co.name_zh AS company_name, m.mineral, m.mining_method, m.status,
           m.production_scale::float8 AS production_scale, m.production_unit,
           ${day("m.valid_to")} AS valid_to, ${day("m.safety_permit_valid_to")} AS safety_permit_valid_to,
           m.remaining_service_years::float8 AS remaining_service_years, m.disposition, m.disposition_doc,
           coalesce(f.over_boundary, false) AS over_boundary, f.over_boundary_record,
           coalesce(f.banned_process_unfixed, false) AS banned_process_unfixed,
           coalesce(f.resources_exhausted, false) AS resources_exhausted,
           ${day("f.stopped_since")} AS stopped_since, ${day("f.construction_due")} AS construction_due,
           f.scale_after_upgrade::float8 AS scale_after_upgrade, f.ore_body_code,
           json_build_array(round(ST_X(p.g)::numeric, 6)::float8, round(ST_Y(p.g)::numeric, 6)::float8) AS position
    FROM mines m
    LEFT JOIN companies co ON co.id = m.company_id
    LEFT JOIN mine_rectification_facts f ON f.mine_id = m.id,
    LATERAL (SELECT ST_PointOnSurface(m.geom) AS g) p
    WHERE m.mineral NOT IN ('coal', 'coalbed_methane') AND m.license_no IS NOT NULL
      AND (${county}::text IS NULL OR m.county_code = ${county}::text)
      AND (${ids}::jsonb IS NULL OR m.id IN (SELECT jsonb_array_elements_text(${ids}::jsonb)::int))
    ORDER BY m.county_code, m.id`.execute(db);
  return rows;
}

/** The facts a planner or an import records for a mine's rectification. */
export interface RectificationFacts {
  over_boundary: boolean;
  over_boundary_record: string | null;
  banned_process_unfixed: boolean;
  resources_exhausted: boolean;
  stopped_since: string | null;
  construction_due: string | null;
  scale_after_upgrade: number | null;
  ore_body_code: string | null;
}

/** Sets a mine's rectification facts (insert or replace), audited; false when the mine is not a licensed non-coal mine. */
export async function writeRectificationFacts(
  trx: Transaction<Database>,
  mineId: number,
  facts: RectificationFacts,
  actor: Actor,
): Promise<boolean> {
  const [mine] = await readRectificationMines(trx, { mineIds: [mineId] });
  if (!mine) return false;
  await sql`
    INSERT INTO mine_rectification_facts (mine_id, over_boundary, over_boundary_record, banned_process_unfixed,
      resources_exhausted, stopped_since, construction_due, scale_after_upgrade, ore_body_code, data_source)
    VALUES (${mineId}::int, ${facts.over_boundary}, ${facts.over_boundary_record}, ${facts.banned_process_unfixed},
      ${facts.resources_exhausted}, ${facts.stopped_since}::date, ${facts.construction_due}::date,
      ${facts.scale_after_upgrade}::numeric, ${facts.ore_body_code}, ${`lianpian:${actor.username}`})
    ON CONFLICT (mine_id) DO UPDATE SET over_boundary = EXCLUDED.over_boundary,
      over_boundary_record = EXCLUDED.over_boundary_record, banned_process_unfixed = EXCLUDED.banned_process_unfixed,
      resources_exhausted = EXCLUDED.resources_exhausted, stopped_since = EXCLUDED.stopped_since,
      construction_due = EXCLUDED.construction_due, scale_after_upgrade = EXCLUDED.scale_after_upgrade,
      ore_body_code = EXCLUDED.ore_body_code, data_source = EXCLUDED.data_source`.execute(trx);
  const before = pickFacts(mine);
  await recordAudit(trx, actor, {
    action: "rectification.facts",
    entity: "mine",
    entityId: mineId,
    details: { before, after: facts },
  });
  return true;
}

function pickFacts(m: RectificationMineRow): RectificationFacts {
  return {
    over_boundary: m.over_boundary,
    over_boundary_record: m.over_boundary_record,
    banned_process_unfixed: m.banned_process_unfixed,
    resources_exhausted: m.resources_exhausted,
    stopped_since: m.stopped_since,
    construction_due: m.construction_due,
    scale_after_upgrade: m.scale_after_upgrade,
    ore_body_code: m.ore_body_code,
  };
}

/**
 * Records the planner's class of a mine (mines.disposition) with its basis,
 * or clears it (null): audited with the class before and after. False when
 * the mine is not a licensed non-coal mine.
 */
export async function recordRectificationClass(
  trx: Transaction<Database>,
  mineId: number,
  decision: { disposition: MineDisposition | null; basis: string | null },
  actor: Actor,
): Promise<boolean> {
  const [mine] = await readRectificationMines(trx, { mineIds: [mineId] });
  if (!mine) return false;
  await trx
    .updateTable("mines")
    .set({ disposition: decision.disposition, disposition_doc: decision.basis })
    .where("id", "=", mineId)
    .execute();
  await recordAudit(trx, actor, {
    action: "rectification.record_class",
    entity: "mine",
    entityId: mineId,
    details: {
      before: { disposition: mine.disposition, basis: mine.disposition_doc },
      after: decision,
    },
  });
  return true;
}
