import type { FieldMapping, ValueMaps } from "@lianpian/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export interface SavedImportMapping {
  layer: string;
  mapping: FieldMapping;
  value_maps: ValueMaps;
  updated_by: string;
  updated_at: string;
}

/** The mapping saved for a layer, or undefined. */
export async function readSavedMapping(db: Executor, layer: string): Promise<SavedImportMapping | undefined> {
  const row = await db
    .selectFrom("import_mappings")
    .selectAll()
    .where("layer", "=", layer)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    layer: row.layer,
    mapping: row.mapping as FieldMapping,
    value_maps: row.value_maps as ValueMaps,
    updated_by: row.updated_by,
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

/** Saves (replaces) a layer's mapping. */
export async function saveMapping(
  db: Executor,
  layer: string,
  mapping: FieldMapping,
  valueMaps: ValueMaps,
  by: string,
): Promise<SavedImportMapping> {
  const values = {
    layer,
    mapping: JSON.stringify(mapping),
    value_maps: JSON.stringify(valueMaps),
    updated_by: by,
  };
  await db
    .insertInto("import_mappings")
    .values(values)
    .onConflict((oc) => oc.column("layer").doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
  return (await readSavedMapping(db, layer)) as SavedImportMapping;
}
