// Exports of every layer: the fixed registry and the queries that read rows in a target CRS.
export {
  EXPORT_LAYER_NAMES,
  EXPORT_LAYERS,
  type ExportGeometryKind,
  type ExportLayerDef,
  type ExportLayerName,
  findExportLayer,
} from "./export-layers.ts";
export {
  type ExportRow,
  type ExportSelection,
  exportProperties,
  readExportCentre,
  readExportRows,
} from "./export-rows.repository.ts";
