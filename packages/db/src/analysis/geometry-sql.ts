import { gkSrid } from "@lianpian/geo";
import { type RawBuilder, sql } from "kysely";

/*
 * The PostGIS expressions the analysis and zone repositories share. Every
 * value goes in as a bound parameter; the only SQL text here is fixed.
 */

/** A GeoJSON geometry (bound as text) as a 2D EPSG:4326 geometry. */
export function geomFromGeoJson(geojson: unknown): RawBuilder<unknown> {
  return sql`ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(${JSON.stringify(geojson)}::text)), 4326)`;
}

/**
 * A geometry as GeoJSON, snapped to a 1e-8° grid first (about a millimetre)
 * so the printed coordinates describe a valid geometry that can be sent back;
 * polygons come out as MultiPolygons, whatever snapping did.
 */
export function asGeoJson(geom: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`ST_AsGeoJSON(ST_Multi(ST_ReducePrecision(${geom}, 1e-8)), 9)::json`;
}

/** The polygonal part of a geometry as a MultiPolygon (lines and points dropped). */
export function polygonalPart(geom: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`ST_Multi(ST_CollectionExtract(ST_MakeValid(${geom}), 3))`;
}

/**
 * A transverse Mercator centred on the geometry (scale 1 on its meridian):
 * distances within tens of kilometres of the centre are true to a few parts
 * per million, which makes buffers and gap widths geodesic in practice.
 */
export function localMetricProj(geom: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`format('+proj=tmerc +lat_0=%s +lon_0=%s +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    ST_Y(ST_Centroid(${geom})), ST_X(ST_Centroid(${geom})))`;
}

/** EPSG code of the CGCS2000 3° GK zone n without prefix, less n (zone 38 → 4547). */
const GK3_SRID_OFFSET = (gkSrid(3, 38, false) ?? Number.NaN) - 38;

/**
 * The EPSG code of the CGCS2000 3° GK zone (no prefix) a longitude falls in,
 * in SQL: the rule of @lianpian/geo `gkSridFor` (zone n covers CM 3n ± 1.5°,
 * a longitude on the border goes east), which a test holds them to.
 */
export function gkSridSql(lng: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(${sql.lit(GK3_SRID_OFFSET)} + floor((${lng}) / 3 + 0.5))::int`;
}
