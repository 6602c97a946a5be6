import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef } from "react";
import { followStyle } from "./follow-style.ts";

/**
 * Draws `data` on the map as a GeoJSON source with its layers on top, and keeps
 * them there: a restyle (language, layer list, base map) drops sources the
 * style does not list, so each `styledata` adds them back. New data or new
 * layer filters go to the live source and layers. `data` null, or the
 * component leaving, takes them off the map. `layers` should keep its identity
 * between renders (a constant or a memo).
 */
export function useGeoJsonLayers(
  map: MapLibreMap | null,
  source: string,
  layers: readonly LayerSpecification[],
  data: FeatureCollection | null,
): void {
  useEffect(() => {
    if (!map) return;
    if (!data) {
      removeLayers(map, source, layers);
      return;
    }
    const live = map.getSource<GeoJSONSource>(source);
    if (live) {
      live.setData(data);
      for (const layer of layers)
        if ("filter" in layer && layer.filter && map.getLayer(layer.id))
          map.setFilter(layer.id, layer.filter);
    }
    return followStyle(map, () => {
      if (map.getSource(source)) return;
      map.addSource(source, { type: "geojson", data });
      for (const layer of layers) map.addLayer(layer);
    });
  }, [map, source, layers, data]);

  // the layers' ids stay the same when their filters change: the last ones are what leaves the map
  const latest = useRef(layers);
  latest.current = layers;
  useEffect(
    () => () => {
      if (map?.style) removeLayers(map, source, latest.current);
    },
    [map, source],
  );
}

function removeLayers(map: MapLibreMap, source: string, layers: readonly LayerSpecification[]) {
  for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(source)) map.removeSource(source);
}
