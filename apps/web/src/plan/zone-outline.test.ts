import { describe, expect, it } from "vitest";
import { TRIANGLE } from "./rings.fixtures.ts";
import { singlePolygon } from "./zone-outline.ts";

describe("singlePolygon", () => {
  it("unwraps a one-part MultiPolygon and keeps a Polygon", () => {
    expect(singlePolygon({ type: "MultiPolygon", coordinates: [[TRIANGLE]] })).toEqual({
      type: "Polygon",
      coordinates: [TRIANGLE],
    });
    expect(singlePolygon({ type: "Polygon", coordinates: [TRIANGLE] })?.type).toBe("Polygon");
  });

  it("gives null for several parts or nothing", () => {
    expect(singlePolygon({ type: "MultiPolygon", coordinates: [[TRIANGLE], [TRIANGLE]] })).toBeNull();
    expect(singlePolygon(null)).toBeNull();
  });
});
