import { transportKind } from "@lianpian/domain";
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty, zoomScaled } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO, nameField } from "./text.ts";

type Kind = (typeof transportKind.values)[number];

interface LineLook {
  color: string;
  casing: string;
  width: number;
  /** Railways are drawn as a dark line with white dashes inside. */
  rail: boolean;
}

export const TRANSPORT_LOOK: Record<Kind, LineLook> = {
  expressway: { color: "#f4a93b", casing: "#a8650f", width: 3.2, rail: false },
  national_road: { color: "#f6c27a", casing: "#c0823a", width: 2.2, rail: false },
  provincial_road: { color: "#fbe39a", casing: "#c9a94f", width: 1.6, rail: false },
  high_speed_rail: { color: "#ffffff", casing: "#3d3f5c", width: 2.6, rail: true },
  railway: { color: "#ffffff", casing: "#6e6e6e", width: 2, rail: true },
};

const table = <T extends string | number>(pick: (look: LineLook) => T) =>
  Object.fromEntries(transportKind.values.map((k) => [k, pick(TRANSPORT_LOOK[k])])) as Record<Kind, T>;

const roads = ["expressway", "national_road", "provincial_road"];
const rails = ["high_speed_rail", "railway"];
const kindIn = (kinds: string[]): ExpressionSpecification => ["in", ["get", "kind"], ["literal", kinds]];
// Draw order inside the layer: minor roads first, expressways and HSR last.
const sortKey = matchProperty(
  "kind",
  { provincial_road: 1, national_road: 2, railway: 3, expressway: 4, high_speed_rail: 5 },
  0,
);

export function transportLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "transport" } as const;
  const width = matchProperty(
    "kind",
    table((l) => l.width),
    1.5,
  );
  return [
    {
      id: "transport-casing",
      type: "line",
      ...src,
      layout: { "line-join": "round", "line-cap": "round", "line-sort-key": sortKey },
      paint: {
        "line-color": matchProperty(
          "kind",
          table((l) => l.casing),
          "#888888",
        ),
        "line-width": zoomScaled(["+", width, 1.6]),
      },
    },
    {
      id: "transport-road",
      type: "line",
      ...src,
      filter: kindIn(roads),
      layout: { "line-join": "round", "line-cap": "round", "line-sort-key": sortKey },
      paint: {
        "line-color": matchProperty(
          "kind",
          table((l) => l.color),
          "#ffffff",
        ),
        "line-width": zoomScaled(width),
      },
    },
    {
      id: "transport-rail-dash",
      type: "line",
      ...src,
      filter: kindIn(rails),
      paint: {
        "line-color": "#ffffff",
        "line-width": zoomScaled(["*", 0.55, width]),
        "line-dasharray": [3, 3],
      },
    },
    {
      id: "transport-label",
      type: "symbol",
      ...src,
      minzoom: 9,
      layout: {
        "symbol-placement": "line",
        "text-field": ["coalesce", ["get", "ref"], nameField(locale)],
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "symbol-spacing": 400,
        "text-rotation-alignment": "map",
      },
      paint: { "text-color": "#5a4320", "text-halo-color": HALO, "text-halo-width": 1.5 },
    },
  ];
}

export const transportLegend: LegendSection[] = [
  {
    items: transportKind.values.map((kind) => {
      const look = TRANSPORT_LOOK[kind];
      return {
        label: transportKind.labels[kind],
        swatch: {
          shape: "line",
          stroke: look.color,
          casing: look.casing,
          width: look.width + 1,
          dash: look.rail,
        },
      };
    }),
  },
];
