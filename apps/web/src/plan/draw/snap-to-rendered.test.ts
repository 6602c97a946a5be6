import { describe, expect, it } from "vitest";
import { isTileClipEdge, type SnapMap, snapToRendered } from "./snap-to-rendered.ts";

type Rendered = { geometry: GeoJSON.Geometry; layer: { id: string } };

// A "map" where one degree is `scale` px and y grows downwards, at zoom 12.3.
const map = (features: Rendered[], scale = 100): SnapMap => ({
  project: ([lng, lat]) => ({ x: lng * scale, y: -lat * scale }),
  getZoom: () => 12.3,
  queryRenderedFeatures: () => features,
});
const polygon = (ring: [number, number][]): GeoJSON.Polygon => ({ type: "Polygon", coordinates: [ring] });
const square = polygon([
  [1, 1],
  [2, 1],
  [2, 2],
  [1, 2],
  [1, 1],
]);
const mines = (geometry: GeoJSON.Geometry): Rendered => ({ geometry, layer: { id: "mines-fill" } });

/** Longitude of tile units u (from the world's west edge) at zoom z. */
const lngOfUnits = (u: number, z: number) => (u / (2 ** z * 4096)) * 360 - 180;

describe("snapToRendered", () => {
  it("snaps to the nearest vertex within the radius", () => {
    expect(snapToRendered(map([mines(square)]), { x: 203, y: -196 }, 10, () => true)).toEqual([2, 2]);
  });

  it("snaps to the nearest point of an edge when no vertex is near, on the line as drawn", () => {
    const snapped = snapToRendered(map([mines(square)]), { x: 150, y: -103 }, 10, () => true);
    expect(snapped?.[0]).toBeCloseTo(1.5, 9);
    expect(snapped?.[1]).toBeCloseTo(1, 9);
    // a slanted edge: the foot of the perpendicular from the pointer
    const slanted = polygon([
      [0, 0],
      [4, 4],
      [4, 0],
      [0, 0],
    ]);
    const foot = snapToRendered(map([mines(slanted)]), { x: 250, y: -150 }, 80, () => true);
    expect(foot?.[0]).toBeCloseTo(2, 1);
  });

  it("prefers a vertex within the radius to a nearer edge", () => {
    expect(snapToRendered(map([mines(square)]), { x: 192, y: -101 }, 10, () => true)).toEqual([2, 1]);
  });

  it("offers nothing beyond the radius or on layers that are not snappable", () => {
    const drawing: Rendered = { geometry: square, layer: { id: "td-polygon" } };
    expect(snapToRendered(map([drawing]), { x: 150, y: -150 }, 10, () => true)).toBeUndefined();
    expect(
      snapToRendered(map([drawing]), { x: 201, y: -200 }, 10, (id) => !id.startsWith("td")),
    ).toBeUndefined();
  });

  it("never snaps to the edge where a tile cut a feature at its buffer", () => {
    // tile x = 3332 at zoom 12: its buffered west clip line is 64 units west of the tile's edge
    const clip = lngOfUnits(3332 * 4096 - 64, 12);
    const real = lngOfUnits(3332 * 4096 + 100, 12);
    const cut = (west: number) =>
      polygon([
        [west, 35.5],
        [west + 0.01, 35.5],
        [west + 0.01, 35.52],
        [west, 35.52],
        [west, 35.5],
      ]);
    const scale = 100_000; // 1 px = 1e-5°: vertices far away, the edge 3 px from the pointer
    const pointer = (lng: number) => ({ x: lng * scale + 3, y: -35.51 * scale });
    expect(snapToRendered(map([mines(cut(clip))], scale), pointer(clip), 10, () => true)).toBeUndefined();
    const snapped = snapToRendered(map([mines(cut(real))], scale), pointer(real), 10, () => true);
    expect(snapped?.[0]).toBeCloseTo(real, 9);
  });
});

describe("isTileClipEdge", () => {
  it("knows the four buffered clip lines of the tile zoom and nothing else", () => {
    const z = 12;
    const west = lngOfUnits(3332 * 4096 - 64, z);
    const east = lngOfUnits(3333 * 4096 + 64, z);
    expect(isTileClipEdge([west, 35.5], [west, 35.6], z)).toBe(true);
    expect(isTileClipEdge([east, 35.5], [east, 35.6], z)).toBe(true);
    expect(isTileClipEdge([west, 35.5], [west + 0.001, 35.6], z)).toBe(false);
    // the same meridian is no clip line one zoom down (at zoom 11 it is 32 units from an edge)
    expect(isTileClipEdge([west, 35.5], [west, 35.6], 11)).toBe(false);
    // a parallel: latitude of a clip row
    const n = 2 ** z * 4096;
    const lat = (u: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - (2 * u) / n))) - 90;
    const north = lat(1615 * 4096 - 64);
    expect(isTileClipEdge([112.8, north], [112.9, north], z)).toBe(true);
    expect(isTileClipEdge([112.8, north + 0.001], [112.9, north + 0.001], z)).toBe(false);
  });
});
