import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { StyleContext } from "./style-types.ts";

/** Pale yellow to deep red; the legend shows the same ramp. */
export const HEAT_COLORS: readonly string[] = [
  "rgb(255, 255, 204)",
  "rgb(255, 237, 160)",
  "rgb(254, 178, 76)",
  "rgb(253, 141, 60)",
  "rgb(240, 59, 32)",
  "rgb(189, 0, 38)",
];

/** Density 0…1 to colour: transparent where nothing is threatened, then the ramp. */
function heatColor(): ExpressionSpecification {
  const stops = HEAT_COLORS.flatMap((color, i) => [0.06 + (i * 0.94) / (HEAT_COLORS.length - 1), color]);
  return ["interpolate", ["linear"], ["heatmap-density"], 0, "rgba(255, 255, 204, 0)", ...stops];
}

/**
 * Kernel density of the people threatened by geo-hazards (where relocation
 * and monitoring budgets matter most), drawn by MapLibre from the hazards
 * source-layer of the vector tiles: no download of all points. Written-off
 * points (核销) no longer threaten anyone.
 */
export function hazardHeatLayers({ source }: StyleContext): LayerSpecification[] {
  return [
    {
      id: "hazard-heat",
      type: "heatmap",
      source,
      "source-layer": "hazards",
      filter: ["!=", ["get", "inventory_status"], "written_off"],
      paint: {
        "heatmap-weight": [
          "interpolate",
          ["linear"],
          ["to-number", ["coalesce", ["get", "threatened_people"], 0], 0],
          0,
          0,
          50,
          0.4,
          500,
          1,
        ],
        "heatmap-intensity": ["interpolate", ["linear"], ["zoom"], 7, 0.8, 12, 1.6],
        "heatmap-radius": ["interpolate", ["linear"], ["zoom"], 7, 18, 10, 40, 14, 60],
        "heatmap-color": heatColor(),
        "heatmap-opacity": 0.55,
      },
    },
  ];
}
