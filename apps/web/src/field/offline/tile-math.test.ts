import { describe, expect, it } from "vitest";
import { bboxAround, bboxOf, countTiles, listTiles } from "./tile-math.ts";

describe("countTiles and listTiles", () => {
  const bbox = bboxAround(112.85, 35.49, 2000);

  it("count what they list, low zooms first", () => {
    const tiles = listTiles(bbox, 8, 14, 10_000);
    expect(tiles).toHaveLength(countTiles(bbox, 8, 14));
    expect(tiles[0]?.[0]).toBe(8);
    expect(tiles.at(-1)?.[0]).toBe(14);
  });

  it("refuse an area over the cap instead of running away", () => {
    expect(() => listTiles([100, 20, 120, 40], 0, 16, 5000)).toThrow(/5000/);
  });
});

describe("bboxAround and bboxOf", () => {
  it("make a square of the radius, and a margin around points", () => {
    const [w, s, e, n] = bboxAround(112, 35, 1000);
    expect((n - s) * 110_950).toBeCloseTo(2000, 0);
    expect(e - w).toBeGreaterThan(n - s);
    expect(bboxOf([], 100)).toBeNull();
    const b = bboxOf(
      [
        [112, 35],
        [112.1, 35.1],
      ],
      0,
    );
    expect(b).toEqual([112, 35, 112.1, 35.1]);
  });
});
