import type { Map as MapLibreMap } from "maplibre-gl";

/**
 * Runs `apply` now and after every restyle, for what a face adds to the map's
 * style itself (a source, layers, a base map): a restyle drops sources the
 * style does not list. isStyleLoaded() stays false while tiles load, and no
 * styledata may follow: `apply` asks the style itself, and when the style is
 * not parsed yet its throw waits for the next styledata. Returns the stop.
 */
export function followStyle(map: MapLibreMap, apply: () => void): () => void {
  const run = () => {
    try {
      apply();
    } catch {
      // the style is not parsed yet: its styledata event calls again
    }
  };
  run();
  map.on("styledata", run);
  return () => {
    map.off("styledata", run);
  };
}
