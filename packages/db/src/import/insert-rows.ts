import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

/*
 * Bulk INSERTs: each batch binds one array per column and unnests them, so a
 * batch of thousands of rows is a handful of parameters (quick to bind, parse
 * and plan in both PGlite and PostgreSQL). Table, column names and the SQL
 * around them are fixed text from this package, never from the bundle; every
 * value is bound. Geometry goes in as GeoJSON text through ST_GeomFromGeoJSON.
 */

/** How a column's values travel: the array type bound, and the expression that turns an element into the column. */
type ColumnType = "int" | "num" | "text" | "bool" | "date" | "ts" | "texts" | "jsonb" | "geom" | "multi";

const ARRAY_TYPE: Record<ColumnType, string> = {
  int: "int[]",
  num: "numeric[]",
  text: "text[]",
  bool: "boolean[]",
  date: "date[]",
  ts: "timestamptz[]",
  texts: "text[]",
  jsonb: "text[]",
  geom: "text[]",
  multi: "text[]",
};

const geometry = (c: string) => `ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(${c})), 4326)`;
const ELEMENT: Record<ColumnType, (c: string) => string> = {
  int: (c) => c,
  num: (c) => c,
  text: (c) => c,
  bool: (c) => c,
  date: (c) => c,
  ts: (c) => c,
  // A list per row travels as JSON text: arrays of arrays cannot be unnested row by row.
  texts: (c) => `ARRAY(SELECT jsonb_array_elements_text(${c}::jsonb))`,
  jsonb: (c) => `${c}::jsonb`,
  geom: geometry,
  multi: (c) => `ST_Multi(${geometry(c)})`,
};

export interface Column {
  name: string;
  type: ColumnType;
}

/** Columns from fixed text: "id:int name_zh:text geom:multi". */
export function columns(spec: string): Column[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((part) => {
      const [name, type] = part.split(":") as [string, ColumnType];
      if (!/^[a-z_0-9]+$/.test(name) || !(type in ARRAY_TYPE)) throw new Error(`bad column spec: ${part}`);
      return { name, type };
    });
}

/** A GeoJSON geometry as the text a geom/multi column takes; null stays null. */
export const geoJson = (g: unknown): string | null => (g == null ? null : JSON.stringify(g));
/** A list for a texts column. */
export const list = (a: readonly string[] | undefined): string => JSON.stringify(a ?? []);

/**
 * Inserts rows (values in column order) in batches of `batchRows`, one
 * INSERT … SELECT … FROM unnest(…) per batch. Returns the number of rows.
 */
export async function insertRows(
  trx: Transaction<Database>,
  table: keyof Database & string,
  cols: readonly Column[],
  rows: readonly (readonly unknown[])[],
  batchRows = 2000,
): Promise<number> {
  const names = sql.join(cols.map((c) => sql.ref(c.name)));
  const select = sql.raw(cols.map((c) => ELEMENT[c.type](`u."${c.name}"`)).join(", "));
  const alias = sql.raw(cols.map((c) => `"${c.name}"`).join(", "));
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    const arrays = cols.map((c, i) => sql`${batch.map((r) => r[i] ?? null)}::${sql.raw(ARRAY_TYPE[c.type])}`);
    await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT ${select} FROM unnest(${sql.join(arrays)}) AS u(${alias})`.execute(
      trx,
    );
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
