import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { type AreaFilter, byCountyCode } from "./area-filter.ts";

export interface HazardGradeRow {
  grade: string;
  points: number;
  threatened_people: number;
}

export interface HazardGradeMeasureRow {
  grade: string;
  /** A measure of the hazard_points vocabulary, or "none" for a point without one. */
  measure: string;
  points: number;
}

export interface HazardsSummary {
  by_grade: HazardGradeRow[];
  by_grade_measure: HazardGradeMeasureRow[];
  data_sources: string[];
}

/**
 * Active hazard points by danger grade (the override when set, as on the
 * map) and by measure; a point with two measures counts under each.
 */
export async function hazardsSummary(db: Kysely<Database>, filter: AreaFilter): Promise<HazardsSummary> {
  const where = sql`h.inventory_status = 'active' AND ${byCountyCode(filter, sql`h.county_code`)}`;
  const grades = await sql<HazardGradeRow>`
    SELECT coalesce(h.danger_grade_override, h.danger_grade) AS grade,
           count(*)::int AS points, coalesce(sum(h.threatened_people), 0)::int AS threatened_people
    FROM hazard_points h WHERE ${where}
    GROUP BY 1 ORDER BY 1`.execute(db);
  const measures = await sql<HazardGradeMeasureRow>`
    SELECT coalesce(h.danger_grade_override, h.danger_grade) AS grade, m.measure, count(*)::int AS points
    FROM hazard_points h
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(h.measures) = 0 THEN ARRAY['none'] ELSE h.measures END) AS m(measure)
    WHERE ${where}
    GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
  const sources = await sql<{ sources: string[] }>`
    SELECT coalesce(array_agg(DISTINCT h.data_source), '{}') AS sources FROM hazard_points h WHERE ${where}`.execute(
    db,
  );
  return {
    by_grade: grades.rows,
    by_grade_measure: measures.rows,
    data_sources: sources.rows[0]?.sources ?? [],
  };
}
