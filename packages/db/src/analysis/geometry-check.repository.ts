import { type Kysely, sql, type Transaction } from "kysely";
import { isDatabaseOutage } from "../connection/database-errors.ts";
import type { Database } from "../schema.ts";
import { geomFromGeoJson } from "./geometry-sql.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export type PostgisCheck =
  | { ok: true; areaM2: number }
  | { ok: false; reason: "invalid" | "empty" | "unreadable"; detail: string };

/**
 * PostGIS's verdict on a GeoJSON geometry: ST_IsValid (with the reason) and
 * not empty, plus its area on the ellipsoid. PostGIS is the truth: the
 * client-side and packages/geo checks only give earlier, clearer messages.
 */
export async function checkGeometryInPostgis(db: Executor, geojson: unknown): Promise<PostgisCheck> {
  try {
    const { rows } = await sql<{ valid: boolean; reason: string; empty: boolean; area_m2: number }>`
      SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason, ST_IsEmpty(g) AS empty,
             ST_Area(g::geography) AS area_m2
      FROM (SELECT ${geomFromGeoJson(geojson)} AS g) x`.execute(db);
    const row = rows[0];
    if (!row) return { ok: false, reason: "unreadable", detail: "no result" };
    if (row.empty) return { ok: false, reason: "empty", detail: "empty geometry" };
    if (!row.valid) return { ok: false, reason: "invalid", detail: row.reason };
    return { ok: true, areaM2: row.area_m2 };
  } catch (error) {
    // A database that is down is not a verdict on the geometry: the request gets its 503.
    if (isDatabaseOutage(error)) throw error;
    return { ok: false, reason: "unreadable", detail: (error as Error).message };
  }
}
