import { findTileLayer, TILE_LAYERS, type TileLayer } from "./layers.ts";

/** The faces of the web app, each served one composite tile per z/x/y. */
export const TILE_FACES = ["plan", "map", "public", "field"] as const;
export type TileFace = (typeof TILE_FACES)[number];

const ALL = TILE_LAYERS.map((l) => l.name);

/**
 * The layers each face draws from tiles (every face shows the whole base
 * style today; a face that drops a layer drops it here). Fixed lists: a
 * request can only pick one of them or name registry layers.
 */
const FACE_LAYERS: Record<TileFace, readonly string[]> = {
  plan: ALL,
  map: ALL,
  public: ALL,
  field: ALL,
};

/** Most layers a named set may list (the registry has ten). */
const MAX_SET = TILE_LAYERS.length;

/** A tile source: one registry layer, or several served together in one composite tile. */
export interface TileSet {
  /** The name in the URL, and the cache key's prefix: a layer, a face, or layers joined by commas in registry order. */
  name: string;
  /** Its layers in drawing order (registry order). */
  layers: readonly TileLayer[];
  /** True when it is one registry layer (the single-layer route). */
  single: boolean;
  minzoom: number;
  maxzoom: number;
  /** Its layers that have tiles at each zoom from 0 to maxzoom (made once: read on every tile request). */
  atZoom: readonly (readonly TileLayer[])[];
}

/**
 * The tile set a URL names: a registry layer (`mines`), a face (`plan`), or
 * a comma-separated list of registry layers (`mines,zones`, listed in any
 * order, served in registry order). Undefined for anything else.
 */
export function findTileSet(name: string): TileSet | undefined {
  const layer = findTileLayer(name);
  if (layer) return layerSet(layer);
  const face = FACE_LAYERS[name as TileFace];
  if (face && Object.hasOwn(FACE_LAYERS, name)) return setOf(name, face.map(mustFind), false);
  const parts = name.split(",");
  if (parts.length < 2 || parts.length > MAX_SET) return undefined;
  const found = parts.map(findTileLayer);
  if (found.some((l) => l === undefined) || new Set(parts).size !== parts.length) return undefined;
  const layers = TILE_LAYERS.filter((l) => parts.includes(l.name));
  return setOf(layers.map((l) => l.name).join(","), layers, false);
}

function mustFind(name: string): TileLayer {
  const layer = findTileLayer(name);
  if (!layer) throw new Error(`face lists unknown tile layer ${name}`);
  return layer;
}

/** The set of one registry layer (the single-layer route). */
export function layerSet(layer: TileLayer): TileSet {
  return setOf(layer.name, [layer], true);
}

function setOf(name: string, layers: readonly TileLayer[], single: boolean): TileSet {
  const maxzoom = Math.max(...layers.map((l) => l.maxzoom));
  return {
    name,
    layers,
    single,
    minzoom: Math.min(...layers.map((l) => l.minzoom)),
    maxzoom,
    atZoom: Array.from({ length: maxzoom + 1 }, (_, z) =>
      layers.filter((l) => z >= l.minzoom && z <= l.maxzoom),
    ),
  };
}

const NO_LAYERS: readonly TileLayer[] = [];

/** The set's layers that have tiles at zoom z. */
export function layersAtZoom(set: TileSet, z: number): readonly TileLayer[] {
  return set.atZoom[z] ?? NO_LAYERS;
}
