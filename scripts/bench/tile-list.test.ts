import { describe, expect, it } from "vitest";
import { BENCH_LAYERS, pickTiles, seededRandom } from "./tile-list.ts";

/** Positions in and around Jincheng city, frozen so the list is reproducible. */
const JINCHENG: readonly (readonly [number, number])[] = Object.freeze(
  Array.from({ length: 200 }, (_, i) => [112.3 + (i % 20) * 0.04, 35.3 + Math.floor(i / 20) * 0.06] as const),
);

describe("pickTiles", () => {
  it("gives the same list for the same seed and another for another seed", () => {
    const a = pickTiles(JINCHENG, { seed: 7, views: 60 });
    expect(pickTiles(JINCHENG, { seed: 7, views: 60 })).toEqual(a);
    expect(pickTiles(JINCHENG, { seed: 8, views: 60 })).not.toEqual(a);
  });

  it("asks every layer for each distinct view, mostly at z12–14", () => {
    const tiles = pickTiles(JINCHENG, { seed: 1, views: 80 });
    expect(tiles).toHaveLength(80 * BENCH_LAYERS.length);
    const views = new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`));
    expect(views.size).toBe(80);
    const detailed = tiles.filter((t) => t.z >= 12 && t.z <= 14).length / tiles.length;
    expect(detailed).toBeGreaterThan(0.6);
    expect(tiles.some((t) => t.z <= 11)).toBe(true);
  });

  it("stops at the distinct views there are instead of looping", () => {
    const tiles = pickTiles([[112.85, 35.49]], { seed: 3, views: 100, layers: ["mines"] });
    expect(tiles.length).toBeLessThanOrEqual(7);
  });

  it("refuses an empty anchor list", () => {
    expect(() => pickTiles([], { seed: 1, views: 5 })).toThrow("no anchor");
  });
});

describe("seededRandom", () => {
  it("stays in [0, 1)", () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const v = random();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});
