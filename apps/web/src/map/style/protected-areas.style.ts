import { protectedKind } from "@lianpian/domain";
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import { hatchPattern, type PatternImage } from "./patterns.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO, nameField } from "./text.ts";

type Kind = (typeof protectedKind.values)[number];

export const PROTECTED_COLOR: Record<Kind, string> = {
  ecological_red_line: "#c8463d",
  water_source: "#2f7fc1",
  nature_reserve: "#2e8b4a",
  forest_park: "#5e9e2f",
  scenic_area: "#a8742a",
};

const hatchName = (kind: Kind) => `hatch-protected-${kind}`;

/** One hatch image per kind of protected area, registered with the map by name. */
export const protectedPatterns: Record<string, PatternImage> = Object.fromEntries(
  protectedKind.values.map((kind) => [hatchName(kind), hatchPattern(PROTECTED_COLOR[kind], 10, 1, 150)]),
);

export function protectedAreasLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "protected_areas" } as const;
  const color = matchProperty("kind", PROTECTED_COLOR, "#2e8b4a");
  const hatch = Object.fromEntries(protectedKind.values.map((k) => [k, hatchName(k)]));
  return [
    {
      id: "protected-tint",
      type: "fill",
      ...src,
      paint: { "fill-color": color, "fill-opacity": 0.1 },
    },
    {
      id: "protected-hatch",
      type: "fill",
      ...src,
      paint: { "fill-pattern": matchProperty("kind", hatch, hatchName("nature_reserve")) },
    },
    {
      id: "protected-outline",
      type: "line",
      ...src,
      paint: { "line-color": color, "line-width": 1.2, "line-dasharray": [3, 2], "line-opacity": 0.8 },
    },
    {
      id: "protected-label",
      type: "symbol",
      ...src,
      minzoom: 10,
      layout: {
        "text-field": nameField(locale),
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "text-padding": 10,
      },
      paint: { "text-color": color, "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const protectedAreasLegend: LegendSection[] = [
  {
    items: protectedKind.values.map((kind) => ({
      label: protectedKind.labels[kind],
      swatch: {
        shape: "fill",
        fill: PROTECTED_COLOR[kind],
        stroke: PROTECTED_COLOR[kind],
        hatch: true,
        opacity: 0.15,
      },
    })),
  },
];
