import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { type AreaFilter, byCountyCode } from "./area-filter.ts";

interface SubsidenceYearRow {
  year: number;
  /** Area of the subsidence areas completed or accepted in that year (m², on the ellipsoid). */
  treated_m2: number;
  /** Area of the subsidence areas planned for treatment in that year. */
  planned_m2: number;
}

export interface SubsidenceByYear {
  years: SubsidenceYearRow[];
  /** Treated before the first year of the series. */
  treated_before_m2: number;
  total_m2: number;
  area_count: number;
  data_sources: string[];
}

/** Subsidence treated and planned per year, from the subsidence areas' geometry and years. */
export async function subsidenceByYear(
  db: Kysely<Database>,
  filter: AreaFilter,
  years: { first: number; last: number },
): Promise<SubsidenceByYear> {
  const where = byCountyCode(filter, sql`s.county_code`);
  const { rows } = await sql<SubsidenceYearRow>`
    WITH a AS (
      SELECT s.plan_year, s.treated_year, s.status IN ('completed', 'accepted') AS treated,
             ST_Area(s.geom::geography) AS m2
      FROM subsidence_areas s WHERE ${where}
    )
    SELECT y.year::int AS year,
           coalesce((SELECT sum(m2) FROM a WHERE a.treated AND a.treated_year = y.year), 0)::float8 AS treated_m2,
           coalesce((SELECT sum(m2) FROM a WHERE a.plan_year = y.year), 0)::float8 AS planned_m2
    FROM generate_series(${years.first}::int, ${years.last}::int) AS y(year)
    ORDER BY y.year`.execute(db);
  const totals = await sql<{ before_m2: number; total_m2: number; n: number; sources: string[] }>`
    SELECT coalesce(sum(ST_Area(s.geom::geography)) FILTER (
             WHERE s.status IN ('completed', 'accepted') AND s.treated_year < ${years.first}), 0)::float8 AS before_m2,
           coalesce(sum(ST_Area(s.geom::geography)), 0)::float8 AS total_m2,
           count(*)::int AS n,
           coalesce(array_agg(DISTINCT s.data_source) FILTER (WHERE s.data_source IS NOT NULL), '{}') AS sources
    FROM subsidence_areas s WHERE ${where}`.execute(db);
  const t = totals.rows[0];
  return {
    years: rows,
    treated_before_m2: t?.before_m2 ?? 0,
    total_m2: t?.total_m2 ?? 0,
    area_count: t?.n ?? 0,
    data_sources: t?.sources ?? [],
  };
}
