import { describe, expect, it } from "vitest";
import { latitudeOfMercatorY, mercatorY, tileCoordinates, tileOf } from "./layers.ts";

describe("tileOf", () => {
  it("finds the tile of Jincheng at z10 and the world tile at z0", () => {
    expect(tileOf(112.85, 35.49, 0)).toEqual({ x: 0, y: 0 });
    // x = floor(292.85 / 360 · 1024) = 832; y from the Mercator formula = 403
    expect(tileOf(112.85, 35.49, 10)).toEqual({ x: 832, y: 403 });
  });
});

describe("Web Mercator", () => {
  it("maps a latitude to its northing and back, and stops at the grid's edge", () => {
    for (const lat of [-60, 0, 35.49, 80]) expect(latitudeOfMercatorY(mercatorY(lat))).toBeCloseTo(lat, 10);
    expect(mercatorY(0)).toBeCloseTo(0, 12);
    expect(mercatorY(89)).toBeCloseTo(Math.PI, 6);
  });

  it("places a position in fractional tiles: the tile's index is its floor", () => {
    const [x, y] = tileCoordinates(112.85, 35.49, 10);
    expect(Math.floor(x)).toBe(832);
    expect(Math.floor(y)).toBe(403);
    expect(x % 1).toBeGreaterThan(0);
    // a pole past the grid's edge falls in its first or last row
    expect(tileOf(0, 89.9, 4).y).toBe(0);
    expect(tileOf(0, -89.9, 4).y).toBe(15);
  });
});
