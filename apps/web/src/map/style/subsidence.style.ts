import { severity, subsidenceStatus } from "@lianpian/domain";
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO, nameField } from "./text.ts";

type Status = (typeof subsidenceStatus.values)[number];
type Severity = (typeof severity.values)[number];

/** Treatment status from red (untreated) to green (accepted): the progress a planner reports. */
export const SUBSIDENCE_STATUS_FILL: Record<Status, string> = {
  untreated: "#d7301f",
  planned: "#f28e2b",
  in_progress: "#f2cf1d",
  completed: "#8cc665",
  accepted: "#2f9e55",
};

/** Outline width by severity of the damage. */
const SEVERITY_WIDTH: Record<Severity, number> = { light: 0.8, moderate: 1.6, severe: 2.6 };

const SUBSIDENCE_OUTLINE = "#7a2a12";

export function subsidenceLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "subsidence" } as const;
  return [
    {
      id: "subsidence-fill",
      type: "fill",
      ...src,
      paint: {
        "fill-color": matchProperty("status", SUBSIDENCE_STATUS_FILL, "#cccccc"),
        "fill-opacity": 0.45,
      },
    },
    {
      id: "subsidence-outline",
      type: "line",
      ...src,
      paint: {
        "line-color": matchProperty("status", SUBSIDENCE_STATUS_FILL, "#cccccc"),
        "line-width": matchProperty("severity", SEVERITY_WIDTH, 1),
      },
    },
    {
      id: "subsidence-label",
      type: "symbol",
      ...src,
      minzoom: 10.5,
      layout: {
        "text-field": nameField(locale),
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "text-padding": 6,
      },
      paint: { "text-color": SUBSIDENCE_OUTLINE, "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const subsidenceLegend: LegendSection[] = [
  {
    title: { zh: "治理状态", en: "Treatment status" },
    items: subsidenceStatus.values.map((status) => ({
      label: subsidenceStatus.labels[status],
      swatch: {
        shape: "fill",
        fill: SUBSIDENCE_STATUS_FILL[status],
        stroke: SUBSIDENCE_STATUS_FILL[status],
        opacity: 0.55,
      },
    })),
  },
  {
    title: { zh: "损毁程度（边线粗细）", en: "Severity (outline width)" },
    items: severity.values.map((value) => ({
      label: severity.labels[value],
      swatch: { shape: "line", stroke: "#b5651d", width: SEVERITY_WIDTH[value] },
    })),
  },
];
