import { type Kysely, sql, type Transaction } from "kysely";
import {
  countiesCrossed,
  type NearestLine,
  nearestLine,
  zoneCte,
} from "../analysis/zone-report.repository.ts";
import type { Database } from "../schema.ts";
import { writeComputedParties } from "./zone-children.repository.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** What a zone's outline decides: the counties it crosses and its distances to rail and expressway. */
export interface ZoneFacts {
  county_codes: string[];
  dist_hsr_m: number | null;
  dist_expressway_m: number | null;
}

/**
 * The derived columns of a zone from its outline (GeoJSON), by the zone
 * report's own SQL fragments: the counties it lists and its nearest lines.
 * Distances are kept to 0.1 m (the columns' numeric(12, 1)).
 */
export async function deriveZoneFacts(db: Executor, geometry: unknown): Promise<ZoneFacts> {
  const { rows } = await sql<{
    county_codes: string[];
    hsr: NearestLine | null;
    expressway: NearestLine | null;
  }>`
    WITH ${zoneCte(geometry)}, cty AS (${countiesCrossed()})
    SELECT ARRAY(SELECT code FROM cty ORDER BY code) AS county_codes,
           ${nearestLine("high_speed_rail")} AS hsr, ${nearestLine("expressway")} AS expressway`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("zone facts returned no row");
  const tenth = (line: NearestLine | null) => (line ? Math.round(line.distance_m * 10) / 10 : null);
  return {
    county_codes: row.county_codes,
    dist_hsr_m: tenth(row.hsr),
    dist_expressway_m: tenth(row.expressway),
  };
}

/**
 * Recomputes the stored derived fields of zones from their stored outlines,
 * read as the zone report reads them (ST_AsGeoJSON, 9 decimals): counties and
 * distances always, the fund shares unless a planner overrode them. Every
 * save and every import ends with this, inside its transaction.
 */
export async function refreshZoneFacts(
  trx: Transaction<Database>,
  ids: readonly number[],
  options: { parties: boolean } = { parties: true },
): Promise<void> {
  if (ids.length === 0) return;
  const { rows } = await sql<{ id: number; geometry: unknown; overridden: boolean }>`
    SELECT z.id, ST_AsGeoJSON(z.geom, 9)::json AS geometry,
           EXISTS (SELECT 1 FROM zone_parties p WHERE p.zone_id = z.id AND p.is_override) AS overridden
    FROM treatment_zones z WHERE z.id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::int) ORDER BY z.id`.execute(
    trx,
  );
  for (const z of rows) {
    const facts = await deriveZoneFacts(trx, z.geometry);
    await sql`UPDATE treatment_zones SET
        county_codes = ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(facts.county_codes)}::jsonb)),
        dist_hsr_m = ${facts.dist_hsr_m}::numeric, dist_expressway_m = ${facts.dist_expressway_m}::numeric
      WHERE id = ${z.id}::int`.execute(trx);
    if (options.parties && !z.overridden) await writeComputedParties(trx, z.id, z.geometry);
  }
}
