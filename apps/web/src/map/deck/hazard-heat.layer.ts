import { HeatmapLayer } from "@deck.gl/aggregation-layers";
import { HEAT_BEFORE_LAYER } from "../style/build-style.ts";

/** A hazard point reduced to what the heat map weighs. */
export interface HazardHeatPoint {
  position: [number, number];
  threatenedPeople: number;
}

/** Pale yellow to deep red; the legend shows the same ramp. */
export const HEAT_COLORS: [number, number, number][] = [
  [255, 255, 204],
  [255, 237, 160],
  [254, 178, 76],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

/**
 * Kernel density of the people threatened by geo-hazards: where relocation
 * and monitoring budgets matter most. Drawn under the hazard points
 * (interleaved with the MapLibre layers through `beforeId`).
 */
export function hazardHeatLayer(points: readonly HazardHeatPoint[], visible: boolean) {
  // `beforeId` is read by the interleaved MapboxOverlay, not by the layer, so its type lacks it.
  const placement: object = { beforeId: HEAT_BEFORE_LAYER };
  return new HeatmapLayer<HazardHeatPoint>({
    id: "hazard-heat",
    data: points,
    visible,
    getPosition: (d) => d.position,
    getWeight: (d) => d.threatenedPeople,
    aggregation: "SUM",
    radiusPixels: 60,
    intensity: 1.6,
    threshold: 0.06,
    colorRange: HEAT_COLORS,
    opacity: 0.55,
    ...placement,
  });
}
