export { autoMapping, type FieldMapping, normalizeColumn, readMapping } from "./auto-mapping.ts";
export { fieldIssue, geometryIssue, type ImportIssue, type ImportIssueCode } from "./import-issues.ts";
export {
  IMPORT_LAYER_NAMES,
  IMPORT_LAYERS,
  type ImportField,
  type ImportFieldType,
  type ImportGeometryKind,
  type ImportLayer,
  type ImportLayerName,
  importLayer,
} from "./import-layers.ts";
export { duplicateKeys, type MappedValue, parseDateCell, validateRow } from "./validate-row.ts";
export { mapVocabularyValue, type ValueMaps } from "./value-maps.ts";
