import { JINCHENG_COUNTIES } from "@lianpian/domain";
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_BOLD, HALO, nameField } from "./text.ts";

export const BACKGROUND = "#ece9e0";
/** GeoJSON source of county label points (see county-labels.ts). */
export const COUNTY_LABEL_SOURCE = "county-labels";
const COUNTY_BOUNDARY = "#7b6a8f";
const CITY_BOUNDARY = "#5b4a70";

// Soft tints so neighbouring counties read apart, as on a printed county map.
const TINTS = ["#f7efe6", "#eef3e4", "#f5f0dc", "#e8f0f0", "#f3ebe1", "#eeeaf3"];
const COUNTY_TINT: Record<string, string> = Object.fromEntries(
  JINCHENG_COUNTIES.map((county, i) => [county.code, TINTS[i % TINTS.length] ?? "#f7f5ef"]),
);
const OTHER_COUNTY_TINT = "#f4f1ea";

export function countiesLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "counties" } as const;
  const isCounty: ExpressionSpecification = ["==", ["get", "level"], "county"];
  return [
    {
      id: "counties-fill",
      type: "fill",
      ...src,
      filter: isCounty,
      paint: { "fill-color": matchProperty("code", COUNTY_TINT, OTHER_COUNTY_TINT) },
    },
    {
      id: "counties-boundary",
      type: "line",
      ...src,
      filter: isCounty,
      layout: { "line-join": "round" },
      paint: {
        "line-color": COUNTY_BOUNDARY,
        "line-width": ["interpolate", ["linear"], ["zoom"], 7, 0.8, 12, 2],
        "line-dasharray": [4, 1.5, 1, 1.5],
      },
    },
    {
      id: "counties-city-boundary",
      type: "line",
      ...src,
      filter: ["==", ["get", "level"], "city"],
      layout: { "line-join": "round" },
      paint: {
        "line-color": CITY_BOUNDARY,
        "line-width": ["interpolate", ["linear"], ["zoom"], 7, 2, 12, 4],
        "line-opacity": 0.85,
      },
    },
    {
      // From the one-point-per-county source: polygon labels from tiles would repeat on every tile.
      id: "counties-label",
      type: "symbol",
      source: COUNTY_LABEL_SOURCE,
      filter: isCounty,
      maxzoom: 12,
      layout: {
        "text-field": nameField(locale),
        "text-font": FONT_BOLD,
        "text-size": ["interpolate", ["linear"], ["zoom"], 7, 13, 11, 18],
        "text-letter-spacing": locale === "zh" ? 0.3 : 0.05,
        "text-padding": 20,
        "symbol-sort-key": 0,
      },
      paint: { "text-color": "#4a3d5c", "text-halo-color": HALO, "text-halo-width": 2 },
    },
  ];
}

export const countiesLegend: LegendSection[] = [
  {
    items: [
      {
        label: { zh: "市界", en: "City boundary" },
        swatch: { shape: "line", stroke: CITY_BOUNDARY, width: 3 },
      },
      {
        label: { zh: "县（市、区）界", en: "County boundary" },
        swatch: { shape: "line", stroke: COUNTY_BOUNDARY, width: 1.5, dash: true },
      },
    ],
  },
];
