import { describe, expect, it } from "vitest";
import { type SnapMap, snapToRendered } from "./snap-to-rendered.ts";

// A "map" where one degree is 100 px and y grows downwards.
const map = (features: { geometry: GeoJSON.Geometry; layer: { id: string } }[]): SnapMap => ({
  project: ([lng, lat]) => ({ x: lng * 100, y: -lat * 100 }),
  queryRenderedFeatures: () => features,
});
const square: GeoJSON.Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ],
  ],
};

describe("snapToRendered", () => {
  it("snaps to the nearest vertex within the radius", () => {
    const m = map([{ geometry: square, layer: { id: "mines-fill" } }]);
    expect(snapToRendered(m, { x: 203, y: -196 }, 10, () => true)).toEqual([2, 2]);
  });

  it("offers nothing beyond the radius or on layers that are not snappable", () => {
    const m = map([{ geometry: square, layer: { id: "td-polygon" } }]);
    expect(snapToRendered(m, { x: 150, y: -150 }, 10, () => true)).toBeUndefined();
    expect(snapToRendered(m, { x: 201, y: -200 }, 10, (id) => !id.startsWith("td"))).toBeUndefined();
  });
});
