import type { Db } from "@lianpian/db";
import { sql } from "kysely";

/**
 * A position on every thematic feature (mines, subsidence areas, hazard
 * points, corridors), in id order so the list is the same on every run:
 * tile views placed on them visit the data-dense parts of Jincheng most.
 */
export async function readTileAnchors(db: Db): Promise<[number, number][]> {
  const { rows } = await sql<{ lng: number; lat: number }>`
    WITH points AS (
      SELECT 1 AS k, id::text AS id, ST_PointOnSurface(geom) AS p FROM mines
      UNION ALL SELECT 2, id::text, ST_PointOnSurface(geom) FROM subsidence_areas
      UNION ALL SELECT 3, id::text, geom FROM hazard_points
      UNION ALL SELECT 4, id::text, ST_PointOnSurface(centerline) FROM corridors
    )
    SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM points ORDER BY k, id`.execute(db.kysely);
  return rows.map((r) => [r.lng, r.lat]);
}
