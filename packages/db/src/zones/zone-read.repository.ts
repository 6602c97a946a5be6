import type { Zone, ZoneStatus, ZoneSummary } from "@lianpian/domain";
import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

type ZoneRow = Omit<Zone, "created_at" | "updated_at"> & {
  created_at: Date | string;
  updated_at: Date | string;
};

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** The columns of a full zone: attributes, geometry, tasks, yearly plan, parties. */
const ZONE_COLUMNS = sql`z.id, z.version, z.code, z.name_zh, z.zone_type, z.status, z.phase, z.county_codes,
  z.damage_types, z.restoration_m2, z.implementation_mode, z.budget_wan, z.fund_sources, z.remarks,
  z.area_m2, z.dist_hsr_m, z.dist_expressway_m, z.created_at, z.updated_at,
  ST_AsGeoJSON(z.geom, 9)::json AS geometry,
  (SELECT coalesce(json_agg(json_build_object('task_kind', t.task_kind, 'lead_unit', t.lead_unit,
      'planned_area_m2', t.planned_area_m2, 'budget_wan', t.budget_wan) ORDER BY t.task_kind), '[]')
   FROM zone_tasks t WHERE t.zone_id = z.id) AS tasks,
  (SELECT coalesce(json_agg(json_build_object('year', y.year, 'planned_area_m2', y.planned_area_m2,
      'done_area_m2', y.done_area_m2, 'planned_spend_wan', y.planned_spend_wan,
      'done_spend_wan', y.done_spend_wan) ORDER BY y.year), '[]')
   FROM zone_yearly y WHERE y.zone_id = z.id) AS yearly,
  (SELECT coalesce(json_agg(json_build_object('company_id', p.company_id,
      'company_name', coalesce(c.name_zh, '政府（历史遗留）'), 'share_pct', p.share_pct,
      'is_override', p.is_override) ORDER BY p.share_pct DESC, p.company_id NULLS LAST), '[]')
   FROM zone_parties p LEFT JOIN companies c ON c.id = p.company_id WHERE p.zone_id = z.id) AS parties`;

function toZone(row: ZoneRow): Zone {
  return {
    ...row,
    area_m2: row.area_m2 ?? 0,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

async function selectZones(db: Executor, where: RawBuilder<unknown>): Promise<Zone[]> {
  const { rows } =
    await sql<ZoneRow>`SELECT ${ZONE_COLUMNS} FROM treatment_zones z WHERE ${where} ORDER BY z.code`.execute(
      db,
    );
  return rows.map(toZone);
}

/** One zone with everything, or undefined. */
export async function readZone(db: Executor, id: number): Promise<Zone | undefined> {
  const [zone] = await selectZones(db, sql`z.id = ${id}::int`);
  return zone;
}

/** Every zone in full (for exports), by code; only those in `status` when given. */
export async function readAllZones(db: Executor, status?: ZoneStatus): Promise<Zone[]> {
  return selectZones(db, status ? sql`z.status = ${status}` : sql`true`);
}

export interface ZoneListFilter {
  status?: string | undefined;
  phase?: string | undefined;
  zoneType?: string | undefined;
  /** Part of the code or name. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Zones without geometry for the planner's list, newest change first, with the total count. */
export async function listZones(
  db: Executor,
  f: ZoneListFilter,
): Promise<{ zones: ZoneSummary[]; total: number }> {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await sql<Omit<ZoneSummary, "updated_at"> & { updated_at: Date | string; total: number }>`
    SELECT z.id, z.version, z.code, z.name_zh, z.zone_type, z.status, z.phase, z.county_codes,
           coalesce(z.area_m2, 0) AS area_m2, z.budget_wan, z.updated_at,
           ARRAY[ST_XMin(z.geom), ST_YMin(z.geom), ST_XMax(z.geom), ST_YMax(z.geom)] AS bbox,
           count(*) OVER ()::int AS total
    FROM treatment_zones z
    WHERE (${f.status ?? null}::text IS NULL OR z.status = ${f.status ?? null}::text)
      AND (${f.phase ?? null}::text IS NULL OR z.phase = ${f.phase ?? null}::text)
      AND (${f.zoneType ?? null}::text IS NULL OR z.zone_type = ${f.zoneType ?? null}::text)
      AND (${like}::text IS NULL OR z.code ILIKE ${like}::text OR z.name_zh ILIKE ${like}::text)
    ORDER BY z.updated_at DESC, z.id DESC
    LIMIT ${f.limit}::int OFFSET ${f.offset}::int`.execute(db);
  return {
    total: rows[0]?.total ?? 0,
    zones: rows.map(({ total: _total, ...z }) => ({ ...z, updated_at: iso(z.updated_at) })),
  };
}
