import { describe, expect, it } from "vitest";
import { compareDecodedTiles } from "./tile-compare.ts";
import type { DecodedFeature, XY } from "./tile-decode.ts";

/** A closed square ring wound as an MVT exterior (clockwise with y down). */
const square = (x: number, y: number, size: number): XY[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const polygon = (id: number, ring: XY[], properties = { name: "a" }): DecodedFeature => ({
  id,
  type: 3,
  properties,
  parts: [ring],
});

describe("compareDecodedTiles", () => {
  it("accepts the same polygon with another start vertex", () => {
    const ring = square(100, 100, 500);
    const rotated = [...ring.slice(2, -1), ...ring.slice(0, 3)];
    const result = compareDecodedTiles([polygon(1, ring)], [polygon(1, rotated)]);
    expect(result).toEqual({ differences: [], exact: 1, close: 0 });
  });

  it("accepts vertices one unit apart and rejects two", () => {
    const near = square(101, 100, 500);
    expect(compareDecodedTiles([polygon(1, square(100, 100, 500))], [polygon(1, near)]).differences).toEqual(
      [],
    );
    const far = square(102, 100, 500);
    expect(
      compareDecodedTiles([polygon(1, square(100, 100, 500))], [polygon(1, far)]).differences,
    ).not.toEqual([]);
  });

  it("rejects a reversed winding, a changed property and a missing visible feature", () => {
    const ring = square(100, 100, 500);
    expect(
      compareDecodedTiles([polygon(1, ring)], [polygon(1, [...ring].reverse())]).differences,
    ).not.toEqual([]);
    expect(compareDecodedTiles([polygon(1, ring)], [polygon(1, ring, { name: "b" })]).differences[0]).toMatch(
      /properties/,
    );
    expect(compareDecodedTiles([polygon(1, ring), polygon(2, ring)], [polygon(1, ring)]).differences).toEqual(
      ["feature 2: only in the first"],
    );
  });

  it("lets one encoder drop a sliver left in the clip buffer, but not a point", () => {
    const sliver = polygon(2, square(-64, 4000, 63));
    expect(
      compareDecodedTiles([polygon(1, square(0, 0, 10)), sliver], [polygon(1, square(0, 0, 10))]),
    ).toMatchObject({
      differences: [],
    });
    const point: DecodedFeature = { id: 3, type: 1, properties: {}, parts: [[[-10, -10]]] };
    expect(compareDecodedTiles([point], []).differences).toEqual(["feature 3: only in the first"]);
  });
});
