import type { FeatureSelection, RenderedFeatureLike } from "./feature-selection.ts";
import { isTileLayer } from "./layer-catalog.ts";

/**
 * Every feature under a click, topmost first, once each: a polygon drawn by
 * a fill and an outline layer (or cut across two tiles) is one entry, keyed
 * by its source-layer and id. Features without an id cannot be looked up and
 * are left out.
 *
 * @example identifyFeatures([zoneFill, zoneLine, subsidenceFill], [112.9, 35.5]) // → [zone, subsidence]
 */
export function identifyFeatures(
  features: readonly RenderedFeatureLike[],
  lngLat: [number, number],
): FeatureSelection[] {
  const seen = new Set<string>();
  const out: FeatureSelection[] = [];
  for (const feature of features) {
    const layer = feature.sourceLayer;
    const id = feature.id ?? (feature.properties?.id as string | number | undefined);
    if (!isTileLayer(layer) || id === undefined || id === null) continue;
    const key = `${layer}/${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ layer, id, properties: feature.properties ?? {}, lngLat });
  }
  return out;
}

/** Whether two selections name the same feature. */
export const sameFeature = (a: FeatureSelection, b: FeatureSelection) =>
  a.layer === b.layer && String(a.id) === String(b.id);
