import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { ZONE_STATUS_COLOR } from "../../map/style/zones.style.ts";
import { outlineLine, pointCircle, polygonFill } from "./geometry-layers.ts";

/** What an overlay feature shows: a role picks its colour. */
export type OverlayRole =
  | "draft"
  | "result"
  | "proposal"
  | "proposal-active"
  | "zone"
  | "compare-old"
  | "compare-new"
  /** a hazard point on the chosen monitor's beat (a ring around it) */
  | "beat"
  /** a beat point marked for removal */
  | "beat-removing";

export const OVERLAY_SOURCE = "plan-overlay";
const DRAW_PREFIX = "td";

const COLOR: Record<OverlayRole, string> = {
  // a draft zone, which only planners see: as the zones legend draws a draft
  draft: ZONE_STATUS_COLOR.draft,
  result: "#7b3fa0",
  proposal: "#d9822b",
  "proposal-active": "#c0392b",
  zone: "#1f6f8b",
  "compare-old": "#d7263d",
  "compare-new": "#1b65c4",
  beat: "#1b65c4",
  "beat-removing": "#d7263d",
};

const colorExpression = [
  "match",
  ["get", "role"],
  ...Object.entries(COLOR).flat(),
  "#333333",
] as unknown as string;

/** Overlay features for a list of geometries with their roles. */
export function overlayData(items: readonly { geometry: Geometry; role: OverlayRole }[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: items.map(
      (item, i): Feature => ({
        type: "Feature",
        id: i,
        geometry: item.geometry,
        properties: { role: item.role },
      }),
    ),
  };
}

const OVERLAY_LAYERS: LayerSpecification[] = [
  polygonFill("plan-overlay-fill", OVERLAY_SOURCE, { "fill-color": colorExpression, "fill-opacity": 0.18 }),
  pointCircle("plan-overlay-ring", OVERLAY_SOURCE, {
    "circle-radius": 10,
    "circle-opacity": 0,
    "circle-stroke-width": 3,
    "circle-stroke-color": colorExpression,
  }),
  outlineLine("plan-overlay-line", OVERLAY_SOURCE, {
    "line-color": colorExpression,
    "line-width": ["match", ["get", "role"], ["compare-old", "compare-new", "proposal-active"], 3, 2],
    "line-dasharray": [
      "match",
      ["get", "role"],
      "compare-old",
      ["literal", [2, 1]],
      "draft",
      ["literal", [3, 2]],
      ["literal", [1, 0]],
    ],
  } as never),
];

/**
 * The planner's rewrite of the base style: the overlay source and layers on
 * top, and terra-draw's own sources and layers carried over from the live
 * map, so a restyle (language, layer list) does not wipe a drawing.
 */
export function withPlanOverlay(
  style: StyleSpecification,
  data: FeatureCollection,
  live: StyleSpecification | undefined,
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    ...style.sources,
    [OVERLAY_SOURCE]: { type: "geojson", data },
  };
  const drawLayers = (live?.layers ?? []).filter((l) => l.id.startsWith(DRAW_PREFIX));
  for (const [id, source] of Object.entries(live?.sources ?? {})) {
    if (id.startsWith(DRAW_PREFIX)) sources[id] = source;
  }
  return { ...style, sources, layers: [...style.layers, ...OVERLAY_LAYERS, ...drawLayers] };
}
