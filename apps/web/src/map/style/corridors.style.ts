import { corridorStatus, corridorType } from "@lianpian/domain";
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO, nameField } from "./text.ts";

type CorridorType = (typeof corridorType.values)[number];

export const CORRIDOR_COLOR: Record<CorridorType, string> = {
  river: "#1a9c8c",
  road: "#7fa33a",
  railway: "#7b68b5",
  ridgeline: "#a0522d",
};

const isPolygon: ExpressionSpecification = ["==", ["geometry-type"], "Polygon"];
const isLine: ExpressionSpecification = ["==", ["geometry-type"], "LineString"];

// The tile may carry the buffered corridor (polygon) or its centre line; both are styled.
export function corridorsLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "corridors" } as const;
  const color = matchProperty("corridor_type", CORRIDOR_COLOR, "#1a9c8c");
  const planned: ExpressionSpecification = ["==", ["get", "status"], "planned"];
  return [
    {
      id: "corridors-fill",
      type: "fill",
      ...src,
      filter: isPolygon,
      paint: { "fill-color": color, "fill-opacity": ["case", planned, 0.14, 0.26] },
    },
    {
      id: "corridors-edge",
      type: "line",
      ...src,
      filter: isPolygon,
      paint: { "line-color": color, "line-width": 1, "line-opacity": 0.7 },
    },
    {
      id: "corridors-line",
      type: "line",
      ...src,
      filter: isLine,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": color,
        "line-width": ["interpolate", ["linear"], ["zoom"], 7, 3, 12, 10],
        "line-opacity": ["case", planned, 0.35, 0.55],
      },
    },
    {
      id: "corridors-label",
      type: "symbol",
      ...src,
      minzoom: 9.5,
      layout: {
        "symbol-placement": "line",
        "text-field": nameField(locale),
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "symbol-spacing": 500,
      },
      paint: { "text-color": "#1f5a44", "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const corridorsLegend: LegendSection[] = [
  {
    title: { zh: "廊道类型", en: "Corridor type" },
    items: corridorType.values.map((type) => ({
      label: corridorType.labels[type],
      swatch: { shape: "fill", fill: CORRIDOR_COLOR[type], stroke: CORRIDOR_COLOR[type], opacity: 0.35 },
    })),
  },
  {
    title: { zh: "建设状态", en: "Status" },
    items: [
      {
        label: corridorStatus.labels.planned,
        swatch: { shape: "fill", fill: "#1a9c8c", stroke: "#1a9c8c", opacity: 0.14 },
      },
      {
        label: {
          zh: `${corridorStatus.labels.building.zh}／${corridorStatus.labels.built.zh}`,
          en: "Building / built",
        },
        swatch: { shape: "fill", fill: "#1a9c8c", stroke: "#1a9c8c", opacity: 0.35 },
      },
    ],
  },
];
