import { DEFAULT_SAFETY_DISTANCE_M } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** Two operations that could be consolidated (整合重组), and why. */
export interface ConsolidationPair {
  mine_a: { id: number; mine_name: string; company_id: number | null };
  mine_b: { id: number; mine_name: string; company_id: number | null };
  /** Geodesic distance between the licence outlines, m (0 when they touch or overlap). */
  distance_m: number;
  /** The safety distance that applied (the larger of the two operations'). */
  safety_distance_m: number;
  reasons: ("closer_than_safety_distance" | "shared_ore_body")[];
  ore_body_code: string | null;
}

/**
 * Consolidation candidates among operating non-coal mines (producing,
 * building or suspended) of different owners: outlines closer than the safety
 * distance of their mineral and method (table safety_distances, else the
 * default), or one ore body held by two or more owners. Distances are
 * geodesic; the index finds neighbours within the largest distance in use.
 */
export async function findConsolidationCandidates(
  db: Executor,
  filter: { countyCode?: string } = {},
): Promise<ConsolidationPair[]> {
  const county = filter.countyCode ?? null;
  const fallback = DEFAULT_SAFETY_DISTANCE_M;
  const { rows } = await sql<ConsolidationPair>`
    WITH op AS MATERIALIZED (
      SELECT m.id, m.mine_name, m.company_id, m.county_code, f.ore_body_code,
             coalesce(sd.distance_m::float8, ${fallback}::float8) AS safety_m
      FROM mines m
      LEFT JOIN mine_rectification_facts f ON f.mine_id = m.id
      LEFT JOIN safety_distances sd ON sd.mineral = m.mineral AND sd.mining_method = m.mining_method
      WHERE m.mineral NOT IN ('coal', 'coalbed_methane') AND m.status IN ('producing', 'building', 'suspended')
    ),
    reach AS MATERIALIZED (SELECT coalesce(max(safety_m), 0) AS m FROM op),
    near AS (
      -- the mines table's GiST index finds neighbours within the largest distance in degrees
      -- (80 km per degree is less than a degree anywhere in Shanxi), the ellipsoid decides
      SELECT ma.id AS a_id, mb.id AS b_id FROM mines ma JOIN mines mb
        ON mb.id > ma.id AND ST_DWithin(ma.geom, mb.geom, (SELECT m FROM reach) / 80000.0)
      UNION
      SELECT a.id, b.id FROM op a JOIN op b ON b.id > a.id AND a.ore_body_code = b.ore_body_code
    ),
    pairs AS (
      SELECT a.id AS a_id, b.id AS b_id, greatest(a.safety_m, b.safety_m) AS safety_m,
             ST_Distance(ma.geom::geography, mb.geom::geography) AS d,
             CASE WHEN a.ore_body_code = b.ore_body_code THEN a.ore_body_code END AS ore_body
      FROM near n JOIN op a ON a.id = n.a_id JOIN op b ON b.id = n.b_id
      JOIN mines ma ON ma.id = a.id JOIN mines mb ON mb.id = b.id
      WHERE a.company_id IS DISTINCT FROM b.company_id
        AND (${county}::text IS NULL OR a.county_code = ${county}::text OR b.county_code = ${county}::text)
    )
    SELECT json_build_object('id', a.id, 'mine_name', a.mine_name, 'company_id', a.company_id) AS mine_a,
           json_build_object('id', b.id, 'mine_name', b.mine_name, 'company_id', b.company_id) AS mine_b,
           round(p.d::numeric, 1)::float8 AS distance_m, p.safety_m AS safety_distance_m,
           array_remove(ARRAY[CASE WHEN p.d < p.safety_m THEN 'closer_than_safety_distance' END,
                              CASE WHEN p.ore_body IS NOT NULL THEN 'shared_ore_body' END], NULL) AS reasons,
           p.ore_body AS ore_body_code
    FROM pairs p JOIN op a ON a.id = p.a_id JOIN op b ON b.id = p.b_id
    WHERE p.d < p.safety_m OR p.ore_body IS NOT NULL
    ORDER BY p.d, a.id, b.id`.execute(db);
  return rows;
}
