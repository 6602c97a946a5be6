import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** One uploaded raster base map. */
export interface BasemapRow {
  id: number;
  name: string;
  format: "mbtiles" | "pmtiles";
  tile_type: "png" | "jpg" | "webp";
  min_zoom: number;
  max_zoom: number;
  bounds: [number, number, number, number] | null;
  attribution: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  created_at: string;
}

export type NewBasemap = Omit<BasemapRow, "id" | "created_at">;

const COLUMNS = sql.raw(`id, name, format, tile_type, min_zoom, max_zoom, bounds, attribution,
  size_bytes::float8 AS size_bytes, sha256, uploaded_by, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at`);

/** Records an upload; returns its id (the file is named after it). */
export async function insertBasemap(db: Executor, b: NewBasemap): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO basemaps (name, format, tile_type, min_zoom, max_zoom, bounds, attribution, size_bytes, sha256, uploaded_by)
    VALUES (${b.name}, ${b.format}, ${b.tile_type}, ${b.min_zoom}, ${b.max_zoom},
            ${b.bounds ? sql`ARRAY[${sql.join(b.bounds)}]::float8[]` : null}, ${b.attribution},
            ${b.size_bytes}, ${b.sha256}, ${b.uploaded_by})
    RETURNING id`.execute(db);
  return (rows[0] as { id: number }).id;
}

/** Every base map, newest first. */
export async function listBasemaps(db: Executor): Promise<BasemapRow[]> {
  const { rows } = await sql<BasemapRow>`SELECT ${COLUMNS} FROM basemaps ORDER BY id DESC`.execute(db);
  return rows;
}

/** One base map, or undefined. */
export async function findBasemap(db: Executor, id: number): Promise<BasemapRow | undefined> {
  const { rows } = await sql<BasemapRow>`SELECT ${COLUMNS} FROM basemaps WHERE id = ${id}`.execute(db);
  return rows[0];
}
