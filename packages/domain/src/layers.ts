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

/**
 * The tile grid every layer is cut on: MVT extent (units across a tile), the
 * buffer beyond each edge (as in ST_AsMVTGeom's defaults we use), and the
 * deepest zoom with tiles (a map zoomed further draws these, overzoomed).
 */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
export const TILE_MAX_ZOOM = 16;
