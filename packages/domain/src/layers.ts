/**
 * Names of the vector tile layers, in drawing-list order; each is also its MVT source-layer name.
 * The single list the API's tile registry, the operations' selectable layers and the web map all read.
 */
export const TILE_LAYER_NAMES = [
  "counties",
  "rivers",
  "transport",
  "villages",
  "protected_areas",
  "mines",
  "subsidence",
  "hazards",
  "corridors",
  "zones",
] as const;
export type TileLayerName = (typeof TILE_LAYER_NAMES)[number];
