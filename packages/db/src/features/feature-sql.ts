import { type RawBuilder, sql } from "kysely";
import type { FeatureCollectionDef } from "./collections.ts";
import { CRS84, type RequestCrs } from "./crs-uri.ts";
import type { FeatureProperty } from "./feature-property.ts";
import type { Bbox } from "./items-query.ts";

// SQL pieces of the features queries. Table and column names come from the
// registry (collections.ts) through sql.table/sql.ref; request values are
// always parameters.

/** Degrees are written with 7 decimals (about 1 cm, finer than any source here), metres with 3 (1 mm). */
const GEOJSON_DECIMALS = 7;
const METRE_DECIMALS = 3;

/** The collection's table, aliased `t` (the alias the registry's expressions use). */
export function fromTable(c: FeatureCollectionDef): RawBuilder<unknown> {
  return sql`${sql.table(c.table)} AS t`;
}

/**
 * The WHERE clause of a collection's (or an export layer's) rows meeting every
 * condition: only its published rows, unless `includeDrafts` (draft zones for
 * readers who may see them).
 */
export function whereIn(
  c: { published?: RawBuilder<boolean> | undefined },
  conditions: readonly RawBuilder<boolean>[],
  { includeDrafts = false } = {},
): RawBuilder<unknown> {
  const all = includeDrafts || !c.published ? conditions : [c.published, ...conditions];
  return all.length ? sql`WHERE ${sql.join(all, sql` AND `)}` : sql``;
}

/** The row key, for ordering and lookups. */
export function idColumn(c: FeatureCollectionDef): RawBuilder<unknown> {
  return sql.ref(`t.${c.idColumn}`);
}

/** The GeoJSON `id`: the serial, or the county code as an integer (as in the vector tiles). */
function featureId(c: FeatureCollectionDef): RawBuilder<unknown> {
  return c.idKind === "code" ? sql`${idColumn(c)}::int` : idColumn(c);
}

/** A property's value as published: its column or fixed expression, timestamps as UTC text. */
export function propertyValue(p: FeatureProperty): RawBuilder<unknown> {
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
export function featureJson(
  c: FeatureCollectionDef,
  crs: RequestCrs = CRS84,
  options: { skipGeometry?: boolean } = {},
): RawBuilder<unknown> {
  const properties = sql.join(c.properties.map((p) => sql`${p.name}::text, ${propertyValue(p)}`));
  // A table's row: no geometry, its bbox (CRS84) to zoom to instead.
  const geometry = options.skipGeometry ? sql`NULL::json, 'bbox', ${bboxOf(c)}` : geometryIn(c, crs);
  return sql`json_build_object(
    'type', 'Feature',
    'id', ${featureId(c)},
    'geometry', ${geometry},
    'properties', json_build_object(${properties}))`;
}

/** The row's bbox in CRS84 as [minLon, minLat, maxLon, maxLat], 7 decimals. */
function bboxOf(c: FeatureCollectionDef): RawBuilder<unknown> {
  const g = sql.ref(`t.${c.geometryColumn}`);
  const d = (f: string) => sql`round(${sql.raw(f)}(${g})::numeric, 7)`;
  return sql`json_build_array(${d("ST_XMin")}, ${d("ST_YMin")}, ${d("ST_XMax")}, ${d("ST_YMax")})`;
}

/**
 * The row's geometry as GeoJSON in the requested CRS, in that CRS's axis
 * order (Part 2: EPSG:4326, 4490 and the GK zones are latitude / northing
 * first); no `crs` member (the Content-Crs header names it).
 */
function geometryIn(c: FeatureCollectionDef, crs: RequestCrs): RawBuilder<unknown> {
  const column = sql.ref(`t.${c.geometryColumn}`);
  const transformed = crs.srid === c.srid ? column : sql`ST_Transform(${column}, ${sql.lit(crs.srid)})`;
  const ordered = crs.northingFirst ? sql`ST_FlipCoordinates(${transformed})` : transformed;
  const metres = crs.srid !== 4326 && crs.srid !== 4490;
  return sql`ST_AsGeoJSON(${ordered}, ${sql.lit(metres ? METRE_DECIMALS : GEOJSON_DECIMALS)}, 0)::json`;
}

/**
 * Rows whose geometry intersects the bbox. The envelope is built in the
 * bbox's CRS (CRS84 by default, x/y put back in easting / longitude order)
 * and transformed to the column's SRID, never the column, so the GiST index
 * on the column serves the filter.
 */
export function intersectsBbox(
  c: FeatureCollectionDef,
  bbox: Bbox,
  bboxCrs: RequestCrs = CRS84,
): RawBuilder<boolean> {
  const [minX, minY, maxX, maxY] = bboxCrs.northingFirst ? [bbox[1], bbox[0], bbox[3], bbox[2]] : bbox;
  const srid = sql.lit(bboxCrs.srid);
  const envelope = sql`ST_MakeEnvelope(${minX}::float8, ${minY}::float8, ${maxX}::float8, ${maxY}::float8, ${srid})`;
  const target = c.srid === bboxCrs.srid ? envelope : sql`ST_Transform(${envelope}, ${sql.lit(c.srid)})`;
  return sql<boolean>`ST_Intersects(${sql.ref(`t.${c.geometryColumn}`)}, ${target})`;
}
