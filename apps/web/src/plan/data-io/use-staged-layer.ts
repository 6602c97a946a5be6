import type { FeatureCollection } from "geojson";
import type { LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { useMemo } from "react";
import { useGeoJsonLayers } from "../../map/use-geojson-layers.ts";
import { outlineLine, pointCircle, polygonFill } from "../map/geometry-layers.ts";
import type { StagedFeatures } from "./import-types.ts";

/** The staged import's source on the map; its features carry `row` and `has_errors`. */
const STAGED_SOURCE = "import-staged";
const OK = "#1b65c4";
const ERROR = "#d7263d";
const HIGHLIGHT = "#f2b705";
const color = ["case", ["get", "has_errors"], ERROR, OK] as unknown as string;
const isRow = (row: number | null) => ["==", ["get", "row"], row ?? -1] as never;

const LAYERS = (row: number | null): LayerSpecification[] => [
  polygonFill("import-staged-fill", STAGED_SOURCE, { "fill-color": color, "fill-opacity": 0.25 }),
  outlineLine("import-staged-line", STAGED_SOURCE, { "line-color": color, "line-width": 2 }),
  pointCircle("import-staged-point", STAGED_SOURCE, {
    "circle-color": color,
    "circle-radius": 6,
    "circle-stroke-color": "#fff",
    "circle-stroke-width": 1.5,
  }),
  {
    id: "import-staged-highlight",
    type: "line",
    source: STAGED_SOURCE,
    filter: isRow(row),
    paint: { "line-color": HIGHLIGHT, "line-width": 5 },
  },
  {
    id: "import-staged-highlight-point",
    type: "circle",
    source: STAGED_SOURCE,
    filter: ["all", ["==", ["geometry-type"], "Point"], isRow(row)] as never,
    paint: {
      "circle-radius": 11,
      "circle-opacity": 0,
      "circle-stroke-color": HIGHLIGHT,
      "circle-stroke-width": 4,
    },
  },
];

/** The map's flat copy of the staged features: row and whether it has errors (MapLibre keeps no nested values). */
export function stagedMapData(features: StagedFeatures | null): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: (features?.features ?? [])
      .filter((f) => f.geometry)
      .map((f) => ({
        type: "Feature",
        geometry: f.geometry as NonNullable<typeof f.geometry>,
        properties: { row: f.properties?.row ?? null, has_errors: (f.properties?.errors?.length ?? 0) > 0 },
      })),
  };
}

/**
 * Draws the staged features on the planner's map (error rows red, the focused row ringed), on
 * top of everything, through restyles; they leave the map when the import closes.
 */
export function useStagedLayer(map: MapLibreMap | null, features: StagedFeatures | null, row: number | null) {
  const data = useMemo(() => (features ? stagedMapData(features) : null), [features]);
  const layers = useMemo(() => LAYERS(row), [row]);
  useGeoJsonLayers(map, STAGED_SOURCE, layers, data);
}
