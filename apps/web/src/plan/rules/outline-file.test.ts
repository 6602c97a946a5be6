import { describe, expect, it } from "vitest";
import { TRIANGLE } from "../rings.fixtures.ts";
import { outlineOfGeoJson } from "./outline-file.ts";

describe("an uploaded outline", () => {
  it("is the one polygon of a feature, or the polygons of a collection joined", () => {
    expect(
      outlineOfGeoJson(
        JSON.stringify({
          type: "Feature",
          properties: {},
          geometry: { type: "Polygon", coordinates: [TRIANGLE] },
        }),
      ),
    ).toEqual({ type: "Polygon", coordinates: [TRIANGLE] });
    const two = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: { type: "Polygon", coordinates: [TRIANGLE] } },
        { type: "Feature", geometry: { type: "Point", coordinates: [112, 35] } },
        { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[TRIANGLE]] } },
      ],
    };
    expect(outlineOfGeoJson(JSON.stringify(two))).toEqual({
      type: "MultiPolygon",
      coordinates: [[TRIANGLE], [TRIANGLE]],
    });
  });

  it("is null for a file without a polygon or that is not JSON", () => {
    expect(outlineOfGeoJson('{"type":"Point","coordinates":[1,2]}')).toBeNull();
    expect(outlineOfGeoJson("not json")).toBeNull();
  });
});
