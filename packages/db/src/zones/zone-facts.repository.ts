import { type Kysely, sql, type Transaction } from "kysely";
import { geomFromGeoJson } from "../analysis/geometry-sql.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** What a zone's outline decides: the counties it crosses and its distances to rail and expressway. */
export interface ZoneFacts {
  county_codes: string[];
  dist_hsr_m: number | null;
  dist_expressway_m: number | null;
}

/** The derived columns of a zone from its outline (GeoJSON), computed as the report does. */
export async function deriveZoneFacts(db: Executor, geometry: unknown): Promise<ZoneFacts> {
  const nearest = (kind: string) => sql`(
    SELECT round(min(ST_Distance(t.geom::geography, z.g::geography))::numeric, 1)::float8
    FROM (SELECT geom FROM transport_lines WHERE kind = ${kind}::text ORDER BY geom <-> z.g LIMIT 10) t)`;
  const { rows } = await sql<ZoneFacts>`
    WITH z AS MATERIALIZED (SELECT ${geomFromGeoJson(geometry)} AS g)
    SELECT ARRAY(SELECT c.code::text FROM counties c WHERE c.level = 'county' AND ST_Intersects(c.geom, z.g)
                 ORDER BY c.code) AS county_codes,
           ${nearest("high_speed_rail")} AS dist_hsr_m,
           ${nearest("expressway")} AS dist_expressway_m
    FROM z`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("zone facts returned no row");
  return row;
}
