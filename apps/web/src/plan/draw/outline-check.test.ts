import type { GeoJSONStoreFeatures } from "terra-draw";
import { describe, expect, it } from "vitest";
import { dragProblem, outlineProblem } from "./outline-check.ts";

const feature = (ring: number[][]): GeoJSONStoreFeatures =>
  ({
    type: "Feature",
    geometry: { type: "Polygon", coordinates: [ring] },
    properties: { mode: "polygon" },
  }) as never;

describe("outlineProblem", () => {
  it("names a self-intersecting outline", () => {
    const bowtie = [
      [112.8, 35.5],
      [112.81, 35.51],
      [112.81, 35.5],
      [112.8, 35.51],
      [112.8, 35.5],
    ];
    expect(outlineProblem(feature(bowtie))).toBe("selfIntersection");
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
    const square = [
      [112.8, 35.5],
      [112.81, 35.5],
      [112.81, 35.51],
      [112.8, 35.51],
      [112.8, 35.5],
    ];
    expect(outlineProblem(feature(square))).toBeNull();
  });
});

describe("dragProblem", () => {
  it("stops a vertex whose move would make the outline cross itself, with the reason", () => {
    const crossed = [
      [112.8, 35.5],
      [112.81, 35.51],
      [112.81, 35.5],
      [112.8, 35.51],
      [112.8, 35.5],
    ];
    expect(dragProblem(feature(crossed))).toBe("vertexBlocked");
    const square = [
      [112.8, 35.5],
      [112.81, 35.5],
      [112.81, 35.51],
      [112.8, 35.51],
      [112.8, 35.5],
    ];
    expect(dragProblem(feature(square))).toBeNull();
  });
});
