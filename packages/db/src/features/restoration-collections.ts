import {
  corridorFunction,
  corridorStatus,
  corridorType,
  damageType,
  implementationMode,
  zoneFieldLabel as L,
  phase,
  zoneStatus,
  zoneType,
} from "@lianpian/domain";
import { zoneIsPublished } from "../zones/zone-published.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import { int, num, object, provenance, text, textList } from "./feature-property.ts";

/**
 * Ecological corridors and contiguous treatment zones. Zone parties and their
 * fund shares, tasks and yearly spend stay behind the domain endpoints.
 */
export const RESTORATION_COLLECTIONS: readonly FeatureCollectionDef[] = [
  {
    id: "corridors",
    title: { zh: "生态廊道", en: "Ecological corridors" },
    description: {
      zh: "沿河流、道路、铁路和山脊的生态廊道；几何为按左右宽度缓冲后的廊道范围。",
      en: "Ecological corridors along rivers, roads, railways and ridgelines; the geometry is the buffered corridor zone.",
    },
    table: "corridors",
    // The buffered zone (derived from the centerline and widths by a trigger) is the corridor as land.
    geometryColumn: "zone_geom",
    geometryType: "MultiPolygon",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    versionLayer: "corridors",
    properties: [
      text("code", "编号", "Code"),
      text("name_zh", "名称", "Name"),
      text("corridor_type", "廊道类型", "Corridor type", { vocabulary: corridorType }),
      text("anchor", "依托", "Anchor (river or road)"),
      num("width_left_m", "左侧宽度（m）", "Width left (m)"),
      num("width_right_m", "右侧宽度（m）", "Width right (m)"),
      textList("county_codes", "涉及县（市、区）", "Counties"),
      textList("functions", "生态功能", "Functions", { vocabulary: corridorFunction }),
      num("vegetation_cover_baseline", "植被覆盖度基线（%）", "Vegetation cover baseline (%)", {
        nullable: true,
      }),
      num("vegetation_cover_current", "植被覆盖度现状（%）", "Vegetation cover now (%)", { nullable: true }),
      text("status", "建设状态", "Status", { vocabulary: corridorStatus }),
      num("length_m", "长度（m）", "Length (m)", { nullable: true }),
      num("area_m2", "面积（m²）", "Area (m²)", { nullable: true }),
      ...provenance(),
    ],
  },
  {
    id: "treatment_zones",
    title: { zh: "集中连片综合治理片区", en: "Contiguous treatment zones" },
    description: {
      zh: "集中连片综合治理片区：类型、损毁类型、修复方向面积、实施模式、期次、状态和预算。草案不公开。",
      en: "Contiguous treatment zones: type, damage, restoration areas by direction, mode, phase, status and budget. Drafts are not published.",
    },
    table: "treatment_zones",
    geometryColumn: "geom",
    geometryType: "MultiPolygon",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    published: zoneIsPublished("t"),
    versionLayer: "zones",
    properties: [
      text("code", L.code.zh, L.code.en),
      text("name_zh", L.name_zh.zh, L.name_zh.en),
      text("zone_type", L.zone_type.zh, L.zone_type.en, { vocabulary: zoneType }),
      textList("county_codes", L.county_codes.zh, L.county_codes.en),
      textList("damage_types", L.damage_types.zh, L.damage_types.en, { vocabulary: damageType }),
      object("restoration_m2", L.restoration_m2.zh, L.restoration_m2.en),
      text("implementation_mode", L.implementation_mode.zh, L.implementation_mode.en, {
        nullable: true,
        vocabulary: implementationMode,
      }),
      text("phase", L.phase.zh, L.phase.en, { vocabulary: phase }),
      text("status", L.status.zh, L.status.en, { vocabulary: zoneStatus }),
      num("budget_wan", L.budget_wan.zh, L.budget_wan.en, { nullable: true }),
      text("fund_sources", L.fund_sources.zh, L.fund_sources.en, { nullable: true }),
      num("dist_hsr_m", L.dist_hsr_m.zh, L.dist_hsr_m.en, { nullable: true }),
      num("dist_expressway_m", L.dist_expressway_m.zh, L.dist_expressway_m.en, { nullable: true }),
      num("area_m2", L.area_m2.zh, L.area_m2.en, { nullable: true }),
      int("version", L.version.zh, L.version.en),
      ...provenance(),
    ],
  },
];
