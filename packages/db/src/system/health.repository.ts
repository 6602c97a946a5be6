import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** PostgreSQL and PostGIS versions and the number of applied migrations. */
export async function readHealth(db: Kysely<Database>) {
  const { rows } = await sql<{ postgres_version: string; postgis_version: string; migrations: number }>`
    SELECT current_setting('server_version') AS postgres_version,
           postgis_lib_version() AS postgis_version,
           (SELECT count(*) FROM schema_migrations)::int AS migrations`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("health query returned no row");
  return row;
}
