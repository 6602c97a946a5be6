export { findTileSet, layersAtZoom, TILE_FACES, type TileFace, type TileSet } from "./faces.ts";
export { LayerVersions, readLayerVersions } from "./layer-versions.repository.ts";
export {
  findTileLayer,
  TILE_LAYER_NAMES,
  TILE_LAYERS,
  type TileField,
  type TileGeometryKind,
  type TileLayer,
  type TileLayerName,
} from "./layers.ts";
export { defaultEncoder, type RenderOptions, renderTile, TileAbandonedError } from "./render-tile.ts";
export { compareDecodedTiles, type TileComparison } from "./tile-compare.ts";
export type { TileCoding } from "./tile-compression.ts";
export { type DecodedFeature, decodeTileLayer, ringArea } from "./tile-decode.ts";
export { encodePortableTile } from "./tile-encode.ts";
export { isTileInRange, MAX_ZOOM, TILE_BUFFER, TILE_EXTENT, tileOf } from "./tile-math.ts";
export {
  type NativeTileRow,
  type PortableTileRow,
  type TileEncoder,
  tileQuery,
} from "./tile-query.ts";
export { type ServedTile, TileService, type TileServiceOptions } from "./tile-service.ts";
