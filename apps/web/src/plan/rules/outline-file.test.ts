import { describe, expect, it } from "vitest";
import { outlineOfGeoJson } from "./outline-file.ts";

const ring = [
  [112.8, 35.5],
  [112.81, 35.5],
  [112.81, 35.51],
  [112.8, 35.5],
];

describe("an uploaded outline", () => {
  it("is the one polygon of a feature, or the polygons of a collection joined", () => {
    expect(
      outlineOfGeoJson(
        JSON.stringify({
          type: "Feature",
          properties: {},
          geometry: { type: "Polygon", coordinates: [ring] },
        }),
      ),
    ).toEqual({ type: "Polygon", coordinates: [ring] });
    const two = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: { type: "Polygon", coordinates: [ring] } },
        { type: "Feature", geometry: { type: "Point", coordinates: [112, 35] } },
        { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[ring]] } },
      ],
    };
    expect(outlineOfGeoJson(JSON.stringify(two))).toEqual({
      type: "MultiPolygon",
      coordinates: [[ring], [ring]],
    });
  });

  it("is null for a file without a polygon or that is not JSON", () => {
    expect(outlineOfGeoJson('{"type":"Point","coordinates":[1,2]}')).toBeNull();
    expect(outlineOfGeoJson("not json")).toBeNull();
  });
});
