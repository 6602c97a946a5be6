import { CONTEXT_IMPORT_LAYERS } from "./context-import-layers.ts";
import type { ImportLayer, ImportLayerName } from "./import-fields.ts";
import { REGISTER_IMPORT_LAYERS } from "./register-import-layers.ts";

export {
  IMPORT_LAYER_NAMES,
  type ImportField,
  type ImportFieldType,
  type ImportGeometryKind,
  type ImportLayer,
  type ImportLayerName,
} from "./import-fields.ts";

/**
 * The fixed registry of the layers a file can be imported into (the fields
 * and their builders: import-fields.ts; the layers: register- and
 * context-import-layers.ts). Every table and column name that reaches SQL
 * comes from here.
 */
const LAYERS: readonly ImportLayer[] = [...REGISTER_IMPORT_LAYERS, ...CONTEXT_IMPORT_LAYERS];

const BY_NAME = new Map(LAYERS.map((l) => [l.name, l]));

/** The registry entry of a layer name, or undefined for a name not in the list. */
export function importLayer(name: string): ImportLayer | undefined {
  return BY_NAME.get(name as ImportLayerName);
}

/** Every importable layer, in the registry's order. */
export const IMPORT_LAYERS: readonly ImportLayer[] = LAYERS;
