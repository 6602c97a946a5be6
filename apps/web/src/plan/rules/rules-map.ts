import type { FeatureCollection } from "geojson";
import type { LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { useMemo } from "react";
import { useGeoJsonLayers } from "../../map/use-geojson-layers.ts";

/** Colours of the thematic map, one per class (the pits' map uses visible / not). */
export const CLASS_COLORS: Readonly<Record<string, string>> = {
  close_and_ban: "#c0392b",
  guided_exit: "#e67e22",
  consolidate: "#8e44ad",
  upgrade: "#2e86c1",
  new_allocation: "#16a085",
  retain: "#7f8c8d",
  visible: "#c0392b",
  not_visible: "#7f8c8d",
};

/** A point of the thematic map: where, which class, the id for the table. */
export interface ThemePoint {
  id: number;
  position: [number, number];
  theme: string;
  label: string;
}

/** The map's copy of the points (flat properties: MapLibre keeps no nested values). */
export function themeData(points: readonly ThemePoint[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: points.map((p) => ({
      type: "Feature",
      id: p.id,
      geometry: { type: "Point", coordinates: p.position },
      properties: { id: p.id, theme: p.theme, label: p.label, color: CLASS_COLORS[p.theme] ?? "#34495e" },
    })),
  };
}

const SOURCE = "plan-rules-theme";
const LAYERS: LayerSpecification[] = [
  {
    id: "plan-rules-theme-point",
    type: "circle",
    source: SOURCE,
    paint: {
      "circle-color": ["get", "color"] as unknown as string,
      "circle-radius": 6,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1.5,
    },
  },
];

/** Draws the points over the planner's map while the rules tab is open; restyles bring them back. */
export function useThemeLayer(map: MapLibreMap | null, points: readonly ThemePoint[]) {
  const data = useMemo(() => themeData(points), [points]);
  useGeoJsonLayers(map, SOURCE, LAYERS, data);
}
