import { type FieldMapping, type ImportIssue, type ImportLayer, importLayer } from "@lianpian/domain";
import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { sqlRowChecks } from "./geometry-checks.ts";
import { readSavedMapping } from "./import-mappings.repository.ts";
import { checkRows, chooseMapping } from "./stage-rows.ts";
import type { ImportSummary, StageInput } from "./types.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const PREVIEW_ROWS = 20;
const BATCH = 1000;

function layerOf(name: string): ImportLayer {
  const layer = importLayer(name);
  if (!layer) throw new Error(`unknown import layer ${name}`);
  return layer;
}

/**
 * Stages a file read (a new import, or `replaceId`'s rows replaced after a
 * change of mapping, encoding, CRS or layer) in one transaction: the import
 * row, every file row with its attributes, raw and EPSG:4326 geometry, mapped
 * values and problems. Nothing is written to the layer. Returns the id.
 */
export async function saveStagedImport(
  db: Kysely<Database>,
  input: StageInput,
  actor: Actor,
  replaceId?: number,
): Promise<number> {
  const layer = layerOf(input.layer);
  return db.transaction().execute(async (trx) => {
    const saved = input.mapping == null ? await readSavedMapping(trx, layer.name) : null;
    const mapping = chooseMapping(layer, input.sourceFields, input.mapping, saved?.mapping ?? null);
    const valueMaps = { ...(saved?.value_maps ?? {}), ...input.valueMaps };
    const rows = checkRows(layer, input.rows, mapping, valueMaps);
    const values = {
      layer: layer.name,
      file_name: input.fileName,
      sha256: input.sha256,
      byte_size: input.bytes.byteLength,
      file_bytes: Buffer.from(input.bytes),
      source_format: input.format,
      source_layer: input.sourceLayer,
      source_layers: JSON.stringify(input.sourceLayers),
      crs: input.crs,
      source_srid: input.sourceSrid,
      encoding: JSON.stringify(input.encoding),
      mapping: JSON.stringify(mapping),
      value_maps: JSON.stringify(valueMaps),
      source_fields: JSON.stringify(input.sourceFields),
      feature_count: rows.length,
      file_errors: JSON.stringify(input.fileErrors),
      warnings: JSON.stringify(input.warnings),
    };
    let id: number;
    if (replaceId === undefined) {
      const row = await trx
        .insertInto("file_imports")
        .values({ ...values, created_by: actor.username, created_by_user_id: actor.userId })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = row.id;
    } else {
      id = replaceId;
      await trx.updateTable("file_imports").set(values).where("id", "=", id).execute();
      await trx.deleteFrom("file_import_rows").where("import_id", "=", id).execute();
    }
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH).map((r) => ({
        row_no: r.row,
        properties: r.properties,
        source_geometry: r.sourceGeometry,
        mapped: r.mapped,
        geometry: r.geometry,
        errors: r.errors,
      }));
      await sql`
        INSERT INTO file_import_rows (import_id, row_no, properties, source_geometry, mapped, geom, errors)
        SELECT ${id}::int, (e ->> 'row_no')::int, e -> 'properties', nullif(e -> 'source_geometry', 'null'::jsonb),
          e -> 'mapped',
          CASE WHEN jsonb_typeof(e -> 'geometry') = 'object'
            THEN ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(e ->> 'geometry')), 4326) END,
          e -> 'errors'
        FROM jsonb_array_elements(${JSON.stringify(batch)}::jsonb) e`.execute(trx);
    }
    await recordAudit(trx, actor, {
      action: replaceId === undefined ? "import.stage" : "import.restage",
      entity: "file_import",
      entityId: id,
      details: {
        layer: layer.name,
        file_name: input.fileName,
        sha256: input.sha256,
        crs: input.crs,
        feature_count: rows.length,
      },
    });
    const found = await sqlRowChecks(trx, id, layer);
    if (found.size > 0) {
      const extra = [...found].map(([row, issues]) => ({ row, issues }));
      await sql`
        UPDATE file_import_rows r SET errors = r.errors || x.issues
        FROM jsonb_to_recordset(${JSON.stringify(extra)}::jsonb) AS x(row int, issues jsonb)
        WHERE r.import_id = ${id}::int AND r.row_no = x.row`.execute(trx);
    }
    return id;
  });
}

/** The same mapping by source column (column → field, null: not imported), as a column list is edited. */
function columnMapping(columns: readonly string[], mapping: FieldMapping): Record<string, string | null> {
  const byColumn = new Map(
    Object.entries(mapping).flatMap(([field, column]) => (column ? [[column, field]] : [])),
  );
  return Object.fromEntries(columns.map((c) => [c, byColumn.get(c) ?? null]));
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** A staged or past import as the API shows it (errors of every row, the first rows decoded), or undefined. */
export async function readImportSummary(db: Executor, id: number): Promise<ImportSummary | undefined> {
  const imp = await db.selectFrom("file_imports").selectAll().where("id", "=", id).executeTakeFirst();
  if (!imp) return undefined;
  const layer = layerOf(imp.layer);
  const { rows: errorRows } = await sql<{ errors: ImportIssue[] }>`
    SELECT errors FROM file_import_rows WHERE import_id = ${id}::int AND errors <> '[]'::jsonb ORDER BY row_no`.execute(
    db,
  );
  const { rows: preview } = await sql<{ row_no: number; properties: Record<string, unknown> }>`
    SELECT row_no, properties FROM file_import_rows WHERE import_id = ${id}::int ORDER BY row_no LIMIT ${PREVIEW_ROWS}`.execute(
    db,
  );
  return {
    id: imp.id,
    layer: imp.layer,
    file_name: imp.file_name,
    sha256: imp.sha256.trim(),
    byte_size: Number(imp.byte_size),
    format: imp.source_format,
    source_layer: imp.source_layer,
    source_layers: imp.source_layers as string[],
    crs: imp.crs,
    source_srid: imp.source_srid,
    encoding: imp.encoding as ImportSummary["encoding"],
    feature_count: imp.feature_count,
    errors: [...(imp.file_errors as ImportIssue[]), ...errorRows.flatMap((r) => r.errors)],
    warnings: imp.warnings as ImportIssue[],
    mapping: imp.mapping as FieldMapping,
    column_mapping: columnMapping(imp.source_fields as string[], imp.mapping as FieldMapping),
    value_maps: imp.value_maps as ImportSummary["value_maps"],
    source_fields: imp.source_fields as string[],
    target_fields: layer.fields.map((f) => f.name),
    preview: preview.map((p) => ({ row: p.row_no, ...p.properties })),
    status: imp.status as ImportSummary["status"],
    inserted: imp.inserted,
    updated: imp.updated,
    created_by: imp.created_by,
    created_at: iso(imp.created_at) as string,
    committed_at: iso(imp.committed_at),
    undone_at: iso(imp.undone_at),
  };
}

/** The file of a staged import with the choices it was read with, for a re-read after a change. */
export async function readStagedFile(db: Executor, id: number) {
  return db
    .selectFrom("file_imports")
    .select([
      "id",
      "layer",
      "file_name",
      "file_bytes",
      "status",
      "crs",
      "encoding",
      "source_layer",
      "mapping",
      "value_maps",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The staged rows as GeoJSON in EPSG:4326, each with its row number, mapped values and errors. */
export async function readStagedFeatures(db: Executor, id: number) {
  const { rows } = await sql<{ feature: unknown }>`
    SELECT json_build_object('type', 'Feature', 'id', row_no,
      'geometry', ST_AsGeoJSON(geom, 7)::json,
      'properties', mapped || jsonb_build_object('row', row_no, 'errors', errors)) AS feature
    FROM file_import_rows WHERE import_id = ${id}::int ORDER BY row_no`.execute(db);
  return { type: "FeatureCollection" as const, features: rows.map((r) => r.feature) };
}

/** The import history, newest first. */
export async function listImports(db: Executor, limit = 200) {
  const { rows } = await sql<{
    id: number;
    layer: string;
    file_name: string;
    sha256: string;
    crs: string | null;
    feature_count: number;
    inserted: number | null;
    updated: number | null;
    error_count: number;
    status: string;
    created_by: string;
    created_at: Date | string;
    committed_at: Date | string | null;
    undone_at: Date | string | null;
  }>`
    SELECT i.id, i.layer, i.file_name, trim(i.sha256) AS sha256, i.crs, i.feature_count, i.inserted, i.updated,
      (jsonb_array_length(i.file_errors) + coalesce((SELECT sum(jsonb_array_length(r.errors))
         FROM file_import_rows r WHERE r.import_id = i.id), 0))::int AS error_count,
      i.status, i.created_by, i.created_at, i.committed_at, i.undone_at
    FROM file_imports i ORDER BY i.created_at DESC, i.id DESC LIMIT ${limit}::int`.execute(db);
  return rows.map((r) => ({
    ...r,
    created_at: iso(r.created_at) as string,
    committed_at: iso(r.committed_at),
    undone_at: iso(r.undone_at),
  }));
}

/** Drops a staged import and its rows; false when it is not staged. */
export async function discardStagedImport(db: Kysely<Database>, id: number): Promise<boolean> {
  const res = await db
    .deleteFrom("file_imports")
    .where("id", "=", id)
    .where("status", "=", "staged")
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
