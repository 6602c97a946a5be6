import {
  corridorFieldLabel,
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
import { collection } from "./collection-def.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import { int, num, object, provenance, text, textList } from "./feature-property.ts";

/**
 * Ecological corridors and contiguous treatment zones. Zone parties and their
 * fund shares, tasks and yearly spend stay behind the domain endpoints.
 */
export const RESTORATION_COLLECTIONS: readonly FeatureCollectionDef[] = [
  collection({
    id: "corridors",
    // The buffered zone (derived from the centerline and widths by a trigger) is the corridor as land.
    geometryColumn: "zone_geom",
    geometryType: "MultiPolygon",
    versionLayer: "corridors",
    properties: [
      text("code", corridorFieldLabel.code),
      text("name_zh", corridorFieldLabel.name_zh),
      text("corridor_type", corridorFieldLabel.corridor_type, { vocabulary: corridorType }),
      text("anchor", corridorFieldLabel.anchor),
      num("width_left_m", corridorFieldLabel.width_left_m),
      num("width_right_m", corridorFieldLabel.width_right_m),
      textList("county_codes", corridorFieldLabel.county_codes),
      textList("functions", corridorFieldLabel.functions, { vocabulary: corridorFunction }),
      num("vegetation_cover_baseline", corridorFieldLabel.vegetation_cover_baseline, {
        nullable: true,
      }),
      num("vegetation_cover_current", corridorFieldLabel.vegetation_cover_current, { nullable: true }),
      text("status", corridorFieldLabel.status, { vocabulary: corridorStatus }),
      num("length_m", corridorFieldLabel.length_m, { nullable: true }),
      num("area_m2", corridorFieldLabel.area_m2, { nullable: true }),
      ...provenance(),
    ],
  }),
  collection({
    id: "treatment_zones",
    geometryType: "MultiPolygon",
    published: zoneIsPublished("t"),
    versionLayer: "zones",
    properties: [
      text("code", L.code),
      text("name_zh", L.name_zh),
      text("zone_type", L.zone_type, { vocabulary: zoneType }),
      textList("county_codes", L.county_codes),
      textList("damage_types", L.damage_types, { vocabulary: damageType }),
      object("restoration_m2", L.restoration_m2),
      text("implementation_mode", L.implementation_mode, {
        nullable: true,
        vocabulary: implementationMode,
      }),
      text("phase", L.phase, { vocabulary: phase }),
      text("status", L.status, { vocabulary: zoneStatus }),
      num("budget_wan", L.budget_wan, { nullable: true }),
      text("fund_sources", L.fund_sources, { nullable: true }),
      num("dist_hsr_m", L.dist_hsr_m, { nullable: true }),
      num("dist_expressway_m", L.dist_expressway_m, { nullable: true }),
      num("area_m2", L.area_m2, { nullable: true }),
      int("version", L.version),
      ...provenance(),
    ],
  }),
];
