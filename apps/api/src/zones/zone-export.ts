import {
  buildCsv,
  type CsvColumn,
  implementationMode,
  phase,
  type Zone,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import { squareMetersToHectares, squareMetersToMu } from "@lianpian/geo";

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const label = <V extends string>(vocab: { labels: Readonly<Record<V, { zh: string }>> }, v: string | null) =>
  v === null ? "" : (vocab.labels[v as V]?.zh ?? v);

/** Columns of the zone CSV (Chinese headers; areas in 亩 and ha as the plans give them). */
const ZONE_COLUMNS: CsvColumn<Zone>[] = [
  { header: "编号", value: (z) => z.code },
  { header: "名称", value: (z) => z.name_zh },
  { header: "类型", value: (z) => label(zoneType, z.zone_type) },
  { header: "阶段", value: (z) => label(phase, z.phase) },
  { header: "状态", value: (z) => label(zoneStatus, z.status) },
  { header: "面积（亩）", value: (z) => round(squareMetersToMu(z.area_m2), 2) },
  { header: "面积（公顷）", value: (z) => round(squareMetersToHectares(z.area_m2), 4) },
  { header: "涉及县区代码", value: (z) => z.county_codes.join(" ") },
  { header: "实施模式", value: (z) => label(implementationMode, z.implementation_mode) },
  { header: "预算（万元）", value: (z) => z.budget_wan },
  { header: "出资比例", value: (z) => z.parties.map((p) => `${p.company_name} ${p.share_pct}%`).join("；") },
  { header: "距高铁（米）", value: (z) => z.dist_hsr_m },
  { header: "距高速公路（米）", value: (z) => z.dist_expressway_m },
  { header: "版本", value: (z) => z.version },
  { header: "更新时间", value: (z) => z.updated_at },
];

/** Zones as CSV, one row each. */
export function zonesCsv(zones: readonly Zone[]): string {
  return buildCsv(ZONE_COLUMNS, zones);
}

/** Zones as a GeoJSON FeatureCollection with areas in m², 亩 and ha. */
export function zonesGeoJson(zones: readonly Zone[]) {
  return {
    type: "FeatureCollection" as const,
    features: zones.map(({ geometry, ...z }) => ({
      type: "Feature" as const,
      id: z.id,
      geometry,
      properties: {
        ...z,
        area_mu: round(squareMetersToMu(z.area_m2), 2),
        area_ha: round(squareMetersToHectares(z.area_m2), 4),
      },
    })),
  };
}
