import { geometryIssue, type ImportIssue, type ImportLayer } from "@lianpian/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../schema.ts";
import { lockedZoneRows } from "./zone-locks.ts";

/**
 * The checks PostGIS answers for the staged rows of an import: invalid
 * geometry (ST_IsValidReason, with what ST_MakeValid would change: area and
 * type), and the county of each row that names none (the county its
 * geometry lies in) or names one that does not exist. Returns issues by row.
 */
export async function sqlRowChecks(
  trx: Transaction<Database>,
  importId: number,
  layer: ImportLayer,
): Promise<Map<number, ImportIssue[]>> {
  const out = new Map<number, ImportIssue[]>();
  const add = (row: number, issue: ImportIssue) => out.set(row, [...(out.get(row) ?? []), issue]);
  const { rows: invalid } = await sql<{
    row_no: number;
    reason: string;
    type_before: string;
    type_after: string;
    area_before: number | null;
    area_after: number | null;
  }>`
    SELECT row_no, ST_IsValidReason(geom) AS reason, GeometryType(geom) AS type_before,
      GeometryType(ST_MakeValid(geom)) AS type_after,
      round(ST_Area(geom::geography)::numeric, 1)::float8 AS area_before,
      round(ST_Area(ST_CollectionExtract(ST_MakeValid(geom), 3)::geography)::numeric, 1)::float8 AS area_after
    FROM file_import_rows
    WHERE import_id = ${importId}::int AND geom IS NOT NULL AND NOT ST_IsValid(geom)
    ORDER BY row_no`.execute(trx);
  for (const r of invalid) {
    const typeNote = r.type_before === r.type_after ? "" : `; ${r.type_before} → ${r.type_after}`;
    add(
      r.row_no,
      geometryIssue(
        r.row_no,
        "geometry_invalid",
        {
          zh: `${r.reason}；修复后面积 ${r.area_before} → ${r.area_after} m²${typeNote}`,
          en: `${r.reason}; repaired, the area goes ${r.area_before} → ${r.area_after} m²${typeNote}`,
        },
        {
          reason: r.reason,
          repairable: true,
          area_before_m2: r.area_before,
          area_after_m2: r.area_after,
          type_before: r.type_before,
          type_after: r.type_after,
        },
      ),
    );
  }
  if (layer.name === "zones") {
    for (const issue of await lockedZoneRows(trx, importId)) add(issue.row as number, issue);
  }
  if (layer.fields.some((f) => f.name === "county_code")) {
    await fillCounties(trx, importId, layer, add);
  }
  return out;
}

async function fillCounties(
  trx: Transaction<Database>,
  importId: number,
  layer: ImportLayer,
  add: (row: number, issue: ImportIssue) => void,
) {
  if (layer.countyFromGeometry) {
    await sql`
      UPDATE file_import_rows r SET mapped = jsonb_set(r.mapped, '{county_code}', to_jsonb(c.code))
      FROM (
        SELECT s.row_no, (SELECT k.code::text FROM counties k
          WHERE k.level = 'county' AND ST_Intersects(k.geom, ST_Centroid(s.geom))
          ORDER BY k.code LIMIT 1) AS code
        FROM file_import_rows s
        WHERE s.import_id = ${importId}::int AND s.geom IS NOT NULL
          AND coalesce(s.mapped ->> 'county_code', '') = '') c
      WHERE r.import_id = ${importId}::int AND r.row_no = c.row_no AND c.code IS NOT NULL`.execute(trx);
  }
  const { rows } = await sql<{ row_no: number; code: string | null; has_geom: boolean }>`
    SELECT r.row_no, r.mapped ->> 'county_code' AS code, r.geom IS NOT NULL AS has_geom
    FROM file_import_rows r
    WHERE r.import_id = ${importId}::int
      AND (coalesce(r.mapped ->> 'county_code', '') = ''
           OR NOT EXISTS (SELECT 1 FROM counties k WHERE k.code = r.mapped ->> 'county_code'))
    ORDER BY r.row_no`.execute(trx);
  for (const r of rows) {
    if (r.code) {
      add(r.row_no, {
        row: r.row_no,
        field: "county_code",
        code: "unknown_value",
        message: `行政区划代码“${r.code}”不存在`,
        message_en: `County code "${r.code}" does not exist`,
        details: { value: r.code },
      });
    } else if (r.has_geom || !layer.countyFromGeometry) {
      add(r.row_no, geometryIssue(r.row_no, "county_unknown"));
    }
  }
}
