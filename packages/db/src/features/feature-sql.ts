import { type RawBuilder, sql } from "kysely";
import type { FeatureCollectionDef } from "./collections.ts";
import type { FeatureProperty } from "./feature-property.ts";
import type { Bbox } from "./items-query.ts";

// SQL pieces of the features queries. Table and column names come from the
// registry (collections.ts) through sql.table/sql.ref; request values are
// always parameters.

/** Coordinates are written with 7 decimals: about 1 cm, finer than any source here. */
const GEOJSON_DECIMALS = 7;

/** The collection's table, aliased `t` (the alias the registry's expressions use). */
export function fromTable(c: FeatureCollectionDef): RawBuilder<unknown> {
  return sql`${sql.table(c.table)} AS t`;
}

/** The collection's published rows and, when given, a further condition. */
export function whereIn(c: FeatureCollectionDef, condition?: RawBuilder<boolean>): RawBuilder<unknown> {
  const conditions = [c.published, condition].filter((x): x is RawBuilder<boolean> => x !== undefined);
  return conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

/** The row key, for ordering and lookups. */
export function idColumn(c: FeatureCollectionDef): RawBuilder<unknown> {
  return sql.ref(`t.${c.idColumn}`);
}

/** The GeoJSON `id`: the serial, or the county code as an integer (as in the vector tiles). */
function featureId(c: FeatureCollectionDef): RawBuilder<unknown> {
  return c.idKind === "code" ? sql`${idColumn(c)}::int` : idColumn(c);
}

function propertyValue(p: FeatureProperty): RawBuilder<unknown> {
  const value = p.sql ?? sql.ref(`t.${p.name}`);
  // Timestamps in UTC with a Z, whatever the session's TimeZone (PGlite and servers differ).
  if (p.type === "date-time") return sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  return value;
}

/**
 * A json expression building the whole GeoJSON Feature of row `t`, so the
 * rows leave PostgreSQL as finished text. Property keys are parameters: no
 * name is spliced into the SQL text.
 */
export function featureJson(c: FeatureCollectionDef): RawBuilder<unknown> {
  const properties = sql.join(c.properties.map((p) => sql`${p.name}::text, ${propertyValue(p)}`));
  const geometry = sql.ref(`t.${c.geometryColumn}`);
  return sql`json_build_object(
    'type', 'Feature',
    'id', ${featureId(c)},
    'geometry', ST_AsGeoJSON(${geometry}, ${sql.lit(GEOJSON_DECIMALS)})::json,
    'properties', json_build_object(${properties}))`;
}

/**
 * Rows whose geometry intersects the bbox. The envelope is built in CRS84
 * and transformed to the column's SRID, never the column, so the GiST index
 * on the column serves the filter.
 */
export function intersectsBbox(c: FeatureCollectionDef, bbox: Bbox): RawBuilder<boolean> {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const envelope = sql`ST_MakeEnvelope(${minLon}::float8, ${minLat}::float8, ${maxLon}::float8, ${maxLat}::float8, 4326)`;
  const target = c.srid === 4326 ? envelope : sql`ST_Transform(${envelope}, ${sql.lit(c.srid)})`;
  return sql<boolean>`ST_Intersects(${sql.ref(`t.${c.geometryColumn}`)}, ${target})`;
}
