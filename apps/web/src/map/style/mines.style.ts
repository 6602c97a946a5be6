import { mineral, mineStatus } from "@lianpian/domain";
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import { hatchPattern, type PatternImage } from "./patterns.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO } from "./text.ts";

type Status = (typeof mineStatus.values)[number];
type Mineral = (typeof mineral.values)[number];

/** Fill by licence status: the darker, the more active the mine. */
export const MINE_STATUS_FILL: Record<Status, string> = {
  producing: "#6f4e37",
  building: "#a9825a",
  suspended: "#cbb28c",
  closed: "#a3a3a3",
  historic_abandoned: "#d9744a",
};

/** Outline by mineral, so a coal field and a limestone quarry differ at a glance. */
export const MINERAL_OUTLINE: Record<Mineral, string> = {
  coal: "#1b1b1b",
  coalbed_methane: "#6a3d9a",
  bauxite: "#d6409f",
  iron: "#b2182b",
  cement_limestone: "#1f78b4",
  construction_stone: "#4d7f8a",
  sand_gravel: "#c99a1e",
  clay: "#8c510a",
  dolomite: "#1b9e77",
  other: "#777777",
};

const ABANDONED_HATCH = "hatch-mine-abandoned";

export const minePatterns: Record<string, PatternImage> = {
  [ABANDONED_HATCH]: hatchPattern("#8a2f12", 8, 2, 170),
};

export function minesLayers({ source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "mines" } as const;
  return [
    {
      id: "mines-fill",
      type: "fill",
      ...src,
      paint: { "fill-color": matchProperty("status", MINE_STATUS_FILL, "#999999"), "fill-opacity": 0.6 },
    },
    {
      // Historic abandoned pits are the restoration backlog: hatch them on top of their fill.
      id: "mines-abandoned-hatch",
      type: "fill",
      ...src,
      filter: ["==", ["get", "status"], "historic_abandoned"],
      paint: { "fill-pattern": ABANDONED_HATCH },
    },
    {
      id: "mines-outline",
      type: "line",
      ...src,
      paint: {
        "line-color": matchProperty("mineral", MINERAL_OUTLINE, "#777777"),
        "line-width": ["interpolate", ["linear"], ["zoom"], 8, 1, 13, 2.5],
      },
    },
    {
      id: "mines-label",
      type: "symbol",
      ...src,
      minzoom: 11,
      layout: {
        "text-field": ["to-string", ["get", "mine_name"]],
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "text-padding": 6,
      },
      paint: { "text-color": "#4a2e1a", "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const minesLegend: LegendSection[] = [
  {
    title: { zh: "状态（填充）", en: "Status (fill)" },
    items: mineStatus.values.map((status) => ({
      label: mineStatus.labels[status],
      swatch: {
        shape: "fill",
        fill: MINE_STATUS_FILL[status],
        hatch: status === "historic_abandoned",
        opacity: 0.8,
      },
    })),
  },
  {
    title: { zh: "矿种（边线）", en: "Mineral (outline)" },
    items: mineral.values.map((value) => ({
      label: mineral.labels[value],
      swatch: { shape: "fill", fill: "#ffffff", stroke: MINERAL_OUTLINE[value], opacity: 0 },
    })),
  },
];
