import { type RawBuilder, sql } from "kysely";

/**
 * Which part of the data a public figure covers: one county (6-digit code)
 * or, with null, every county in the database. The code is always a bound
 * parameter.
 */
export interface AreaFilter {
  county: string | null;
}

/** `county_code = $1` for tables with one county per row, or true. */
export function byCountyCode(filter: AreaFilter, column: RawBuilder<unknown>): RawBuilder<boolean> {
  return filter.county === null ? sql<boolean>`true` : sql<boolean>`${column} = ${filter.county}`;
}

/** `$1 = ANY(county_codes)` for rows that span counties (zones, corridors), or true. */
export function byCountyCodes(filter: AreaFilter, column: RawBuilder<unknown>): RawBuilder<boolean> {
  return filter.county === null ? sql<boolean>`true` : sql<boolean>`${filter.county}::text = ANY (${column})`;
}
