import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useGeoJsonLayers } from "../../map/use-geojson-layers.ts";
import { outlineLine, pointCircle } from "../map/geometry-layers.ts";
import type { SearchOption } from "./search-results.ts";

const SOURCE = "plan-search-hit";

/** The chosen result drawn on top: its point, and its extent's outline when it has one. */
const LAYERS = [
  outlineLine(`${SOURCE}-extent`, SOURCE, {
    "line-color": "#d9480f",
    "line-width": 3,
    "line-dasharray": [2, 1],
  }),
  pointCircle(`${SOURCE}-point`, SOURCE, {
    "circle-radius": 9,
    "circle-color": "rgba(217,72,15,0.25)",
    "circle-stroke-color": "#d9480f",
    "circle-stroke-width": 3,
  }),
];

/** Keeps the highlight `hit` on the map (through restyles); null takes it off. */
export function useSearchHighlight(map: MapLibreMap | null, hit: FeatureCollection | null): void {
  useGeoJsonLayers(map, SOURCE, LAYERS, hit);
}

/** An extent larger than a point, or null. */
function extentOf(option: SearchOption): [number, number, number, number] | null {
  const b = option.bbox;
  return b !== null && (b[2] - b[0] > 1e-6 || b[3] - b[1] > 1e-6) ? [b[0], b[1], b[2], b[3]] : null;
}

/** Flies to a result (its extent when it has one larger than a point); returns its highlight. */
export function flyToResult(map: MapLibreMap, option: SearchOption): FeatureCollection {
  const [x, y] = option.position;
  const properties = { key: option.key };
  const features: GeoJSON.Feature[] = [
    { type: "Feature", properties, geometry: { type: "Point", coordinates: [x, y] } },
  ];
  const b = extentOf(option);
  if (b) {
    const ring = [
      [b[0], b[1]],
      [b[2], b[1]],
      [b[2], b[3]],
      [b[0], b[3]],
      [b[0], b[1]],
    ];
    features.push({ type: "Feature", properties, geometry: { type: "Polygon", coordinates: [ring] } });
    map.fitBounds(b, { padding: 80, maxZoom: 16, duration: 800 });
  } else {
    map.flyTo({ center: [x, y], zoom: Math.max(map.getZoom(), 15), duration: 800 });
  }
  return { type: "FeatureCollection", features };
}
