import type { FeatureCollectionDef } from "./collections.ts";
import { int, num, provenance, text } from "./feature-property.ts";

/** The Jincheng soil-and-water plan's check-dam register (淤地坝), public as the plan publishes it. */
export const REGISTER_COLLECTIONS: readonly FeatureCollectionDef[] = [
  {
    id: "check_dams",
    title: { zh: "淤地坝", en: "Check dams" },
    description: {
      zh: "淤地坝台账：坝型、库容、控制面积、工程状况、风险等级和责任单位。",
      en: "The check-dam register: type, storage capacity, control area, condition, risk level and responsible unit.",
    },
    table: "check_dams",
    geometryColumn: "geom",
    geometryType: "Point",
    srid: 4326,
    idColumn: "id",
    idKind: "serial",
    versionLayer: "check_dams",
    properties: [
      text("code", "编号", "Code"),
      text("name_zh", "名称", "Name"),
      text("county_code", "县（市、区）代码", "County code"),
      text("dam_type", "坝型", "Dam type"),
      num("storage_wan_m3", "库容（万m³）", "Storage capacity (10,000 m³)"),
      num("control_area_km2", "控制面积（km²）", "Control area (km²)"),
      int("built_year", "建成年份", "Year built", { nullable: true }),
      text("condition", "工程状况", "Condition"),
      text("risk_level", "风险等级", "Risk level"),
      text("responsible_unit", "责任单位", "Responsible unit"),
      ...provenance(),
    ],
  },
];
