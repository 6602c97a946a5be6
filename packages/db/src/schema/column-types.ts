import type { ColumnType, Generated } from "kysely";

/** Column types the table interfaces share. */

/**
 * Kysely's view of the tables in db/migrations. Geometry columns are typed as
 * `Geometry`: they are read through ST_AsGeoJSON and written through
 * ST_GeomFromGeoJSON (see geometry-sql.ts), never as raw values.
 */
export type Geometry = ColumnType<never, never, never>;

export type Timestamps = {
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type Provenance = { data_source: string; remarks: string | null };

export type Num = ColumnType<number, number, number>;

export type NullableNum = ColumnType<number | null, number | null | undefined, number | null>;
export type Json = ColumnType<unknown, string, string>;
