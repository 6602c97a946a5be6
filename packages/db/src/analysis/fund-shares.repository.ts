import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { geomFromGeoJson } from "./geometry-sql.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** Damage inside a zone per responsible party (company, or null for the government). */
export interface PartyDamageRow {
  company_id: number | null;
  company_name: string | null;
  mine_footprint_m2: number;
  subsidence_m2: number;
}

/**
 * The fund-share rule's inputs (DATA-MODEL "Fund shares"): per company, its
 * mines' footprints clipped to the zone plus the subsidence areas attributed
 * to its mines, by their share %, clipped to the zone. Historic pits (no
 * company) and the unattributed remainder of each subsidence area are the
 * government's (company_id null).
 */
export async function readPartyDamage(db: Executor, geometry: unknown): Promise<PartyDamageRow[]> {
  // One row holding the list: PGlite answers a failed GEOS overlay with no
  // rows rather than an error, and no row at all must not read as "no damage".
  const { rows } = await sql<{ parties: PartyDamageRow[] }>`
    SELECT coalesce(json_agg(x ORDER BY x.company_id NULLS LAST), '[]') AS parties FROM (
    WITH z AS MATERIALIZED (SELECT ${geomFromGeoJson(geometry)} AS g),
    mine_part AS (
      SELECT m.company_id, ST_Area(ST_Intersection(m.geom, z.g)::geography) AS a
      FROM mines m, z WHERE ST_Intersects(m.geom, z.g)
    ),
    sub AS (
      SELECT s.id, ST_Area(ST_Intersection(s.geom, z.g)::geography) AS a
      FROM subsidence_areas s, z WHERE ST_Intersects(s.geom, z.g)
    ),
    sub_part AS (
      SELECT m.company_id, sub.a * r.share_pct / 100.0 AS a
      FROM sub JOIN subsidence_responsibilities r ON r.subsidence_id = sub.id JOIN mines m ON m.id = r.mine_id
      UNION ALL
      SELECT NULL::int, sub.a * greatest(0, 100 - coalesce(
        (SELECT sum(r.share_pct) FROM subsidence_responsibilities r WHERE r.subsidence_id = sub.id), 0)) / 100.0
      FROM sub
    ),
    parts AS (
      SELECT company_id, a AS mine_a, 0::float8 AS sub_a FROM mine_part
      UNION ALL SELECT company_id, 0::float8, a FROM sub_part
    )
    SELECT p.company_id, co.name_zh AS company_name,
           sum(p.mine_a)::float8 AS mine_footprint_m2, sum(p.sub_a)::float8 AS subsidence_m2
    FROM parts p LEFT JOIN companies co ON co.id = p.company_id
    GROUP BY p.company_id, co.name_zh
    HAVING sum(p.mine_a) + sum(p.sub_a) > 0
    ) x`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("fund shares returned no row (overlay failed)");
  return row.parties;
}
