import { isProjectedSrid } from "@lianpian/geo";
import type { Geometry, Position } from "geojson";
import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

/** One published corner (拐点): X is the northing, Y the easting, in the source CRS. */
export interface MineCorner {
  ring: number;
  point_no: number;
  x_northing: number;
  y_easting: number;
  source_srid: number;
}

/**
 * The corner list of a polygon given in a Gauss-Krüger CRS: rings numbered
 * on through holes and parts, points numbered within each ring, the closing
 * point left out. Empty for geographic coordinates or other geometry.
 */
export function cornersOf(g: Geometry | null, srid: number): MineCorner[] {
  if (!g || !isProjectedSrid(srid)) return [];
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  const out: MineCorner[] = [];
  let ring = 0;
  for (const rings of polygons) {
    for (const r of rings) {
      ring += 1;
      const open = r.length > 1 && same(r[0], r[r.length - 1]) ? r.slice(0, -1) : r;
      open.forEach((p, i) => {
        out.push({
          ring,
          point_no: i + 1,
          x_northing: p[1] as number,
          y_easting: p[0] as number,
          source_srid: srid,
        });
      });
    }
  }
  return out;
}

const same = (a: Position | undefined, b: Position | undefined) =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** A mine's corners as stored (for a before-image). */
export async function readMineCorners(trx: Transaction<Database>, mineId: number): Promise<MineCorner[]> {
  const { rows } = await sql<MineCorner>`
    SELECT ring, point_no, x_northing::float8 AS x_northing, y_easting::float8 AS y_easting, source_srid
    FROM mine_corners WHERE mine_id = ${mineId}::int ORDER BY ring, point_no`.execute(trx);
  return rows;
}

/** Replaces a mine's corner list. */
export async function replaceMineCorners(
  trx: Transaction<Database>,
  mineId: number,
  corners: readonly MineCorner[],
) {
  await sql`DELETE FROM mine_corners WHERE mine_id = ${mineId}::int`.execute(trx);
  if (corners.length === 0) return;
  await sql`
    INSERT INTO mine_corners (mine_id, ring, point_no, x_northing, y_easting, source_srid)
    SELECT ${mineId}::int, c.ring, c.point_no, c.x_northing, c.y_easting, c.source_srid
    FROM jsonb_to_recordset(${JSON.stringify(corners)}::jsonb)
      AS c(ring int, point_no int, x_northing numeric, y_easting numeric, source_srid int)`.execute(trx);
}
