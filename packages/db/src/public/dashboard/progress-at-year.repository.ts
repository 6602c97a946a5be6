import {
  type Phase,
  type ProgressState,
  subsidenceStateAtYear,
  type ZoneStatus,
  zoneStateAtYear,
} from "@lianpian/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { zoneIsPublished } from "../../zones/zone-published.ts";
import { type AreaFilter, byCountyCode, byCountyCodes } from "./area-filter.ts";

export interface FeatureProgress {
  id: number;
  state: ProgressState;
  area_m2: number;
}

export interface ProgressAtYear {
  year: number;
  zones: FeatureProgress[];
  subsidence: FeatureProgress[];
  /** Cumulative yearly plan and done area of the zones up to the year. */
  zone_planned_m2: number;
  zone_done_m2: number;
}

/**
 * The time slider's question: what was planned and what was done by the end
 * of `year`, per public zone and subsidence area (feature ids are the tile
 * feature ids). The SQL sums; the rule of each state is the domain's.
 */
export async function progressAtYear(
  db: Kysely<Database>,
  filter: AreaFilter,
  year: number,
  currentYear: number,
): Promise<ProgressAtYear> {
  const zones = await sql<{
    id: number;
    phase: Phase;
    status: ZoneStatus;
    area_m2: number;
    has_yearly: boolean;
    planned_total: number;
    planned_by: number;
    done_by: number;
  }>`
    SELECT z.id, z.phase, z.status, coalesce(z.area_m2, 0)::float8 AS area_m2,
           count(zy.year) > 0 AS has_yearly,
           coalesce(sum(zy.planned_area_m2), 0)::float8 AS planned_total,
           coalesce(sum(zy.planned_area_m2) FILTER (WHERE zy.year <= ${year}), 0)::float8 AS planned_by,
           coalesce(sum(zy.done_area_m2) FILTER (WHERE zy.year <= ${year}), 0)::float8 AS done_by
    FROM treatment_zones z
    LEFT JOIN zone_yearly zy ON zy.zone_id = z.id
    WHERE ${zoneIsPublished("z")} AND ${byCountyCodes(filter, sql`z.county_codes`)}
    GROUP BY z.id
    ORDER BY z.id`.execute(db);
  const areas = await sql<{
    id: number;
    plan_year: number | null;
    treated_year: number | null;
    status: string;
    area_m2: number;
  }>`
    SELECT s.id, s.plan_year, s.treated_year, s.status, ST_Area(s.geom::geography)::float8 AS area_m2
    FROM subsidence_areas s
    WHERE ${byCountyCode(filter, sql`s.county_code`)}
    ORDER BY s.id`.execute(db);
  return {
    year,
    zones: zones.rows.map((z) => ({
      id: z.id,
      area_m2: z.area_m2,
      state: zoneStateAtYear(
        {
          phase: z.phase,
          status: z.status,
          plannedTotalM2: z.planned_total,
          plannedByYearM2: z.planned_by,
          doneByYearM2: z.done_by,
          hasYearly: z.has_yearly,
        },
        year,
        currentYear,
      ),
    })),
    subsidence: areas.rows.map((s) => ({
      id: s.id,
      area_m2: s.area_m2,
      state: subsidenceStateAtYear(
        {
          planYear: s.plan_year,
          treatedYear: s.treated_year,
          treated: s.status === "completed" || s.status === "accepted",
          inProgress: s.status === "in_progress",
        },
        year,
        currentYear,
      ),
    })),
    zone_planned_m2: zones.rows.reduce((sum, z) => sum + z.planned_by, 0),
    zone_done_m2: zones.rows.reduce((sum, z) => sum + z.done_by, 0),
  };
}
