import { type Kysely, sql } from "kysely";
import type { Database } from "../../schema.ts";
import { type AreaFilter, byCountyCode } from "./area-filter.ts";

/** Green mines among producing mines of one scale class (or all, scale_class "all"). */
export interface GreenMineRow {
  scale_class: string;
  producing: number;
  /** On a national or provincial green-mine list by the year asked (a listing with no year counts). */
  green: number;
  submitted: number;
}

export interface GreenMines {
  by_scale: GreenMineRow[];
  /** Green producing mines by year (cumulative), for the series. */
  by_year: { year: number; green: number }[];
  data_sources: string[];
}

const GREEN = sql`m.green_mine_level IN ('national', 'provincial')`;

/**
 * The green-mine rate's parts: producing mines (the plans' denominator: the
 * Changzhi goal is "of producing mines") and those listed green by `year`.
 */
export async function greenMines(
  db: Kysely<Database>,
  filter: AreaFilter,
  year: number,
  years: { first: number; last: number },
): Promise<GreenMines> {
  const where = byCountyCode(filter, sql`m.county_code`);
  const listedBy = (y: unknown) => sql`${GREEN} AND (m.green_mine_year IS NULL OR m.green_mine_year <= ${y})`;
  const { rows } = await sql<GreenMineRow>`
    SELECT coalesce(m.scale_class, 'unknown') AS scale_class,
           count(*)::int AS producing,
           (count(*) FILTER (WHERE ${listedBy(year)}))::int AS green,
           (count(*) FILTER (WHERE m.green_mine_level = 'submitted'))::int AS submitted
    FROM mines m
    WHERE m.status = 'producing' AND ${where}
    GROUP BY ROLLUP (coalesce(m.scale_class, 'unknown'))
    ORDER BY 1`.execute(db);
  const byYear = await sql<{ year: number; green: number }>`
    SELECT y.year::int AS year,
           (SELECT count(*) FROM mines m WHERE m.status = 'producing' AND ${where} AND ${listedBy(sql`y.year`)})::int AS green
    FROM generate_series(${years.first}::int, ${years.last}::int) AS y(year)
    ORDER BY y.year`.execute(db);
  const sources = await sql<{ sources: string[] }>`
    SELECT coalesce(array_agg(DISTINCT m.data_source), '{}') AS sources
    FROM mines m WHERE m.status = 'producing' AND ${where}`.execute(db);
  return {
    // ROLLUP's grand total comes back with a NULL key
    by_scale: rows.map((r) => ({ ...r, scale_class: r.scale_class ?? "all" })),
    by_year: byYear.rows,
    data_sources: sources.rows[0]?.sources ?? [],
  };
}
