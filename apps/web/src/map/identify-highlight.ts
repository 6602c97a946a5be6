import type {
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Map as MapLibreMap } from "maplibre-gl";
import { TILE_LAYERS, type TileLayer } from "./layer-catalog.ts";
import { TILE_SOURCE } from "./style/build-style.ts";

/** A selected feature as the highlight needs it: its tile layer and row id. */
export interface HighlightRef {
  layer: string;
  id: string | number;
}

const HIGHLIGHT_PREFIX = "selection-highlight";
const COLOR = "#00b3ff";

/** Tile feature ids are numbers (the counties' 6-digit code too). */
function idsOn(layer: TileLayer, refs: readonly HighlightRef[]): number[] {
  return refs
    .filter((r) => r.layer === layer)
    .map((r) => Number(r.id))
    .filter(Number.isFinite);
}

/** The filter of one layer's highlight: its selected ids, of that geometry kind. */
function highlightFilter(
  layer: TileLayer,
  points: boolean,
  refs: readonly HighlightRef[],
): FilterSpecification {
  const kind: FilterSpecification = points
    ? ["==", ["geometry-type"], "Point"]
    : ["!=", ["geometry-type"], "Point"];
  return ["all", ["in", ["id"], ["literal", idsOn(layer, refs)]], kind] as FilterSpecification;
}

const lineId = (layer: TileLayer) => `${HIGHLIGHT_PREFIX}-${layer}-line`;
const circleId = (layer: TileLayer) => `${HIGHLIGHT_PREFIX}-${layer}-circle`;

/** Two layers per tile layer: a bright outline for polygons and lines, a ring for points. */
function highlightLayers(refs: readonly HighlightRef[]): LayerSpecification[] {
  return TILE_LAYERS.flatMap((layer): LayerSpecification[] => [
    {
      id: lineId(layer),
      type: "line",
      source: TILE_SOURCE,
      "source-layer": layer,
      filter: highlightFilter(layer, false, refs),
      paint: { "line-color": COLOR, "line-width": 3.5, "line-opacity": 0.95 },
    },
    {
      id: circleId(layer),
      type: "circle",
      source: TILE_SOURCE,
      "source-layer": layer,
      filter: highlightFilter(layer, true, refs),
      paint: {
        "circle-radius": 9,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": COLOR,
        "circle-stroke-width": 3,
      },
    },
  ]);
}

/** The style with the selection's highlight on top of every layer (drawn in every mode). */
export function withSelectionHighlight(
  style: StyleSpecification,
  refs: readonly HighlightRef[],
): StyleSpecification {
  if (!style.sources[TILE_SOURCE]) return style;
  return { ...style, layers: [...style.layers, ...highlightLayers(refs)] };
}

/** Moves the highlight to a new selection without a restyle. */
export function applySelectionHighlight(map: MapLibreMap, refs: readonly HighlightRef[]): void {
  for (const layer of TILE_LAYERS) {
    if (map.getLayer(lineId(layer))) map.setFilter(lineId(layer), highlightFilter(layer, false, refs));
    if (map.getLayer(circleId(layer))) map.setFilter(circleId(layer), highlightFilter(layer, true, refs));
  }
}
