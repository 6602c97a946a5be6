import {
  countyFieldLabel,
  protectedAreaFieldLabel,
  protectedKind,
  protectionLevel,
  riverClass,
  riverFieldLabel,
  transportFieldLabel,
  transportKind,
  villageFieldLabel,
} from "@lianpian/domain";
import { collection } from "./collection-def.ts";
import type { FeatureCollectionDef } from "./collections.ts";
import { int, num, provenance, text } from "./feature-property.ts";

/** Base layers: administrative boundaries, rivers, roads and railways, villages, protected areas. */
export const CONTEXT_COLLECTIONS: readonly FeatureCollectionDef[] = [
  collection({
    id: "counties",
    geometryType: "MultiPolygon",
    idColumn: "code",
    idKind: "code",
    versionLayer: "counties",
    properties: [
      text("code", countyFieldLabel.code),
      text("name_zh", countyFieldLabel.name_zh),
      text("name_en", countyFieldLabel.name_en),
      text("parent_code", countyFieldLabel.parent_code, { nullable: true }),
      text("level", countyFieldLabel.level),
      num("swc_rate_now", countyFieldLabel.swc_rate_now, {
        nullable: true,
      }),
      int("swc_rate_now_year", countyFieldLabel.swc_rate_now_year, { nullable: true }),
      num("swc_target_2025", countyFieldLabel.swc_target_2025, { nullable: true }),
      num("swc_target_2035", countyFieldLabel.swc_target_2035, { nullable: true }),
      ...provenance(),
    ],
  }),
  collection({
    id: "rivers",
    geometryType: "MultiLineString",
    versionLayer: "rivers",
    properties: [
      text("name_zh", riverFieldLabel.name_zh),
      text("name_en", riverFieldLabel.name_en),
      text("river_class", riverFieldLabel.river_class, { vocabulary: riverClass }),
      ...provenance(),
    ],
  }),
  collection({
    id: "transport_lines",
    geometryType: "MultiLineString",
    versionLayer: "transport",
    properties: [
      text("name_zh", transportFieldLabel.name_zh),
      text("name_en", transportFieldLabel.name_en),
      text("ref", transportFieldLabel.ref, { nullable: true }),
      text("kind", transportFieldLabel.kind, { vocabulary: transportKind }),
      ...provenance(),
    ],
  }),
  collection({
    id: "villages",
    geometryType: "Point",
    versionLayer: "villages",
    properties: [
      text("name_zh", villageFieldLabel.name_zh),
      text("name_en", villageFieldLabel.name_en, { nullable: true }),
      text("county_code", villageFieldLabel.county_code),
      text("township", villageFieldLabel.township, { nullable: true }),
      int("population", villageFieldLabel.population),
      int("households", villageFieldLabel.households),
      ...provenance(),
    ],
  }),
  collection({
    id: "protected_areas",
    geometryType: "MultiPolygon",
    versionLayer: "protected_areas",
    properties: [
      text("name_zh", protectedAreaFieldLabel.name_zh),
      text("name_en", protectedAreaFieldLabel.name_en, { nullable: true }),
      text("kind", protectedAreaFieldLabel.kind, { vocabulary: protectedKind }),
      text("protection_level", protectedAreaFieldLabel.protection_level, { vocabulary: protectionLevel }),
      ...provenance(),
    ],
  }),
];
