import type { Label } from "@lianpian/domain";
import type { RawBuilder } from "kysely";
import type { Database } from "../schema.ts";
import { CONTEXT_COLLECTIONS } from "./context-collections.ts";
import type { FeatureProperty } from "./feature-property.ts";
import { MINING_COLLECTIONS } from "./mining-collections.ts";
import { REGISTER_COLLECTIONS } from "./register-collections.ts";
import { RESTORATION_COLLECTIONS } from "./restoration-collections.ts";

export type { FeatureProperty, PropertyType } from "./feature-property.ts";

/** Ids of the published collections, in the order of /collections. */
export const COLLECTION_IDS = [
  "counties",
  "rivers",
  "transport_lines",
  "villages",
  "protected_areas",
  "mines",
  "subsidence_areas",
  "hazard_points",
  "corridors",
  "treatment_zones",
  "check_dams",
] as const;
export type CollectionId = (typeof COLLECTION_IDS)[number];

export type GeometryType = "Point" | "MultiLineString" | "MultiPolygon";

/**
 * One published feature collection: which table and columns it reads. Every
 * identifier that reaches SQL comes from here, never from the request.
 */
export interface FeatureCollectionDef {
  id: CollectionId;
  title: Label;
  description: Label;
  table: keyof Database & string;
  geometryColumn: string;
  geometryType: GeometryType;
  /** SRID of the geometry column; a bbox is transformed to it, never the column. */
  srid: number;
  idColumn: string;
  /** `serial`: integer id. `code`: the counties' 6-digit code, published as an integer. */
  idKind: "serial" | "code";
  /** The rows the collection publishes, when not all (e.g. no draft zone): a constant condition on `t`. */
  published?: RawBuilder<boolean>;
  /** Key of the table in layer_versions; caches of the collection follow it. */
  versionLayer: string;
  properties: readonly FeatureProperty[];
}

/** The fixed registry, in COLLECTION_IDS order. */
export const COLLECTIONS: readonly FeatureCollectionDef[] = [
  ...CONTEXT_COLLECTIONS,
  ...MINING_COLLECTIONS,
  ...RESTORATION_COLLECTIONS,
  ...REGISTER_COLLECTIONS,
].sort((a, b) => COLLECTION_IDS.indexOf(a.id) - COLLECTION_IDS.indexOf(b.id));

const BY_ID = new Map<string, FeatureCollectionDef>(COLLECTIONS.map((c) => [c.id, c]));

/** The collection of that id, or undefined: the only way a request names a table. */
export function findCollection(id: string): FeatureCollectionDef | undefined {
  return BY_ID.get(id);
}

/** Feature ids as they appear in a URL: a positive int4, or a county's 6-digit code. */
const SERIAL_ID = /^[1-9][0-9]{0,9}$/;
const COUNTY_CODE = /^[1-9][0-9]{5}$/;
const INT4_MAX = 2_147_483_647;

/**
 * The key to look a feature up by, or undefined when the text cannot be an id
 * of that collection (which the API answers as "not found", like a missing row).
 */
export function parseFeatureId(collection: FeatureCollectionDef, text: string): number | string | undefined {
  if (collection.idKind === "code") return COUNTY_CODE.test(text) ? text : undefined;
  if (!SERIAL_ID.test(text)) return undefined;
  const id = Number(text);
  return id <= INT4_MAX ? id : undefined;
}
