import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import type { Bbox } from "./items-query.ts";

interface CachedExtent {
  version: number;
  bbox: Bbox | null;
}

// Per database handle, per collection: the extent and the layer version it was computed at.
// ST_Extent reads every row, so it runs again only after a write bumped layer_versions.
const cache = new WeakMap<Kysely<Database>, Map<string, CachedExtent>>();

/**
 * The spatial extent (CRS84 bbox) of each collection, null for an empty one.
 * Cached until the collection's layer version changes; one small query when
 * nothing changed.
 */
export async function readCollectionExtents(
  db: Kysely<Database>,
  collections: readonly FeatureCollectionDef[],
): Promise<Map<string, Bbox | null>> {
  let byId = cache.get(db);
  if (!byId) {
    byId = new Map();
    cache.set(db, byId);
  }
  const versions = await readLayerVersions(db);
  const result = new Map<string, Bbox | null>();
  for (const c of collections) {
    const version = versions.get(c.versionLayer) ?? 0;
    let entry = byId.get(c.id);
    if (!entry || entry.version !== version) {
      entry = { version, bbox: await computeExtent(db, c) };
      byId.set(c.id, entry);
    }
    result.set(c.id, entry.bbox);
  }
  return result;
}

async function readLayerVersions(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom("layer_versions").select(["layer", "version"]).execute();
  return new Map(rows.map((r) => [r.layer, Number(r.version)]));
}

async function computeExtent(db: Kysely<Database>, c: FeatureCollectionDef): Promise<Bbox | null> {
  const column = sql.ref(`t.${c.geometryColumn}`);
  // The box of the stored coordinates, taken to CRS84 as a polygon (a no-op for 4326 columns).
  const box =
    c.srid === 4326
      ? sql`ST_Extent(${column})::geometry`
      : sql`ST_Transform(ST_SetSRID(ST_Extent(${column})::geometry, ${sql.lit(c.srid)}), 4326)`;
  const { rows } = await sql<{ xmin: number | null; ymin: number; xmax: number; ymax: number }>`
    SELECT ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, ST_YMax(e) AS ymax
    FROM (SELECT ${box} AS e FROM ${sql.table(c.table)} AS t) s`.execute(db);
  const row = rows[0];
  if (!row || row.xmin === null) return null;
  // ST_Extent reads the float4 boxes stored with each geometry, a hair wider than the data; 7 decimals
  // (about 1 cm, as the features' coordinates) drop the noise of that rounding.
  const [xmin, ymin, xmax, ymax] = [row.xmin, row.ymin, row.xmax, row.ymax].map((v) =>
    Number(Number(v).toFixed(7)),
  );
  return [xmin ?? 0, ymin ?? 0, xmax ?? 0, ymax ?? 0];
}
