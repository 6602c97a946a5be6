import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

export interface CountyName {
  code: string;
  name_zh: string;
  name_en: string;
  level: "city" | "county";
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
}

/** Every county (and city) of the database with its names, by code: the public filter's choices. */
export async function listCountyNames(db: Kysely<Database>): Promise<CountyName[]> {
  const { rows } = await sql<CountyName>`
    SELECT code::text AS code, name_zh, name_en, level,
           json_build_array(ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom)) AS bbox
    FROM counties ORDER BY level = 'city' DESC, code`.execute(db);
  return rows;
}
