import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { geomFromGeoJson } from "./geometry-sql.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** Rows a list of the report keeps at most; counts and sums always cover everything. */
export const REPORT_ITEM_CAP = 500;

/**
 * Overlaps smaller than this are noise (outlines snapped to a 1e-8° grid,
 * shared edges), not a crossing worth a warning.
 */
const OVERLAP_NOISE_M2 = 1;

export interface NearestLine {
  id: number;
  name_zh: string;
  distance_m: number;
}

/** The report's figures as PostGIS computes them (areas and lengths on the ellipsoid). */
export interface ZoneContents {
  area_m2: number;
  counties: { code: string; name_zh: string; area_m2: number }[];
  mines: {
    id: number;
    mine_name: string;
    company_id: number | null;
    company_name: string | null;
    status: string;
    mineral: string;
    disposition: string | null;
    mine_area_m2: number;
    overlap_m2: number;
  }[];
  subsidence: { id: number; code: string; name_zh: string; status: string; area_m2: number }[];
  subsidence_by_status: { status: string; count: number; area_m2: number }[];
  hazards: {
    id: number;
    name_zh: string;
    hazard_type: string;
    danger_grade: string;
    threatened_people: number;
    threatened_households: number;
  }[];
  hazard_totals: { count: number; threatened_people: number; threatened_households: number };
  hazards_by_type_grade: { hazard_type: string; danger_grade: string; count: number }[];
  corridors: { corridor_type: string; count: number; length_m: number }[];
  villages: { id: number; name_zh: string; population: number; households: number }[];
  village_totals: { count: number; population: number; households: number };
  protected_areas: { id: number; name_zh: string; kind: string; overlap_m2: number }[];
  other_zones: { id: number; code: string; name_zh: string; overlap_m2: number }[];
  nearest_hsr: NearestLine | null;
  nearest_expressway: NearestLine | null;
}

/**
 * Everything a zone contains, in one statement: each part finds its rows by
 * the GiST index (ST_Intersects) and measures on the ellipsoid. Hazards count
 * when active (not written off), by their effective grade (override first).
 * `excludeZoneId` leaves the zone itself out of "other zones".
 */
export async function readZoneContents(
  db: Executor,
  geometry: unknown,
  excludeZoneId: number | null,
): Promise<ZoneContents> {
  const cap = REPORT_ITEM_CAP;
  const { rows } = await sql<ZoneContents>`
    WITH ${zoneCte(geometry)},
    cty AS (${countiesCrossed()}),
    mn AS (
      SELECT m.id, m.mine_name, m.company_id, co.name_zh AS company_name, m.status, m.mineral, m.disposition,
             ST_Area(m.geom::geography) AS mine_area_m2,
             ST_Area(ST_Intersection(m.geom, z.g)::geography) AS overlap_m2
      FROM mines m LEFT JOIN companies co ON co.id = m.company_id, z
      WHERE ST_Intersects(m.geom, z.g)
    ),
    sb AS (
      SELECT s.id, s.code, s.name_zh, s.status, ST_Area(ST_Intersection(s.geom, z.g)::geography) AS area_m2
      FROM subsidence_areas s, z WHERE ST_Intersects(s.geom, z.g)
    ),
    hz AS (
      SELECT h.id, h.name_zh, h.hazard_type, coalesce(h.danger_grade_override, h.danger_grade) AS danger_grade,
             h.threatened_people, h.threatened_households
      FROM hazard_points h, z WHERE h.inventory_status = 'active' AND ST_Intersects(h.geom, z.g)
    ),
    cor AS (
      SELECT c.corridor_type, count(*)::int AS count,
             sum(ST_Length(ST_Intersection(c.centerline, z.g)::geography)) AS length_m
      FROM corridors c, z WHERE ST_Intersects(c.centerline, z.g) GROUP BY c.corridor_type
    ),
    vil AS (
      SELECT v.id, v.name_zh, v.population, v.households FROM villages v, z WHERE ST_Intersects(v.geom, z.g)
    ),
    pa AS (
      SELECT p.id, p.name_zh, p.kind, ST_Area(ST_Intersection(p.geom, z.g)::geography) AS overlap_m2
      FROM protected_areas p, z WHERE ST_Intersects(p.geom, z.g)
    ),
    oz AS (
      SELECT t.id, t.code, t.name_zh, ST_Area(ST_Intersection(t.geom, z.g)::geography) AS overlap_m2
      FROM treatment_zones t, z
      WHERE ST_Intersects(t.geom, z.g) AND t.id IS DISTINCT FROM ${excludeZoneId}::int
    )
    SELECT
      (SELECT ST_Area(gg) FROM z) AS area_m2,
      (SELECT coalesce(json_agg(cty ORDER BY area_m2 DESC), '[]') FROM cty) AS counties,
      (SELECT coalesce(json_agg(x ORDER BY overlap_m2 DESC), '[]')
         FROM (SELECT * FROM mn ORDER BY overlap_m2 DESC LIMIT ${cap}) x) AS mines,
      (SELECT coalesce(json_agg(x ORDER BY area_m2 DESC), '[]')
         FROM (SELECT * FROM sb ORDER BY area_m2 DESC LIMIT ${cap}) x) AS subsidence,
      (SELECT coalesce(json_agg(x ORDER BY status), '[]')
         FROM (SELECT status, count(*)::int AS count, sum(area_m2) AS area_m2 FROM sb GROUP BY status) x
      ) AS subsidence_by_status,
      (SELECT coalesce(json_agg(x ORDER BY threatened_people DESC, id), '[]')
         FROM (SELECT * FROM hz ORDER BY threatened_people DESC, id LIMIT ${cap}) x) AS hazards,
      (SELECT json_build_object('count', count(*)::int,
                                'threatened_people', coalesce(sum(threatened_people), 0)::int,
                                'threatened_households', coalesce(sum(threatened_households), 0)::int)
         FROM hz) AS hazard_totals,
      (SELECT coalesce(json_agg(x ORDER BY hazard_type, danger_grade), '[]')
         FROM (SELECT hazard_type, danger_grade, count(*)::int AS count FROM hz GROUP BY 1, 2) x
      ) AS hazards_by_type_grade,
      (SELECT coalesce(json_agg(cor ORDER BY length_m DESC), '[]') FROM cor) AS corridors,
      (SELECT coalesce(json_agg(x ORDER BY population DESC, id), '[]')
         FROM (SELECT * FROM vil ORDER BY population DESC, id LIMIT ${cap}) x) AS villages,
      (SELECT json_build_object('count', count(*)::int, 'population', coalesce(sum(population), 0)::int,
                                'households', coalesce(sum(households), 0)::int) FROM vil) AS village_totals,
      (SELECT coalesce(json_agg(pa ORDER BY overlap_m2 DESC), '[]') FROM pa WHERE overlap_m2 >= ${OVERLAP_NOISE_M2}) AS protected_areas,
      (SELECT coalesce(json_agg(oz ORDER BY overlap_m2 DESC), '[]') FROM oz WHERE overlap_m2 >= ${OVERLAP_NOISE_M2}) AS other_zones,
      ${nearestLine("high_speed_rail")} AS nearest_hsr,
      ${nearestLine("expressway")} AS nearest_expressway`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("zone report returned no row");
  return row;
}

/*
 * The fragments below are shared with the facts stored on a zone
 * (zones/zone-facts.repository.ts), so the stored facts are the report's.
 */

/** The CTE "z" (g: the outline, gg: as geography) every fragment reads. */
export function zoneCte(geometry: unknown) {
  return sql`z AS MATERIALIZED (SELECT g, g::geography AS gg FROM (SELECT ${geomFromGeoJson(geometry)} AS g) x)`;
}

/** The counties the outline crosses, with the area inside each. */
export function countiesCrossed() {
  return sql`
    SELECT c.code::text AS code, c.name_zh, ST_Area(ST_Intersection(c.geom, z.g)::geography) AS area_m2
    FROM counties c, z WHERE c.level = 'county' AND ST_Intersects(c.geom, z.g)`;
}

/**
 * The nearest line of a kind with its geodesic distance: the index finds the
 * ten nearest in degrees (KNN), the ellipsoid decides among them.
 */
export function nearestLine(kind: "high_speed_rail" | "expressway") {
  return sql`(
    SELECT json_build_object('id', n.id, 'name_zh', n.name_zh, 'distance_m', n.d)
    FROM (
      SELECT t.id, t.name_zh, ST_Distance(t.geom::geography, z.gg) AS d
      FROM z, LATERAL (
        SELECT id, name_zh, geom FROM transport_lines
        WHERE kind = ${kind}::text ORDER BY geom <-> z.g LIMIT 10
      ) t
      ORDER BY d LIMIT 1
    ) n)`;
}
