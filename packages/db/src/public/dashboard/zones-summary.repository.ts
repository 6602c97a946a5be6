import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { zoneIsPublished } from "../../zones/zone-published.ts";
import { type AreaFilter, byCountyCodes } from "./area-filter.ts";

interface ZoneCountRow {
  status: string;
  phase: string;
  zones: number;
  area_m2: number;
}

interface ZoneYearRow {
  year: number;
  planned_m2: number;
  done_m2: number;
}

export interface ZonesSummary {
  by_status_phase: ZoneCountRow[];
  by_year: ZoneYearRow[];
  data_sources: string[];
}

/**
 * Treatment zones by status and phase, and their yearly planned and done
 * area. Drafts are a planner's work in progress and are not public.
 */
export async function zonesSummary(
  db: Kysely<Database>,
  filter: AreaFilter,
  years: { first: number; last: number },
): Promise<ZonesSummary> {
  const where = sql`${zoneIsPublished("z")} AND ${byCountyCodes(filter, sql`z.county_codes`)}`;
  const counts = await sql<ZoneCountRow>`
    SELECT z.status, z.phase, count(*)::int AS zones, coalesce(sum(z.area_m2), 0)::float8 AS area_m2
    FROM treatment_zones z WHERE ${where}
    GROUP BY z.status, z.phase
    ORDER BY z.status, z.phase`.execute(db);
  const yearly = await sql<ZoneYearRow>`
    SELECT y.year::int AS year,
           coalesce(sum(zy.planned_area_m2), 0)::float8 AS planned_m2,
           coalesce(sum(zy.done_area_m2), 0)::float8 AS done_m2
    FROM generate_series(${years.first}::int, ${years.last}::int) AS y(year)
    LEFT JOIN zone_yearly zy ON zy.year = y.year
      AND zy.zone_id IN (SELECT z.id FROM treatment_zones z WHERE ${where})
    GROUP BY y.year ORDER BY y.year`.execute(db);
  const sources = await sql<{ sources: string[] }>`
    SELECT coalesce(array_agg(DISTINCT z.data_source), '{}') AS sources
    FROM treatment_zones z WHERE ${where}`.execute(db);
  return { by_status_phase: counts.rows, by_year: yearly.rows, data_sources: sources.rows[0]?.sources ?? [] };
}
