import type { GeoJSONStoreFeatures } from "terra-draw";
import { describe, expect, it } from "vitest";
import { BOWTIE, SQUARE } from "../rings.fixtures.ts";
import { dragProblem, outlineProblem } from "./outline-check.ts";

const feature = (ring: number[][]): GeoJSONStoreFeatures =>
  ({
    type: "Feature",
    geometry: { type: "Polygon", coordinates: [ring] },
    properties: { mode: "polygon" },
  }) as never;

describe("outlineProblem", () => {
  it("names a self-intersecting outline", () => {
    expect(outlineProblem(feature(BOWTIE))).toBe("selfIntersection");
  });

  it("refuses less than 1 亩 and accepts a proper outline", () => {
    const tiny = [
      [112.8, 35.5],
      [112.8001, 35.5],
      [112.8001, 35.5001],
      [112.8, 35.5001],
      [112.8, 35.5],
    ];
    expect(outlineProblem(feature(tiny))).toBe("tooSmall");
    expect(outlineProblem(feature(SQUARE))).toBeNull();
  });
});

describe("dragProblem", () => {
  it("stops a vertex whose move would make the outline cross itself, with the reason", () => {
    expect(dragProblem(feature(BOWTIE))).toBe("vertexBlocked");
    expect(dragProblem(feature(SQUARE))).toBeNull();
  });
});
