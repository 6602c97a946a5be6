import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import { geomFromGeoJson, gkSridSql } from "../analysis/geometry-sql.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * How far a zone's saved outline may move from what was drawn, adopted from
 * a proposal or made by buffer/union, in metres on the CGCS2000 3° Gauss-
 * Krüger zone of its centre: vertices closer than this to the one before are
 * dropped, and so is a vertex within this distance of the straight line
 * between its neighbours (collinear micro-vertices, the slivers of a union,
 * the collapsed arcs of a buffer out and back in). Corner tables are printed
 * to 0.01 m; 5 cm is below what a surveyor stakes out.
 */
export const OUTLINE_TOLERANCE_M = 0.05;

/**
 * A polygonal EPSG:4326 geometry cleaned for saving as a zone outline:
 * in the GK zone of its centroid (EPSG:4534–4554, the zone number from the
 * central meridian), repeated points and collinear micro-vertices within
 * OUTLINE_TOLERANCE_M removed (topology kept), made valid, polygons only,
 * back in EPSG:4326 as a MultiPolygon.
 */
export function cleanOutline(geom: RawBuilder<unknown>): RawBuilder<unknown> {
  const tolerance = sql.lit(OUTLINE_TOLERANCE_M);
  return sql`(SELECT CASE WHEN ST_IsEmpty(i.g) THEN ST_Multi(i.g) ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(
        ST_SimplifyPreserveTopology(ST_RemoveRepeatedPoints(ST_Transform(i.g, z.srid), ${tolerance}), ${tolerance}),
        4326)), 3)) END
      FROM (SELECT ${geom} AS g) i,
      LATERAL (SELECT ${gkSridSql(sql`ST_X(ST_Centroid(i.g))`)} AS srid) z)`;
}

/** A GeoJSON outline as it would be saved, with its vertex counts and areas before and after cleaning. */
export interface CleanedOutline {
  geometry: unknown;
  pointsBefore: number;
  pointsAfter: number;
  areaBeforeM2: number;
  areaAfterM2: number;
}

/** Cleans a GeoJSON outline as a save would (see cleanOutline) and says what changed. */
export async function previewCleanOutline(db: Executor, geometry: unknown): Promise<CleanedOutline> {
  const { rows } = await sql<{
    geometry: string;
    before: number;
    after: number;
    area_before: number;
    area_after: number;
  }>`
    WITH i AS (SELECT ${geomFromGeoJson(geometry)} AS g), c AS (SELECT ${cleanOutline(sql`(SELECT g FROM i)`)} AS g)
    SELECT ST_AsGeoJSON(c.g, 9, 0) AS geometry, ST_NPoints(i.g) AS before, ST_NPoints(c.g) AS after,
           ST_Area(i.g::geography) AS area_before, ST_Area(c.g::geography) AS area_after
    FROM i, c`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("outline cleaning returned no row");
  return {
    geometry: JSON.parse(row.geometry),
    pointsBefore: row.before,
    pointsAfter: row.after,
    areaBeforeM2: row.area_before,
    areaAfterM2: row.area_after,
  };
}
