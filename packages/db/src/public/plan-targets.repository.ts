import { type Kysely, sql, type Transaction } from "kysely";
import { type Actor, recordAudit } from "../accounts/audit.repository.ts";
import type { Database } from "../schema.ts";
import { withPublic } from "./public-tables.ts";

/** One plan figure as the public API shows it. */
export interface PlanTargetRow {
  region_code: string;
  region_name_zh: string;
  region_name_en: string;
  indicator: string;
  year: number;
  kind: string;
  value: number;
  unit: string;
  period_start: number | null;
  is_real: boolean;
  source_document: string;
  source_detail: string | null;
  updated_at: Date;
}

/** Plan figures, optionally for some regions and indicators, by region, indicator, year. */
export async function listPlanTargets(
  db: Kysely<Database>,
  filter: { regionCodes?: readonly string[]; indicators?: readonly string[] } = {},
): Promise<PlanTargetRow[]> {
  let q = withPublic(db)
    .selectFrom("plan_targets as t")
    .innerJoin("plan_regions as r", "r.code", "t.region_code")
    .select([
      "t.region_code",
      "r.name_zh as region_name_zh",
      "r.name_en as region_name_en",
      "t.indicator",
      "t.year",
      "t.kind",
      "t.value",
      "t.unit",
      "t.period_start",
      "t.is_real",
      "t.source_document",
      "t.source_detail",
      "t.updated_at",
    ])
    .orderBy("t.region_code")
    .orderBy("t.indicator")
    .orderBy("t.year")
    .orderBy("t.kind");
  if (filter.regionCodes?.length) q = q.where("t.region_code", "in", [...filter.regionCodes]);
  if (filter.indicators?.length) q = q.where("t.indicator", "in", [...filter.indicators]);
  return q.execute();
}

export interface PlanTargetUpsert {
  regionCode: string;
  indicator: string;
  year: number;
  kind: string;
  value: number;
  unit: string;
  periodStart: number | null;
  isReal: boolean;
  sourceDocument: string;
  sourceDetail: string | null;
  remarks: string | null;
}

export type UpsertResult =
  | { ok: true; created: boolean; id: number }
  | { ok: false; reason: "unknown_region" };

/**
 * Adds or replaces one figure (keyed by region, indicator, year and kind) in
 * the caller's transaction and audits it with the value before and after.
 */
export async function upsertPlanTarget(
  base: Transaction<Database>,
  actor: Actor,
  target: PlanTargetUpsert,
): Promise<UpsertResult> {
  const trx = withPublic(base);
  const region = await trx
    .selectFrom("plan_regions")
    .select("code")
    .where("code", "=", target.regionCode)
    .executeTakeFirst();
  if (!region) return { ok: false, reason: "unknown_region" };
  const before = await trx
    .selectFrom("plan_targets")
    .select(["id", "value", "unit", "is_real", "source_document"])
    .where("region_code", "=", target.regionCode)
    .where("indicator", "=", target.indicator)
    .where("year", "=", target.year)
    .where("kind", "=", target.kind)
    .forUpdate()
    .executeTakeFirst();
  const values = {
    value: target.value,
    unit: target.unit,
    period_start: target.periodStart,
    is_real: target.isReal,
    source_document: target.sourceDocument,
    source_detail: target.sourceDetail,
    remarks: target.remarks,
    entered_by: actor.username,
  };
  const row = await trx
    .insertInto("plan_targets")
    .values({
      region_code: target.regionCode,
      indicator: target.indicator,
      year: target.year,
      kind: target.kind,
      ...values,
    })
    .onConflict((oc) => oc.columns(["region_code", "indicator", "year", "kind"]).doUpdateSet(values))
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(base, actor, {
    action: before ? "plan_target.update" : "plan_target.create",
    entity: "plan_target",
    entityId: row.id,
    details: {
      key: [target.regionCode, target.indicator, target.year, target.kind],
      before: before ?? null,
      after: values,
    },
  });
  return { ok: true, created: !before, id: row.id };
}

/** A plan region with its outline as GeoJSON (its own, or its counties' union). */
export interface PlanRegionRow {
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent_code: string | null;
  geom_approximate: boolean;
  data_source: string;
  geometry: unknown;
}

/** Plan regions with outlines; a region without its own takes the union of its counties (5 m precision). */
export async function listPlanRegions(db: Kysely<Database>): Promise<PlanRegionRow[]> {
  const { rows } = await sql<PlanRegionRow>`
    SELECT r.code, r.name_zh, r.name_en, r.level, r.parent_code, r.geom_approximate, r.data_source,
           ST_AsGeoJSON(coalesce(r.geom, (
             SELECT ST_Union(c.geom) FROM counties c WHERE c.code = r.code OR c.parent_code = r.code
           )), 5)::json AS geometry
    FROM plan_regions r
    ORDER BY r.code`.execute(db);
  return rows;
}

/** Each plan region and the city it lies in: what pairs a plan's figures with its own region. */
export async function listPlanRegionLinks(db: Kysely<Database>): Promise<PlanRegionLinkRow[]> {
  const { rows } = await sql<PlanRegionLinkRow>`
    SELECT code::text AS code, parent_code::text AS parent_code, name_zh, name_en, level
    FROM plan_regions ORDER BY code`.execute(db);
  return rows;
}

export interface PlanRegionLinkRow {
  code: string;
  parent_code: string | null;
  name_zh: string;
  name_en: string;
  level: string;
}
