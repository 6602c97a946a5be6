import { checkDamFieldLabel } from "@lianpian/domain";
import { collection } from "./collection-def.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import { int, num, provenance, text } from "./feature-property.ts";

/** The Jincheng soil-and-water plan's check-dam register (淤地坝), public as the plan publishes it. */
export const REGISTER_COLLECTIONS: readonly FeatureCollectionDef[] = [
  collection({
    id: "check_dams",
    geometryType: "Point",
    versionLayer: "check_dams",
    properties: [
      text("code", checkDamFieldLabel.code),
      text("name_zh", checkDamFieldLabel.name_zh),
      text("county_code", checkDamFieldLabel.county_code),
      text("dam_type", checkDamFieldLabel.dam_type),
      num("storage_wan_m3", checkDamFieldLabel.storage_wan_m3),
      num("control_area_km2", checkDamFieldLabel.control_area_km2),
      int("built_year", checkDamFieldLabel.built_year, { nullable: true }),
      text("condition", checkDamFieldLabel.condition),
      text("risk_level", checkDamFieldLabel.risk_level),
      text("responsible_unit", checkDamFieldLabel.responsible_unit),
      ...provenance(),
    ],
  }),
];
