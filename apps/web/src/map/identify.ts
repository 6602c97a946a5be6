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

/** The [[west, south], [east, north]] of a polygon's or multipolygon's coordinates, to fit the map to. */
export function polygonalBounds(g: {
  type: "Polygon" | "MultiPolygon";
  coordinates: number[][][] | number[][][][];
}): [[number, number], [number, number]] {
  const points = (g.type === "Polygon" ? g.coordinates.flat() : g.coordinates.flat(2)) as number[][];
  const xs = points.map((p) => p[0] as number);
  const ys = points.map((p) => p[1] as number);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
