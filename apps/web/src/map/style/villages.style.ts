import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO } from "./text.ts";

const VILLAGE_FILL = "#ffffff";
const VILLAGE_STROKE = "#4d4d4d";

export function villagesLayers({ source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "villages" } as const;
  // Bigger villages earn a bigger dot and win label collisions.
  const radius: ExpressionSpecification = [
    "interpolate",
    ["linear"],
    ["get", "population"],
    0,
    2,
    1000,
    2.8,
    5000,
    4,
  ];
  return [
    {
      id: "villages-dot",
      type: "circle",
      ...src,
      minzoom: 8,
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 8, ["*", 0.7, radius], 12, ["*", 1.4, radius]],
        "circle-color": VILLAGE_FILL,
        "circle-stroke-color": VILLAGE_STROKE,
        "circle-stroke-width": 1,
      },
    },
    {
      id: "villages-label",
      type: "symbol",
      ...src,
      minzoom: 9.5,
      layout: {
        // Village names exist in Chinese only; pinyin would be a guess.
        "text-field": ["to-string", ["get", "name_zh"]],
        "text-font": FONT_REGULAR,
        "text-size": ["interpolate", ["linear"], ["zoom"], 9.5, 10, 13, 13],
        "text-anchor": "left",
        "text-offset": [0.5, 0],
        "text-padding": 4,
        "symbol-sort-key": ["-", 0, ["get", "population"]],
      },
      paint: { "text-color": "#333333", "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const villagesLegend: LegendSection[] = [
  {
    items: [
      {
        label: { zh: "村庄（按人口）", en: "Village (by population)" },
        swatch: { shape: "circle", fill: VILLAGE_FILL, stroke: VILLAGE_STROKE, radius: 3.5 },
      },
    ],
  },
];
