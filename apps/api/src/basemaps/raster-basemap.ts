import type { BasemapRow } from "@lianpian/db";

/** The tile image types a raster base map may hold. */
export type TileType = BasemapRow["tile_type"];

/** What a raster base map says of itself (an MBTiles metadata table, a PMTiles header and metadata). */
export interface RasterInfo {
  name: string;
  tileType: TileType;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number] | null;
  attribution: string;
}

/** Why a file is not a raster MBTiles or PMTiles we can serve (the message says what is wrong). */
export class RasterRefusal extends Error {}
