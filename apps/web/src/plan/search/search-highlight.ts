import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { outlineLine, pointCircle } from "../map/geometry-layers.ts";
import type { SearchOption } from "./search-results.ts";

const SOURCE = "plan-search-hit";

/** The chosen result drawn on top: its point, and its extent's outline when it has one. */
function ensureLayers(map: MapLibreMap): GeoJSONSource {
  if (!map.getSource(SOURCE)) {
    map.addSource(SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    map.addLayer(
      outlineLine(`${SOURCE}-extent`, SOURCE, {
        "line-color": "#d9480f",
        "line-width": 3,
        "line-dasharray": [2, 1],
      }),
    );
    map.addLayer(
      pointCircle(`${SOURCE}-point`, SOURCE, {
        "circle-radius": 9,
        "circle-color": "rgba(217,72,15,0.25)",
        "circle-stroke-color": "#d9480f",
        "circle-stroke-width": 3,
      }),
    );
  }
  return map.getSource(SOURCE) as GeoJSONSource;
}

/** Flies to a result (its extent when it has one larger than a point) and highlights it. */
export function flyToResult(map: MapLibreMap, option: SearchOption): void {
  const [x, y] = option.position;
  const features: GeoJSON.Feature[] = [
    { type: "Feature", properties: { key: option.key }, geometry: { type: "Point", coordinates: [x, y] } },
  ];
  const b = option.bbox;
  const hasExtent = b !== null && (b[2] - b[0] > 1e-6 || b[3] - b[1] > 1e-6);
  if (b && hasExtent) {
    features.push({
      type: "Feature",
      properties: { key: option.key },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [b[0], b[1]],
            [b[2], b[1]],
            [b[2], b[3]],
            [b[0], b[3]],
            [b[0], b[1]],
          ],
        ],
      },
    });
    map.fitBounds([b[0], b[1], b[2], b[3]], { padding: 80, maxZoom: 16, duration: 800 });
  } else {
    map.flyTo({ center: [x, y], zoom: Math.max(map.getZoom(), 15), duration: 800 });
  }
  ensureLayers(map).setData({ type: "FeatureCollection", features });
}

/** Takes the highlight off. */
export function clearResult(map: MapLibreMap): void {
  (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({ type: "FeatureCollection", features: [] });
}
