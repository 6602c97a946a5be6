import { CHECK_DAM_LABELS_EN, CHECK_DAM_RISKS, CHECK_DAM_TYPES } from "@lianpian/domain";
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { matchProperty } from "./expressions.ts";
import type { LegendSection, StyleContext } from "./style-types.ts";
import { FONT_REGULAR, HALO } from "./text.ts";

type Risk = keyof typeof CHECK_DAM_RISKS;
type DamType = keyof typeof CHECK_DAM_TYPES;

/** Risk level (风险等级) as the fill, low to high; the water-works blue ring marks every dam. */
const CHECK_DAM_RISK_FILL: Record<Risk, string> = {
  low: "#9ecae1",
  medium: "#fd8d3c",
  high: "#d7301f",
};
const CHECK_DAM_RADIUS: Record<DamType, number> = { key: 6.5, medium: 5, small: 3.5 };
const CHECK_DAM_STROKE = "#08519c";

/** A dam in poor or damaged condition gets a thick ring. */
const WORN: ExpressionSpecification = ["in", ["get", "condition"], ["literal", ["poor", "damaged"]]];

export function checkDamsLayers({ locale, source }: StyleContext): LayerSpecification[] {
  const src = { source, "source-layer": "check_dams" } as const;
  const radius = matchProperty("dam_type", CHECK_DAM_RADIUS, 4);
  return [
    {
      id: "check-dams-circle",
      type: "circle",
      ...src,
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 8, ["*", 0.7, radius], 14, ["*", 1.5, radius]],
        "circle-color": matchProperty("risk_level", CHECK_DAM_RISK_FILL, "#cccccc"),
        "circle-stroke-color": CHECK_DAM_STROKE,
        "circle-stroke-width": ["case", WORN, 3, 1.4],
      },
    } as LayerSpecification,
    {
      id: "check-dams-label",
      type: "symbol",
      ...src,
      minzoom: 12,
      layout: {
        // the register names dams in Chinese only; English shows the code
        "text-field": locale === "zh" ? ["get", "name_zh"] : ["get", "code"],
        "text-font": FONT_REGULAR,
        "text-size": 11,
        "text-anchor": "top",
        "text-offset": [0, 0.9],
        "text-optional": true,
      },
      paint: { "text-color": CHECK_DAM_STROKE, "text-halo-color": HALO, "text-halo-width": 1.4 },
    },
  ];
}

export const checkDamsLegend: LegendSection[] = [
  {
    title: { zh: "淤地坝风险等级", en: "Check-dam risk level" },
    items: (Object.keys(CHECK_DAM_RISK_FILL) as Risk[]).map((risk) => ({
      label: { zh: `${CHECK_DAM_RISKS[risk]}风险`, en: `${CHECK_DAM_LABELS_EN.risk_level[risk]} risk` },
      swatch: { shape: "circle", fill: CHECK_DAM_RISK_FILL[risk], stroke: CHECK_DAM_STROKE, radius: 5 },
    })),
  },
  {
    title: {
      zh: "坝型（大小）；粗边：工程状况较差或损毁",
      en: "Dam type (size); thick ring: poor or damaged",
    },
    items: (Object.keys(CHECK_DAM_RADIUS) as DamType[]).map((type) => ({
      label: { zh: CHECK_DAM_TYPES[type], en: CHECK_DAM_LABELS_EN.dam_type[type] },
      swatch: { shape: "circle", fill: "#ffffff", stroke: CHECK_DAM_STROKE, radius: CHECK_DAM_RADIUS[type] },
    })),
  },
];
