import { checkGeometryInPostgis, type Db, findMissingRefs, type OperandInput } from "@lianpian/db";
import { type FeatureRef, GEOMETRY_CAPS } from "@lianpian/domain";
import { type GeometryKind, type ValidationReason, validateGeometry } from "@lianpian/geo";
import { apiError } from "../errors.ts";

// Reasons only the shape decides; topology reasons are confirmed by PostGIS,
// which accepts e.g. a hole touching its shell at one point (valid OGC).
const STRUCTURAL: ReadonlySet<ValidationReason> = new Set([
  "not_geometry",
  "wrong_type",
  "empty",
  "bad_coordinate",
  "out_of_range",
  "out_of_bounds",
  "too_many_vertices",
  "ring_not_closed",
  "too_few_points",
]);

/**
 * Checks one submitted geometry: packages/geo first (shape, caps, service
 * area, with a clear zh/en reason and where), then PostGIS's ST_IsValid, the
 * truth. Throws `invalid_geometry` (400) with the reason; returns the area.
 */
export async function checkGeometry(
  db: Db,
  geometry: unknown,
  kinds: readonly GeometryKind[],
  field = "/geometry",
): Promise<{ areaM2: number }> {
  const local = validateGeometry(geometry, kinds, {
    maxVertices: GEOMETRY_CAPS.maxVertices,
    bbox: GEOMETRY_CAPS.serviceBbox,
  });
  if (!local.ok && STRUCTURAL.has(local.reason)) throw apiError("invalid_geometry", { field, ...local });
  const truth = await checkGeometryInPostgis(db.kysely, geometry);
  if (!truth.ok) {
    const detail = local.ok
      ? {
          reason: truth.reason === "empty" ? "empty" : "postgis_invalid",
          message_zh: `PostGIS 判定几何无效：${truth.detail}`,
          message_en: `PostGIS finds the geometry invalid: ${truth.detail}`,
        }
      : { reason: local.reason, message_zh: local.message_zh, message_en: local.message_en };
    throw apiError("invalid_geometry", { field, ...detail, postgis: truth.detail });
  }
  return { areaM2: truth.areaM2 };
}

/** A zone outline: polygonal, valid, and at least the minimum zone area. */
export async function checkZoneOutline(db: Db, geometry: unknown): Promise<void> {
  const { areaM2 } = await checkGeometry(db, geometry, ["polygonal"]);
  if (areaM2 < GEOMETRY_CAPS.minZoneAreaM2) {
    const min = GEOMETRY_CAPS.minZoneAreaM2;
    throw apiError("geometry_too_small", {
      field: "/geometry",
      area_m2: Math.round(areaM2 * 10) / 10,
      min_area_m2: Math.round(min * 100) / 100,
      message_zh: `片区面积 ${areaM2.toFixed(1)} 平方米，小于下限 1 亩（${min.toFixed(2)} 平方米）`,
      message_en: `the zone covers ${areaM2.toFixed(1)} m², less than the minimum of 1 mu (${min.toFixed(2)} m²)`,
    });
  }
}

/**
 * Checks the operands of a geometry operation: not empty, within the cap,
 * every drawn geometry valid and every referenced feature present.
 */
export async function checkOperands(db: Db, op: OperandInput, field = ""): Promise<void> {
  const geometries = op.geometries ?? [];
  const features: readonly FeatureRef[] = op.features ?? [];
  const count = geometries.length + features.length;
  if (count === 0) throw apiError("no_operands", { field: field || "/" });
  if (count > GEOMETRY_CAPS.maxOperands)
    throw apiError("too_many_operands", { field: field || "/", count, max: GEOMETRY_CAPS.maxOperands });
  for (const [i, g] of geometries.entries()) {
    await checkGeometry(db, g, ["point", "linear", "polygonal"], `${field}/geometries/${i}`);
  }
  const missing = await findMissingRefs(db.kysely, features);
  if (missing.length > 0) throw apiError("feature_not_found", { field: `${field}/features`, missing });
}
