import type { Position } from "geojson";

/** What snapping needs of the map. */
export interface SnapMap {
  project(lngLat: [number, number]): { x: number; y: number };
  queryRenderedFeatures(
    box: [[number, number], [number, number]],
    options?: { layers?: string[] },
  ): { geometry: GeoJSON.Geometry; layer: { id: string } }[];
}

/** Every vertex of a geometry. */
function vertices(geometry: GeoJSON.Geometry): Position[] {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "MultiPoint":
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.flat();
    case "MultiPolygon":
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

/**
 * The vertex of a rendered map feature (mines, subsidence, zones… but not
 * the drawing itself) nearest to the pointer within `radiusPx`, or undefined.
 * Vector tiles clip features at tile edges, so only true vertices near the
 * pointer are offered, never clip points far from it.
 */
export function snapToRendered(
  map: SnapMap,
  pointer: { x: number; y: number },
  radiusPx: number,
  isSnappableLayer: (layerId: string) => boolean,
): Position | undefined {
  const box: [[number, number], [number, number]] = [
    [pointer.x - radiusPx, pointer.y - radiusPx],
    [pointer.x + radiusPx, pointer.y + radiusPx],
  ];
  let best: Position | undefined;
  let bestD = radiusPx;
  for (const feature of map.queryRenderedFeatures(box)) {
    if (!isSnappableLayer(feature.layer.id)) continue;
    for (const v of vertices(feature.geometry)) {
      const p = map.project([v[0] as number, v[1] as number]);
      const d = Math.hypot(p.x - pointer.x, p.y - pointer.y);
      if (d <= bestD) {
        bestD = d;
        best = v;
      }
    }
  }
  return best;
}
