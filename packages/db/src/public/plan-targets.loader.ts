import { type Kysely, sql } from "kysely";
import { recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { withPublic } from "./public-tables.ts";

const SYSTEM = { userId: null, username: "system", role: "admin" };

/** A region a plan figure belongs to, as the data file gives it. */
interface PlanRegionInput {
  code: string;
  nameZh: string;
  nameEn: string;
  level: "city" | "county";
  parentCode: string | null;
  /** Own outline ([lng, lat] ring) when the counties table does not hold the region. */
  approximateOutline?: readonly (readonly [number, number])[];
  dataSource: string;
  remarks?: string;
}

/** A figure of a source document, as the data file gives it. */
interface PlanFigureInput {
  regionCode: string;
  indicator: string;
  year: number;
  kind: string;
  value: number;
  unit: string;
  periodStart?: number;
  source: string;
  detail: string;
}

export interface PlanTargetsDataset {
  regions: readonly PlanRegionInput[];
  figures: readonly PlanFigureInput[];
}

/**
 * Loads the real plan figures in one transaction: regions and figures that
 * are missing are added, existing rows are left alone so a county's own
 * corrections survive a restart. An outline is clipped away from the
 * counties table so a sketch never overlaps surveyed boundaries. Returns the
 * number of figures added.
 */
export async function loadPlanTargets(db: Kysely<Database>, dataset: PlanTargetsDataset): Promise<number> {
  return db.transaction().execute(async (base) => {
    const trx = withPublic(base);
    for (const r of dataset.regions) {
      const ring = r.approximateOutline ? JSON.stringify([[...r.approximateOutline]]) : null;
      await sql`
          INSERT INTO plan_regions (code, name_zh, name_en, level, parent_code, geom, geom_approximate, data_source, remarks)
          SELECT ${r.code}, ${r.nameZh}, ${r.nameEn}, ${r.level}, ${r.parentCode}, g.geom, ${ring !== null},
                 ${r.dataSource}, ${r.remarks ?? null}
          FROM (
            SELECT CASE WHEN ${ring}::text IS NULL THEN NULL ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(
              ST_Difference(
                ST_SetSRID(ST_GeomFromGeoJSON(json_build_object('type', 'Polygon', 'coordinates', ${ring}::json)), 4326),
                coalesce((SELECT ST_Union(geom) FROM counties), 'SRID=4326;POLYGON EMPTY'::geometry)
              )), 3)) END AS geom
          ) g
          ON CONFLICT (code) DO NOTHING`.execute(trx);
    }
    let added = 0;
    for (const f of dataset.figures) {
      const row = await trx
        .insertInto("plan_targets")
        .values({
          region_code: f.regionCode,
          indicator: f.indicator,
          year: f.year,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          period_start: f.periodStart ?? null,
          is_real: true,
          source_document: f.source,
          source_detail: f.detail,
          entered_by: "loader",
          remarks: null,
        })
        .onConflict((oc) => oc.columns(["region_code", "indicator", "year", "kind"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) added++;
    }
    if (added > 0) {
      await recordAudit(base, SYSTEM, {
        action: "plan_targets.load",
        entity: "plan_target",
        details: { added },
      });
    }
    return added;
  });
}
