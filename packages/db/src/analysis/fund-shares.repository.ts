import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { geomFromGeoJson } from "./geometry-sql.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The overlay runs snapped to a millimetre grid (GEOS OverlayNG): an outline
 * drawn exactly on a mine's boundary meets edges that agree only to the last
 * bits, which a floating-point overlay may reject.
 */
const GRID_M = sql.lit(0.001);

/** Damaged ground inside a zone attributed to one party (company, or null for the government). */
export interface PartyDamage {
  parties: PartyDamageRow[];
  /** The union of the damaged ground inside the zone, measured as the parts are. */
  damaged_ground_m2: number;
}

interface PartyDamageRow {
  company_id: number | null;
  company_name: string | null;
  /** Ground of its mines' footprints not already attributed as subsidence. */
  mine_footprint_m2: number;
  /** Its share of the subsidence ground. */
  subsidence_m2: number;
}

/**
 * The fund-share rule's inputs (docs/domain-rules.md "Fund shares"): the
 * damaged ground inside the zone, each piece attributed once, by precedence.
 *
 * 1. Subsidence areas (by id where two overlap): each to its responsible
 *    mines' companies by their share %, the unattributed rest of the area to
 *    the government.
 * 2. Footprints of mines with an owner (by id), less the ground of 1.
 * 3. Ownerless footprints (historic pits: the government), less 1 and 2.
 *
 * Every piece is its outline inside the zone minus the union of the pieces
 * before it, so the parts sum to the union of the damaged ground. The
 * overlay and the areas are planar in a Lambert azimuthal equal-area
 * projection of the ellipsoid centred on the zone: areas there are true and
 * add up exactly (on geography, cutting an edge moves it off its geodesic,
 * and pieces of a square kilometre drift from their union by a few m²).
 */
export async function readPartyDamage(db: Executor, geometry: unknown): Promise<PartyDamage> {
  // One row holding the list: PGlite answers a failed GEOS overlay with no
  // rows rather than an error, and no row at all must not read as "no damage".
  const { rows } = await sql<PartyDamage>`
    WITH z AS MATERIALIZED (
      SELECT g, format('+proj=laea +lat_0=%s +lon_0=%s +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs',
                       ST_Y(ST_Centroid(g)), ST_X(ST_Centroid(g))) AS proj
      FROM (SELECT ${geomFromGeoJson(geometry)} AS g) x
    ),
    raw AS (
      SELECT 1 AS tier, s.id, NULL::int AS company_id, s.geom FROM subsidence_areas s, z WHERE ST_Intersects(s.geom, z.g)
      UNION ALL
      SELECT CASE WHEN m.company_id IS NULL THEN 3 ELSE 2 END, m.id, m.company_id, m.geom
      FROM mines m, z WHERE ST_Intersects(m.geom, z.g)
    ),
    pieces AS MATERIALIZED (
      SELECT r.tier, r.id, r.company_id,
             ST_CollectionExtract(ST_Intersection(ST_Transform(r.geom, z.proj), ST_Transform(z.g, z.proj), ${GRID_M}), 3) AS g
      FROM raw r, z
    ),
    own AS MATERIALIZED (
      SELECT p.tier, p.id, p.company_id, ST_Area(coalesce(ST_Difference(p.g, (
               SELECT ST_Union(q.g, ${GRID_M}) FROM pieces q
               WHERE (q.tier, q.id) < (p.tier, p.id) AND ST_Intersects(q.g, p.g)), ${GRID_M}), p.g)) AS a
      FROM pieces p
    ),
    parts AS (
      SELECT m.company_id, 0::float8 AS mine_a, own.a * r.share_pct / 100.0 AS sub_a
      FROM own JOIN subsidence_responsibilities r ON r.subsidence_id = own.id JOIN mines m ON m.id = r.mine_id
      WHERE own.tier = 1
      UNION ALL
      SELECT NULL::int, 0::float8, own.a * greatest(0, 100 - coalesce(
        (SELECT sum(r.share_pct) FROM subsidence_responsibilities r WHERE r.subsidence_id = own.id), 0)) / 100.0
      FROM own WHERE own.tier = 1
      UNION ALL
      SELECT own.company_id, own.a, 0::float8 FROM own WHERE own.tier > 1
    )
    SELECT
      (SELECT coalesce(json_agg(x ORDER BY x.company_id NULLS LAST), '[]') FROM (
        SELECT p.company_id, co.name_zh AS company_name,
               sum(p.mine_a)::float8 AS mine_footprint_m2, sum(p.sub_a)::float8 AS subsidence_m2
        FROM parts p LEFT JOIN companies co ON co.id = p.company_id
        GROUP BY p.company_id, co.name_zh
        HAVING sum(p.mine_a) + sum(p.sub_a) > 0) x) AS parties,
      (SELECT coalesce(ST_Area(ST_Union(g, ${GRID_M})), 0)::float8 FROM pieces) AS damaged_ground_m2`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error("fund shares returned no row (overlay failed)");
  return row;
}
