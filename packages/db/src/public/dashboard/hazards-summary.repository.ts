import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { type AreaFilter, byCountyCode } from "./area-filter.ts";

interface HazardGradeRow {
  grade: string;
  points: number;
  threatened_people: number;
}

interface HazardGradeMeasureRow {
  grade: string;
  /** The point's strongest measure (MEASURE_PRECEDENCE), or "none" for a point without one. */
  measure: string;
  points: number;
}

export interface HazardsSummary {
  by_grade: HazardGradeRow[];
  by_grade_measure: HazardGradeMeasureRow[];
  data_sources: string[];
}

/**
 * The strongest measure first: a point with several counts once, under the
 * first of these it has (a stacked bar of points then adds up to the points).
 */
const MEASURE_PRECEDENCE = [
  "relocation",
  "engineering",
  "professional_monitoring",
  "group_monitoring",
] as const;

/**
 * Active hazard points by danger grade (the override when set, as on the
 * map) and by their strongest measure; every point counts once.
 */
export async function hazardsSummary(db: Kysely<Database>, filter: AreaFilter): Promise<HazardsSummary> {
  const where = sql`h.inventory_status = 'active' AND ${byCountyCode(filter, sql`h.county_code`)}`;
  const grades = await sql<HazardGradeRow>`
    SELECT coalesce(h.danger_grade_override, h.danger_grade) AS grade,
           count(*)::int AS points, coalesce(sum(h.threatened_people), 0)::int AS threatened_people
    FROM hazard_points h WHERE ${where}
    GROUP BY 1 ORDER BY 1`.execute(db);
  const measures = await sql<HazardGradeMeasureRow>`
    SELECT coalesce(h.danger_grade_override, h.danger_grade) AS grade,
           coalesce((SELECT p.m FROM unnest(${sql.val([...MEASURE_PRECEDENCE])}::text[]) WITH ORDINALITY AS p(m, o)
                     WHERE p.m = ANY (h.measures) ORDER BY p.o LIMIT 1), 'none') AS measure,
           count(*)::int AS points
    FROM hazard_points h
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
