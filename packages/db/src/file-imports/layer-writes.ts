import type { ImportLayer, MappedValue } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

/*
 * Writes of one staged row into its layer's table. Table and column names
 * come from the fixed registry (packages/domain imports); every value is bound
 * as one JSON document typed by jsonb_populate_record against the table's own
 * row type, so text[] / numeric / date columns take the mapped values as they are.
 */

/** The columns a layer's import writes (besides geometry, source_srid and data_source). */
function writtenColumns(layer: ImportLayer): string[] {
  const cols = layer.fields.filter((f) => !f.virtual && f.name !== "data_source").map((f) => f.name);
  if (layer.name === "mines") cols.push("company_id");
  return cols;
}

/** Columns of a before-image: what an undo puts back. */
function restoredColumns(layer: ImportLayer): string[] {
  return [...writtenColumns(layer), "data_source", "source_srid", layer.geometryColumn];
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  return sql.ref(name);
};

/** The staged geometry as the column takes it: repaired when asked, made multi for multi columns. */
function geometryExpr(layer: ImportLayer, repair: boolean) {
  const base = repair ? "ST_MakeValid(r.geom)" : "r.geom";
  const dim = { point: 1, line: 2, polygon: 3, any: 0 }[layer.geometryKind];
  const cleaned = repair && dim > 0 ? `ST_CollectionExtract(${base}, ${dim})` : base;
  return sql.raw(
    layer.geometryKind === "point" || layer.geometryKind === "any" ? cleaned : `ST_Multi(${cleaned})`,
  );
}

export interface RowWrite {
  importId: number;
  row: number;
  values: Record<string, MappedValue | number>;
  sourceSrid: number;
  dataSource: string;
  repair: boolean;
}

/** Inserts one row; returns its id. Columns with no value take the table's default. */
export async function insertLayerRow(
  trx: Transaction<Database>,
  layer: ImportLayer,
  w: RowWrite,
): Promise<string> {
  const cols = writtenColumns(layer).filter((c) => w.values[c] !== null && w.values[c] !== undefined);
  const table = sql.table(layer.table);
  const { rows } = await sql<{ id: string }>`
    INSERT INTO ${table} (${sql.join(cols.map(ident))}${cols.length ? sql`, ` : sql``}${ident(layer.geometryColumn)}, source_srid, data_source)
    SELECT ${sql.join(cols.map((c) => sql`p.${ident(c)}`))}${cols.length ? sql`, ` : sql``}${geometryExpr(layer, w.repair)},
      ${w.sourceSrid}::int, ${w.dataSource}
    FROM jsonb_populate_record(NULL::${table}, ${JSON.stringify(w.values)}::jsonb) p,
      file_import_rows r
    WHERE r.import_id = ${w.importId}::int AND r.row_no = ${w.row}::int
    RETURNING ${ident(keyColumnOf(layer))}::text AS id`.execute(trx);
  return (rows[0] as { id: string }).id;
}

/** Updates an existing row with the file's values (an empty cell leaves the stored value). */
export async function updateLayerRow(
  trx: Transaction<Database>,
  layer: ImportLayer,
  id: string,
  w: RowWrite,
): Promise<void> {
  const cols = writtenColumns(layer).filter((c) => w.values[c] !== null && w.values[c] !== undefined);
  const table = sql.table(layer.table);
  const sets = cols.map((c) => sql`${ident(c)} = p.${ident(c)}`);
  await sql`
    UPDATE ${table} t SET ${sql.join([...sets, sql`${ident(layer.geometryColumn)} = ${geometryExpr(layer, w.repair)}`, sql`source_srid = ${w.sourceSrid}::int`, sql`data_source = ${w.dataSource}`])}
    FROM jsonb_populate_record(NULL::${table}, ${JSON.stringify(w.values)}::jsonb) p, file_import_rows r
    WHERE t.${ident(keyColumnOf(layer))}::text = ${id} AND r.import_id = ${w.importId}::int AND r.row_no = ${w.row}::int`.execute(
    trx,
  );
}

/** The row id column: counties are keyed by their code, every other table by a serial id. */
export const keyColumnOf = (layer: ImportLayer) => (layer.table === "counties" ? "code" : "id");

/** The id of the row with this natural key (the lowest id where names repeat), or undefined. */
export async function findByNaturalKey(
  trx: Transaction<Database>,
  layer: ImportLayer,
  key: MappedValue,
): Promise<string | undefined> {
  if (key === null) return undefined;
  const { rows } = await sql<{ id: string }>`
    SELECT ${ident(keyColumnOf(layer))}::text AS id FROM ${sql.table(layer.table)}
    WHERE ${ident(layer.key)} = ${String(key)} ORDER BY ${ident(keyColumnOf(layer))} LIMIT 1 FOR UPDATE`.execute(
    trx,
  );
  return rows[0]?.id;
}

/** The columns an undo restores, as they are now: geometry as hex EWKB (exact, with its SRID). */
export async function beforeImage(
  trx: Transaction<Database>,
  layer: ImportLayer,
  id: string,
): Promise<unknown> {
  const cols = restoredColumns(layer).filter((c) => c !== layer.geometryColumn);
  const pairs = cols.map((c) => sql`${c}::text, t.${ident(c)}`);
  const { rows } = await sql<{ before: unknown }>`
    SELECT jsonb_build_object(${sql.join(pairs)}) ||
      jsonb_build_object(${layer.geometryColumn}::text, encode(ST_AsEWKB(t.${ident(layer.geometryColumn)}), 'hex')) AS before
    FROM ${sql.table(layer.table)} t WHERE t.${ident(keyColumnOf(layer))}::text = ${id}`.execute(trx);
  return rows[0]?.before;
}

/** Puts a before-image back. */
export async function restoreLayerRow(
  trx: Transaction<Database>,
  layer: ImportLayer,
  id: string,
  before: unknown,
) {
  const cols = restoredColumns(layer);
  const table = sql.table(layer.table);
  await sql`
    UPDATE ${table} t SET ${sql.join(cols.map((c) => sql`${ident(c)} = p.${ident(c)}`))}
    FROM jsonb_populate_record(NULL::${table}, ${JSON.stringify(before)}::jsonb) p
    WHERE t.${ident(keyColumnOf(layer))}::text = ${id}`.execute(trx);
}
