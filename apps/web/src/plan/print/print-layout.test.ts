import { describe, expect, it } from "vitest";
import {
  fitScale,
  frameSize,
  gkLabel,
  gridValues,
  metresPerPixel,
  scaleBar,
  zoomForScale,
} from "./print-layout.ts";

describe("print layout", () => {
  it("sizes the map frame for A4 and A3 in both orientations", () => {
    expect(frameSize("A4", "portrait")).toEqual([162, 193]);
    expect(frameSize("A3", "landscape")).toEqual([372, 193]);
    expect(frameSize("A3", "portrait")[0]).toBeGreaterThan(frameSize("A4", "portrait")[0]);
  });

  it("sets the zoom so that a CSS pixel covers the ground of 1:N on paper", () => {
    const z = zoomForScale(10_000, 37.8);
    const groundPerPixel = (2 * Math.PI * 6378137 * Math.cos((37.8 * Math.PI) / 180)) / (512 * 2 ** z);
    expect(groundPerPixel).toBeCloseTo(metresPerPixel(10_000), 9);
    expect(metresPerPixel(10_000)).toBeCloseTo(2.6458, 4);
    expect(zoomForScale(5_000, 37.8) - zoomForScale(10_000, 37.8)).toBeCloseTo(1, 9);
  });

  it("fits a zone with the smallest offered scale that holds it", () => {
    // 3 km × 1 km in a 372 × 203 mm frame: 3000 / (372 × 0.9) × 1000 ≈ 8961 → 1:10 000
    expect(fitScale(3000, 1000, [372, 203])).toBe(10_000);
    expect(fitScale(300, 100, [372, 203])).toBe(1000);
    expect(fitScale(900_000, 10, [162, 203])).toBe(6_200_000);
  });

  it("draws a scale bar of a round length no longer than asked", () => {
    expect(scaleBar(10_000)).toEqual({ metres: 200, label: "200 m", mm: 20 });
    expect(scaleBar(50_000)).toEqual({ metres: 2000, label: "2 km", mm: 40 });
    expect(scaleBar(2_500).mm).toBeLessThanOrEqual(40);
  });

  it("lists grid values and labels GK coordinates with the zone number", () => {
    expect(gridValues(4_190_150, 4_191_020, 500)).toEqual([4_190_500, 4_191_000]);
    expect(gkLabel(512_000, 37)).toBe("37 512 000");
    expect(gkLabel(4_190_500)).toBe("4 190 500");
  });
});
