import {
  latitudeOfMercatorY,
  mercatorY,
  TILE_BUFFER,
  TILE_EXTENT,
  TILE_MAX_ZOOM,
  tileCoordinates,
} from "@lianpian/domain";
import type { Position } from "geojson";

/** What snapping needs of the map. */
export interface SnapMap {
  project(lngLat: [number, number]): { x: number; y: number };
  getZoom(): number;
  queryRenderedFeatures(
    box: [[number, number], [number, number]],
    options?: { layers?: string[] },
  ): { geometry: GeoJSON.Geometry; layer: { id: string } }[];
}

/** The rings and lines of a geometry (a point has none). */
function paths(geometry: GeoJSON.Geometry): Position[][] {
  switch (geometry.type) {
    case "Point":
      return [[geometry.coordinates]];
    case "MultiPoint":
      return geometry.coordinates.map((p) => [p]);
    case "LineString":
      return [geometry.coordinates];
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates;
    case "MultiPolygon":
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** A position in tile units of zoom z, counted from the world's north-west corner. */
function tileUnits([lng, lat]: Position, z: number): [number, number] {
  const [x, y] = tileCoordinates(lng as number, lat as number, z);
  return [x * TILE_EXTENT, y * TILE_EXTENT];
}

/** True when u lies on a tile's buffered clip line (64 units outside an edge). */
function onClipLine(u: number): boolean {
  const r = ((u % TILE_EXTENT) + TILE_EXTENT) % TILE_EXTENT;
  return Math.abs(r - TILE_BUFFER) < 0.5 || Math.abs(r - (TILE_EXTENT - TILE_BUFFER)) < 0.5;
}

/**
 * True for a segment that is not the feature's boundary but where a vector
 * tile cut it: both ends on the same buffered clip line of the tile zoom.
 */
export function isTileClipEdge(a: Position, b: Position, tileZoom: number): boolean {
  const [ax, ay] = tileUnits(a, tileZoom);
  const [bx, by] = tileUnits(b, tileZoom);
  return (Math.abs(ax - bx) < 0.5 && onClipLine(ax)) || (Math.abs(ay - by) < 0.5 && onClipLine(ay));
}

/**
 * Where a rendered map feature (mines, subsidence, zones… not the drawing
 * itself) is nearest the pointer within `radiusPx`, or undefined: a vertex
 * first, as GIS tools do, else the nearest point of an edge, so a new zone
 * can share an existing zone's border and leave no gap (连片). Edges a
 * vector tile made by cutting a feature at its buffer are not offered.
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
  // the zoom of the tiles drawn: 512 px tiles, one zoom per map zoom, overzoomed past the deepest
  const tileZoom = Math.min(Math.floor(map.getZoom()), TILE_MAX_ZOOM);
  const screen = (v: Position) => map.project([v[0] as number, v[1] as number]);
  let vertex: Position | undefined;
  let vertexD = radiusPx;
  let edge: Position | undefined;
  let edgeD = radiusPx;
  for (const feature of map.queryRenderedFeatures(box)) {
    if (!isSnappableLayer(feature.layer.id)) continue;
    for (const path of paths(feature.geometry)) {
      const points = path.map(screen);
      for (let i = 0; i < path.length; i++) {
        const p = points[i] as { x: number; y: number };
        const d = Math.hypot(p.x - pointer.x, p.y - pointer.y);
        if (d <= vertexD) {
          vertexD = d;
          vertex = path[i];
        }
        if (i === 0) continue;
        const a = path[i - 1] as Position;
        const b = path[i] as Position;
        const q = points[i - 1] as { x: number; y: number };
        const dx = p.x - q.x;
        const dy = p.y - q.y;
        const length2 = dx * dx + dy * dy;
        if (length2 === 0) continue;
        const t = Math.max(0, Math.min(1, ((pointer.x - q.x) * dx + (pointer.y - q.y) * dy) / length2));
        const e = Math.hypot(q.x + t * dx - pointer.x, q.y + t * dy - pointer.y);
        if (e < edgeD && !isTileClipEdge(a, b, tileZoom)) {
          edgeD = e;
          // on the segment as drawn: straight in Web Mercator
          const y = mercatorY(a[1] as number) + t * (mercatorY(b[1] as number) - mercatorY(a[1] as number));
          edge = [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), latitudeOfMercatorY(y)];
        }
      }
    }
  }
  return vertex ?? edge;
}
