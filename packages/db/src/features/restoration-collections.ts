import {
  corridorFunction,
  corridorStatus,
  corridorType,
  damageType,
  implementationMode,
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
      text("code", "编号", "Code"),
      text("name_zh", "名称", "Name"),
      text("zone_type", "片区类型", "Zone type", { vocabulary: zoneType }),
      textList("county_codes", "涉及县（市、区）", "Counties"),
      textList("damage_types", "损毁类型", "Damage types", { vocabulary: damageType }),
      object("restoration_m2", "修复方向面积（m²）", "Restoration area by direction (m²)"),
      text("implementation_mode", "实施模式", "Implementation mode", {
        nullable: true,
        vocabulary: implementationMode,
      }),
      text("phase", "期次", "Phase", { vocabulary: phase }),
      text("status", "状态", "Status", { vocabulary: zoneStatus }),
      num("budget_wan", "预算（万元）", "Budget (10,000 yuan)", { nullable: true }),
      text("fund_sources", "资金来源", "Fund sources", { nullable: true }),
      num("dist_hsr_m", "距高铁（m）", "Distance to high-speed rail (m)", { nullable: true }),
      num("dist_expressway_m", "距高速公路（m）", "Distance to expressway (m)", { nullable: true }),
      num("area_m2", "面积（m²）", "Area (m²)", { nullable: true }),
      int("version", "版本", "Version"),
      ...provenance(),
    ],
  },
];
