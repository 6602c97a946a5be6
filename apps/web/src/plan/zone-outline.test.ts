import { describe, expect, it } from "vitest";
import { singlePolygon } from "./zone-outline.ts";

const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe("singlePolygon", () => {
  it("unwraps a one-part MultiPolygon and keeps a Polygon", () => {
    expect(singlePolygon({ type: "MultiPolygon", coordinates: [[ring]] })).toEqual({
      type: "Polygon",
      coordinates: [ring],
    });
    expect(singlePolygon({ type: "Polygon", coordinates: [ring] })?.type).toBe("Polygon");
  });

  it("gives null for several parts or nothing", () => {
    expect(singlePolygon({ type: "MultiPolygon", coordinates: [[ring], [ring]] })).toBeNull();
    expect(singlePolygon(null)).toBeNull();
  });
});
