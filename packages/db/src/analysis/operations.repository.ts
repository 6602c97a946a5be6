import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { cleanOutline } from "../zones/zone-outline.ts";
import { asGeoJson, localMetricProj, polygonalPart } from "./geometry-sql.ts";
import { type OperandInput, operandGeoms } from "./operands-sql.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * A polygonal result (GeoJSON MultiPolygon) with its area on the ellipsoid; null when nothing is left.
 * Cleaned as a saved outline is (zones/zone-outline.ts), so the preview is what a save keeps.
 */
export type OperationOutput = { geometry: unknown; areaM2: number } | null;

async function polygonalResult(db: Executor, expr: RawBuilder<unknown>): Promise<OperationOutput> {
  const { rows } = await sql<{ geometry: unknown; area_m2: number | null }>`
    WITH r AS (SELECT ${cleanOutline(polygonalPart(expr))} AS g)
    SELECT CASE WHEN ST_IsEmpty(g) THEN NULL ELSE ${asGeoJson(sql`g`)} END AS geometry,
           ST_Area(g::geography) AS area_m2
    FROM r`.execute(db);
  const row = rows[0];
  // PGlite answers a failed GEOS overlay with no row at all rather than an error.
  if (!row) throw new Error("the geometry operation returned no row (overlay failed)");
  if (!row.geometry || !row.area_m2) return null;
  return { geometry: row.geometry, areaM2: row.area_m2 };
}

/**
 * Buffers the union of the operands by `distanceM` metres on the ground
 * (negative shrinks), in a transverse Mercator centred on them.
 */
export async function bufferOperands(db: Executor, op: OperandInput, distanceM: number) {
  return polygonalResult(
    db,
    sql`(
      WITH o AS (SELECT g FROM ${operandGeoms(op)} x),
      p AS (SELECT ${localMetricProj(sql`(SELECT ST_Collect(g) FROM o)`)} AS proj)
      SELECT ST_Transform(ST_Buffer(ST_Union(ST_Transform(o.g, p.proj)), ${distanceM}::float8, 'quad_segs=16'), p.proj, 4326)
      FROM o, p GROUP BY p.proj
    )`,
  );
}

/** Merges the operands into one (multi)polygon; lines and points add no area. */
export async function unionOperands(db: Executor, op: OperandInput) {
  return polygonalResult(db, sql`(SELECT ST_Union(g) FROM ${operandGeoms(op)} x)`);
}

/** The base operands minus the subtracted ones. */
export async function subtractOperands(db: Executor, base: OperandInput, minus: OperandInput) {
  return polygonalResult(
    db,
    sql`(SELECT ST_Difference(
      (SELECT ST_Union(g) FROM ${operandGeoms(base)} b),
      (SELECT ST_Union(g) FROM ${operandGeoms(minus)} m)))`,
  );
}

/**
 * Closes gaps narrower than `gapM` metres between the operands: buffer out
 * by half the gap, union, buffer back in (a morphological closing; straight
 * edges come back exactly, corners within 0.2 % of the gap). No union with
 * the originals afterwards: their edges nearly coincide with the result's,
 * which is where overlays break.
 */
export async function closeGaps(db: Executor, op: OperandInput, gapM: number) {
  return polygonalResult(
    db,
    sql`(
      WITH o AS (SELECT g FROM ${operandGeoms(op)} x),
      p AS (SELECT ${localMetricProj(sql`(SELECT ST_Collect(g) FROM o)`)} AS proj),
      m AS (SELECT ST_Transform(o.g, p.proj) AS g, p.proj FROM o, p),
      c AS (
        SELECT ST_Buffer(ST_Union(ST_Buffer(g, ${gapM / 2}::float8, 'quad_segs=16')), ${-gapM / 2}::float8, 'quad_segs=16') AS g,
               proj
        FROM m GROUP BY proj
      )
      SELECT ST_Transform(g, proj, 4326) FROM c
    )`,
  );
}
