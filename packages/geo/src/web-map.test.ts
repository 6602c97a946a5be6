import { describe, expect, it } from "vitest";
import { geodesicDistance } from "./measure.ts";
import {
  bd09ToGcj02,
  bd09ToWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  webMapToWgs84,
  wgs84ToBd09,
  wgs84ToGcj02,
} from "./web-map.ts";

// Published pair of the widely used coordtransform library for (116.404, 39.915).
const BEIJING = [116.404, 39.915] as const;

describe("forward formulae", () => {
  it("reproduce the published GCJ-02 and BD-09 values", () => {
    const gcj = wgs84ToGcj02(BEIJING);
    expect(gcj[0]).toBeCloseTo(116.41024449916938, 10);
    expect(gcj[1]).toBeCloseTo(39.91640428150164, 10);
    const bd = gcj02ToBd09(BEIJING);
    expect(bd[0]).toBeCloseTo(116.41036949371029, 10);
    expect(bd[1]).toBeCloseTo(39.92133699351021, 10);
  });

  it("leave points outside China as they are", () => {
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
  });
});

describe("iterative inverses", () => {
  const points: [number, number][] = [];
  for (let lng = 110.2; lng <= 114.6; lng += 0.55) {
    for (let lat = 34.5; lat <= 40.8; lat += 0.7) points.push([lng, lat]);
  }

  it("undo GCJ-02 to better than 0.01 m of the forward transform", () => {
    for (const wgs of points) {
      const back = gcj02ToWgs84(wgs84ToGcj02(wgs));
      expect(geodesicDistance(back, wgs)).toBeLessThan(0.01);
    }
  });

  it("undo BD-09 to better than 0.01 m, through GCJ-02 or directly", () => {
    for (const wgs of points) {
      const bd = wgs84ToBd09(wgs);
      expect(geodesicDistance(bd09ToWgs84(bd), wgs)).toBeLessThan(0.01);
      expect(geodesicDistance(bd09ToGcj02(bd), wgs84ToGcj02(wgs))).toBeLessThan(0.01);
    }
  });

  it("move a Shanxi point by the few hundred metres the maps shift it", () => {
    const gcj = wgs84ToGcj02([112.85, 35.49]);
    const shift = geodesicDistance(gcj, [112.85, 35.49]);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(1000);
    const bd = [116.41036949371029, 39.92133699351021] as const;
    const gcjBack = bd09ToGcj02(bd);
    expect(gcjBack[0]).toBeCloseTo(BEIJING[0], 9);
    expect(gcjBack[1]).toBeCloseTo(BEIJING[1], 9);
  });
});

describe("webMapToWgs84", () => {
  it("converts every position of a polygon and keeps the third ordinate", () => {
    const wgs = [
      [112.85, 35.49, 700],
      [112.86, 35.49, 701],
      [112.86, 35.5, 702],
      [112.85, 35.49, 700],
    ];
    const picked = wgs.map(([x, y, z]) => [...wgs84ToBd09([x as number, y as number]), z as number]);
    const back = webMapToWgs84({ type: "Polygon", coordinates: [picked] }, "bd09");
    back.coordinates[0]?.forEach((p, i) => {
      expect(geodesicDistance(p, wgs[i] as number[])).toBeLessThan(0.01);
      expect(p[2]).toBe(wgs[i]?.[2]);
    });
    const gcj = webMapToWgs84({ type: "Point", coordinates: wgs84ToGcj02([112.85, 35.49]) }, "gcj02");
    expect(geodesicDistance(gcj.coordinates, [112.85, 35.49])).toBeLessThan(0.01);
  });
});
