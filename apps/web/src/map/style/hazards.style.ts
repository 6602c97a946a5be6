import { alertLevel, dangerGrade } from "@lianpian/domain";
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO, nameField } from "./text.ts";

type Grade = (typeof dangerGrade.values)[number];
type Alert = (typeof alertLevel.values)[number];

/** Danger grade (险情等级) by size and a yellow-to-brown ramp, kept apart from the alert colours. */
export const DANGER_FILL: Record<Grade, string> = {
  small: "#fee391",
  medium: "#fe9929",
  large: "#cc4c02",
  huge: "#662506",
};
const DANGER_RADIUS: Record<Grade, number> = { small: 4, medium: 5.5, large: 7.5, huge: 10 };

/** Current alert (预警) as a ring around the point, in the official signal colours. */
export const ALERT_RING: Record<Exclude<Alert, "none">, string> = {
  blue: "#1f6fd1",
  yellow: "#f0cf00",
  orange: "#ff7b00",
  red: "#e3001b",
};
const HAZARD_STROKE = "#ffffff";

/**
 * Scales a pixel radius with zoom: smaller at city view, bigger when walking
 * the slope. `extraPx` is added after scaling (zoom must stay the outermost input).
 */
function radiusAtZoom(radius: ExpressionSpecification, extraPx = 0): ExpressionSpecification {
  const at = (factor: number): ExpressionSpecification => ["+", ["*", factor, radius], extraPx];
  return ["interpolate", ["linear"], ["zoom"], 7, at(0.7), 10, at(1), 14, at(1.6)];
}

export function hazardsLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "hazards" } as const;
  const radius = matchProperty("danger_grade", DANGER_RADIUS, 4);
  const writtenOff: ExpressionSpecification = ["==", ["get", "inventory_status"], "written_off"];
  const sortKey = matchProperty("danger_grade", { small: 1, medium: 2, large: 3, huge: 4 }, 0);
  return [
    {
      id: "hazards-alert-ring",
      type: "circle",
      ...src,
      filter: ["in", ["get", "current_alert"], ["literal", Object.keys(ALERT_RING)]],
      paint: {
        "circle-radius": radiusAtZoom(radius, 4),
        "circle-color": matchProperty("current_alert", ALERT_RING, "#000000"),
        "circle-opacity": 0.18,
        "circle-stroke-color": matchProperty("current_alert", ALERT_RING, "#000000"),
        "circle-stroke-width": 3,
      },
    },
    {
      id: "hazards-circle",
      type: "circle",
      ...src,
      layout: { "circle-sort-key": sortKey },
      paint: {
        "circle-radius": radiusAtZoom(radius),
        "circle-color": matchProperty("danger_grade", DANGER_FILL, "#cccccc"),
        "circle-stroke-color": HAZARD_STROKE,
        "circle-stroke-width": 1.2,
        // Written-off points (核销) stay findable but fade.
        "circle-opacity": ["case", writtenOff, 0.35, 0.95],
        "circle-stroke-opacity": ["case", writtenOff, 0.35, 1],
      },
    } as LayerSpecification,
    {
      id: "hazards-label",
      type: "symbol",
      ...src,
      minzoom: 11.5,
      layout: {
        "text-field": nameField(locale),
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "text-anchor": "top",
        "text-offset": [0, 0.9],
        "text-optional": true,
      },
      paint: { "text-color": "#5a2a06", "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const hazardsLegend: LegendSection[] = [
  {
    title: { zh: "险情等级", en: "Danger grade" },
    items: dangerGrade.values.map((grade) => ({
      label: dangerGrade.labels[grade],
      swatch: {
        shape: "circle",
        fill: DANGER_FILL[grade],
        stroke: "#8a6a50",
        radius: DANGER_RADIUS[grade] * 0.8,
      },
    })),
  },
  {
    title: { zh: "当前预警（外圈）", en: "Current alert (ring)" },
    items: (Object.keys(ALERT_RING) as (keyof typeof ALERT_RING)[]).map((level) => ({
      label: alertLevel.labels[level],
      swatch: { shape: "ring", stroke: ALERT_RING[level], radius: 6 },
    })),
  },
];
