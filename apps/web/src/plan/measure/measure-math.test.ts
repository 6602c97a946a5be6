import { geodesicArea, geodesicDistance } from "@lianpian/geo";
import { describe, expect, it } from "vitest";
import { SQUARE } from "../rings.fixtures.ts";
import { circlePolygon, measure, measurementText } from "./measure-math.ts";

describe("measure", () => {
  it("measures a meridian degree at 35.5°N as the ellipsoid's series gives it", () => {
    // 111132.954 − 559.822·cos 2φ + 1.175·cos 4φ metres per degree at φ = 35.5°
    const phi = (35.5 * Math.PI) / 180;
    const expected = 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
    const m = measure("distance", [
      [112.8, 35],
      [112.8, 36],
    ]);
    expect(Math.abs(m.lengthM - expected)).toBeLessThan(2);
  });

  it("adds the legs of a path", () => {
    const a = [112.8, 35.4];
    const b = [112.9, 35.45];
    const c = [113, 35.4];
    expect(measure("distance", [a, b, c]).lengthM).toBeCloseTo(
      geodesicDistance(a, b) + geodesicDistance(b, c),
      6,
    );
  });

  it("measures the area of a ring closed for it, and its perimeter", () => {
    const m = measure("area", SQUARE.slice(0, -1));
    expect(m.areaM2).toBeCloseTo(geodesicArea({ type: "Polygon", coordinates: [SQUARE] }), 3);
    // about 906 m × 1109 m
    expect(m.areaM2).toBeGreaterThan(990_000);
    expect(m.areaM2).toBeLessThan(1_030_000);
    expect(m.lengthM).toBeGreaterThan(4000);
  });

  it("measures a circle's radius, and its polygon has the circle's area", () => {
    const centre = [112.85, 35.5];
    const edge = [112.86, 35.5];
    const m = measure("circle", [centre, edge]);
    expect(m.radiusM).toBeCloseTo(geodesicDistance(centre, edge), 6);
    const polygonArea = geodesicArea(circlePolygon(centre, m.radiusM ?? 0, 256));
    expect(Math.abs(polygonArea - (m.areaM2 ?? 0)) / (m.areaM2 ?? 1)).toBeLessThan(0.002);
  });
});

describe("measurementText", () => {
  it("gives a distance in km and an area in m², 亩 and ha, English too", () => {
    expect(measurementText({ mode: "distance", lengthM: 1234.5 }, "zh")).toEqual(["距离 1.235千米"]);
    expect(measurementText({ mode: "distance", lengthM: 1234.5 }, "en")).toEqual(["Distance 1.235 km"]);
    const [area] = measurementText({ mode: "area", lengthM: 400, areaM2: 10_000 }, "zh");
    expect(area).toBe("面积 10,000平方米 · 15亩 · 1公顷");
    const [, circleArea] = measurementText(
      { mode: "circle", lengthM: 0, radiusM: 1000, areaM2: 2_000_000 },
      "en",
    );
    expect(circleArea).toBe("Area 2 km² · 3,000 mu · 200 ha");
  });
});
