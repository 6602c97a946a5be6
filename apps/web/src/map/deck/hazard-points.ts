import type { ApiFeature } from "../fetch-features.ts";
import type { HazardHeatPoint } from "./hazard-heat.layer.ts";

/** Active hazard points as heat-map input; written-off points (核销) no longer threaten anyone. */
export function toHeatPoints(features: readonly ApiFeature[]): HazardHeatPoint[] {
  const points: HazardHeatPoint[] = [];
  for (const feature of features) {
    const coordinates = feature.geometry?.coordinates;
    if (feature.geometry?.type !== "Point" || !Array.isArray(coordinates)) continue;
    const [lng, lat] = coordinates;
    if (typeof lng !== "number" || typeof lat !== "number") continue;
    if (feature.properties?.inventory_status === "written_off") continue;
    const people = Number(feature.properties?.threatened_people ?? 0);
    points.push({ position: [lng, lat], threatenedPeople: Number.isFinite(people) ? people : 0 });
  }
  return points;
}
