import { riverClass } from "@lianpian/domain";
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty, zoomScaled } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO, nameField } from "./text.ts";

const RIVER_COLOR = "#4f93cf";
const RIVER_LABEL = "#2a6aa6";

const RIVER_WIDTH: Record<(typeof riverClass.values)[number], number> = {
  main: 2.6,
  tributary: 1.5,
  stream: 0.8,
};

export function riversLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "rivers" } as const;
  return [
    {
      id: "rivers-line",
      type: "line",
      ...src,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": RIVER_COLOR,
        "line-width": zoomScaled(matchProperty("river_class", RIVER_WIDTH, 1)),
      },
    },
    {
      id: "rivers-label",
      type: "symbol",
      ...src,
      minzoom: 8,
      layout: {
        "symbol-placement": "line",
        "text-field": nameField(locale),
        "text-font": FONT_REGULAR,
        "text-size": ["match", ["get", "river_class"], "main", 13, 11],
        "text-letter-spacing": 0.2,
        "symbol-spacing": 350,
      },
      paint: { "text-color": RIVER_LABEL, "text-halo-color": HALO, "text-halo-width": 1.5 },
    },
  ];
}

export const riversLegend: LegendSection[] = [
  {
    items: riverClass.values.map((value) => ({
      label: riverClass.labels[value],
      swatch: { shape: "line", stroke: RIVER_COLOR, width: RIVER_WIDTH[value] },
    })),
  },
];
