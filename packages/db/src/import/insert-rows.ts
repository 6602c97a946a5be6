import { type RawBuilder, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

/*
 * Multi-row INSERTs built from fixed table and column names (never from the
 * bundle) with every value bound as a parameter. Geometry goes in as GeoJSON
 * text through ST_GeomFromGeoJSON.
 */

/** A GeoJSON geometry (bound as text) as a 2D EPSG:4326 geometry; null stays null. */
export function geom(g: unknown): RawBuilder<unknown> | null {
  if (g == null) return null;
  return sql`ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(${JSON.stringify(g)}::text)), 4326)`;
}

/** As geom, promoted to its Multi type for MultiPolygon / MultiLineString columns. */
export function multi(g: unknown): RawBuilder<unknown> | null {
  const e = geom(g);
  return e === null ? null : sql`ST_Multi(${e})`;
}

export const textArray = (a: readonly string[] | undefined): RawBuilder<unknown> => sql`${a ?? []}::text[]`;
export const jsonb = (v: unknown): RawBuilder<unknown> => sql`${JSON.stringify(v)}::jsonb`;
export const date = (v: string | null | undefined): RawBuilder<unknown> => sql`${v ?? null}::date`;
export const timestamptz = (v: string | null | undefined): RawBuilder<unknown> =>
  sql`${v ?? null}::timestamptz`;

/** PostgreSQL binds at most 65535 parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

/**
 * Inserts rows in batches of about 500 (fewer for wide tables), one
 * statement per batch. Returns the number of rows written.
 */
export async function insertRows(
  trx: Transaction<Database>,
  table: keyof Database & string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  batchRows = 500,
): Promise<number> {
  const size = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMS / columns.length)));
  const head = sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES `;
  for (let i = 0; i < rows.length; i += size) {
    const values = rows.slice(i, i + size).map((r) => sql`(${sql.join(r as unknown[])})`);
    await sql`${head}${sql.join(values)}`.execute(trx);
  }
  return rows.length;
}

/** Takes `n` ids from a table's serial sequence, so children can be written with their parent's id. */
export async function allocateIds(
  trx: Transaction<Database>,
  table: keyof Database & string,
  n: number,
): Promise<number[]> {
  if (n === 0) return [];
  const { rows } = await sql<{ id: number }>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${n}::int)`.execute(
    trx,
  );
  return rows.map((r) => r.id);
}
