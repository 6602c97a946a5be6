import { isTileLayer, type TileLayer } from "./layer-catalog.ts";

/** A feature the user clicked: which tile layer, which row, what the tile knew about it. */
export interface FeatureSelection {
  layer: TileLayer;
  id: string | number;
  properties: Readonly<Record<string, unknown>>;
  lngLat: [number, number];
}

/** The parts of a rendered feature that selection needs (MapLibre's feature has more). */
export interface RenderedFeatureLike {
  id?: string | number | undefined;
  sourceLayer?: string | undefined;
  properties: Record<string, unknown> | null;
}

/**
 * The topmost selectable feature, or null. Features come topmost first; one
 * without an id cannot be looked up, so it is passed over.
 */
export function pickSelection(
  features: readonly RenderedFeatureLike[],
  lngLat: [number, number],
): FeatureSelection | null {
  for (const feature of features) {
    const layer = feature.sourceLayer;
    const id = feature.id ?? (feature.properties?.id as string | number | undefined);
    if (isTileLayer(layer) && id !== undefined && id !== null) {
      return { layer, id, properties: feature.properties ?? {}, lngLat };
    }
  }
  return null;
}
