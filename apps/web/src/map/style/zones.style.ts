import { zoneStatus } from "@lianpian/domain";
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_BOLD, HALO, nameField } from "./text.ts";

type Status = (typeof zoneStatus.values)[number];

/** Zone outline by the phase of its life: grey draft, blues for planning, orange works, greens done. */
export const ZONE_STATUS_COLOR: Record<Status, string> = {
  draft: "#8d8d8d",
  planned: "#5c6bc0",
  approved: "#303f9f",
  in_progress: "#ef6c00",
  completed: "#43a047",
  accepted: "#1b5e20",
  aftercare: "#00838f",
};

export function zonesLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "zones" } as const;
  const color = matchProperty("status", ZONE_STATUS_COLOR, "#8d8d8d");
  const unsettled: ExpressionSpecification = ["in", ["get", "status"], ["literal", ["draft", "planned"]]];
  return [
    {
      id: "zones-fill",
      type: "fill",
      ...src,
      paint: { "fill-color": color, "fill-opacity": 0.07 },
    },
    {
      id: "zones-outline",
      type: "line",
      ...src,
      filter: ["!", unsettled],
      layout: { "line-join": "round" },
      paint: { "line-color": color, "line-width": ["interpolate", ["linear"], ["zoom"], 8, 1.8, 13, 3.5] },
    },
    {
      // Draft and planned zones are proposals: dashed.
      id: "zones-outline-proposed",
      type: "line",
      ...src,
      filter: unsettled,
      layout: { "line-join": "round" },
      paint: {
        "line-color": color,
        "line-width": ["interpolate", ["linear"], ["zoom"], 8, 1.8, 13, 3.5],
        "line-dasharray": [3, 2],
      },
    },
    {
      id: "zones-label",
      type: "symbol",
      ...src,
      minzoom: 9.5,
      layout: {
        "text-field": [
          "format",
          nameField(locale),
          {},
          "\n",
          {},
          ["to-string", ["get", "code"]],
          { "font-scale": 0.8 },
        ],
        "text-font": FONT_BOLD,
        "text-size": 12,
        "text-padding": 12,
      },
      paint: { "text-color": color, "text-halo-color": HALO, "text-halo-width": 1.6 },
    },
  ];
}

export const zonesLegend: LegendSection[] = [
  {
    title: { zh: "片区状态", en: "Zone status" },
    items: zoneStatus.values.map((status) => ({
      // drafts are not in the public tiles: only /plan draws them, from the planner's own list
      label:
        status === "draft"
          ? { zh: "草案（仅规划人员可见）", en: "Draft (planners only)" }
          : zoneStatus.labels[status],
      swatch: {
        shape: "line",
        stroke: ZONE_STATUS_COLOR[status],
        width: 2.5,
        dash: status === "draft" || status === "planned",
      },
    })),
  },
];
