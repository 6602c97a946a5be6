import {
  hazardFieldLabel,
  IMPORT_LAYER_NAMES,
  type ImportLayerName,
  infrastructureFieldLabel,
  infrastructureKind,
} from "@lianpian/domain";
import type { RawBuilder } from "kysely";
import { COLLECTIONS, type CollectionId } from "../features/collections.ts";
import { type FeatureProperty, provenance, text } from "../features/feature-property.ts";
import type { Database } from "../schema.ts";

/** Names of the layers a file can be exported from: the layers it can be imported into (also the tile layers' names). */
export const EXPORT_LAYER_NAMES = IMPORT_LAYER_NAMES;
export type ExportLayerName = ImportLayerName;

/** What a layer's geometry is, for the formats that care (国土 TXT is polygons only, SHP one kind a file). */
export type ExportGeometryKind = "point" | "line" | "polygon" | "mixed";

/**
 * One exportable layer: which table and columns it reads. Every identifier
 * that reaches SQL comes from here (or the OGC collection it reuses).
 */
export interface ExportLayerDef {
  name: ExportLayerName;
  title: { zh: string; en: string };
  table: keyof Database & string;
  geometryColumn: string;
  geometryKind: ExportGeometryKind;
  idColumn: string;
  /** Rows everyone may read; the rest (draft zones) only for roles that read drafts. */
  published?: RawBuilder<boolean> | undefined;
  /** The published columns, with their zh/en labels. */
  properties: readonly FeatureProperty[];
  /** Columns only roles that see private fields export (hazard points' monitors and responsible persons). */
  privateProperties: readonly FeatureProperty[];
}

const FROM_COLLECTION: Record<Exclude<ExportLayerName, "infrastructure">, CollectionId> = {
  mines: "mines",
  subsidence: "subsidence_areas",
  hazards: "hazard_points",
  corridors: "corridors",
  zones: "treatment_zones",
  counties: "counties",
  villages: "villages",
  rivers: "rivers",
  transport: "transport_lines",
  protected_areas: "protected_areas",
};

const KIND = { Point: "point", MultiLineString: "line", MultiPolygon: "polygon" } as const;

/** 明白卡 people: private (packages/domain PRIVATE_FIELDS), exported only with hazards.read_private. */
const HAZARD_PRIVATE: readonly FeatureProperty[] = [
  text("monitor_name", hazardFieldLabel.monitor_name, { nullable: true }),
  text("monitor_phone", hazardFieldLabel.monitor_phone, { nullable: true }),
  text("responsible_name", hazardFieldLabel.responsible_name, { nullable: true }),
  text("responsible_phone", hazardFieldLabel.responsible_phone, { nullable: true }),
];

const INFRASTRUCTURE: ExportLayerDef = {
  name: "infrastructure",
  title: { zh: "基础设施", en: "Infrastructure" },
  table: "infrastructure",
  geometryColumn: "geom",
  geometryKind: "mixed",
  idColumn: "id",
  properties: [
    text("name_zh", infrastructureFieldLabel.name_zh),
    text("kind", infrastructureFieldLabel.kind, { vocabulary: infrastructureKind }),
    ...provenance(),
  ],
  privateProperties: [],
};

function fromCollection(name: Exclude<ExportLayerName, "infrastructure">): ExportLayerDef {
  const c = COLLECTIONS.find((x) => x.id === FROM_COLLECTION[name]);
  if (!c) throw new Error(`no collection ${FROM_COLLECTION[name]}`);
  return {
    name,
    title: c.title,
    table: c.table,
    geometryColumn: c.geometryColumn,
    geometryKind: KIND[c.geometryType],
    idColumn: c.idColumn,
    published: c.published,
    properties: c.properties,
    privateProperties: name === "hazards" ? HAZARD_PRIVATE : [],
  };
}

/** The fixed registry, in EXPORT_LAYER_NAMES order. */
export const EXPORT_LAYERS: readonly ExportLayerDef[] = EXPORT_LAYER_NAMES.map((n) =>
  n === "infrastructure" ? INFRASTRUCTURE : fromCollection(n),
);

/** The layer of that name, or undefined: the only way a request names a table to export. */
export function findExportLayer(name: string): ExportLayerDef | undefined {
  return EXPORT_LAYERS.find((l) => l.name === name);
}
