import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { cornersToRing } from "./crs.ts";
import { geodesicArea, geodesicDistance, geodesicLength, planarRingArea } from "./measure.ts";

const square = (w: number, s: number, d: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [w, s],
      [w + d, s],
      [w + d, s + d],
      [w, s + d],
      [w, s],
    ],
  ],
});

/** A 1 km square in GK metres, centred on (easting, northing). */
function gkSquare(easting: number, northing: number): Polygon {
  const c = (pointNo: number, x: number, y: number) => ({ pointNo, x, y });
  const ring = cornersToRing(
    [
      c(1, northing - 500, easting - 500),
      c(2, northing - 500, easting + 500),
      c(3, northing + 500, easting + 500),
      c(4, northing + 500, easting - 500),
    ],
    4546,
  );
  return { type: "Polygon", coordinates: [ring] };
}

describe("geodesicArea", () => {
  it("matches PostGIS geography for a 0.01° square near Jincheng", () => {
    // ST_Area(geography) = 1012695.4237561 m² (PostGIS 3.3, WGS84).
    expect(geodesicArea(square(112, 35, 0.01))).toBeCloseTo(1012695.4238, 2);
  });

  it("gives 1 km² for a 1 km GK square on the central meridian", () => {
    expect(Math.abs(geodesicArea(gkSquare(500_000, 3_940_000)) - 1_000_000)).toBeLessThan(0.05);
  });

  it("removes the GK scale factor 100 km from the central meridian", () => {
    // The plane exaggerates by k² ≈ 1.000246 there; PostGIS gives 999753.687 m².
    expect(geodesicArea(gkSquare(600_000, 3_940_000))).toBeCloseTo(999_753.687, 1);
  });

  it("subtracts holes and sums the parts of a MultiPolygon", () => {
    const outer = square(112, 35, 0.02).coordinates[0] as number[][];
    const hole = (square(112.005, 35.005, 0.01).coordinates[0] as number[][]).slice().reverse();
    const withHole: Polygon = { type: "Polygon", coordinates: [outer, hole] };
    const expected = geodesicArea(square(112, 35, 0.02)) - geodesicArea(square(112.005, 35.005, 0.01));
    expect(geodesicArea(withHole)).toBeCloseTo(expected, 6);
    const multi = {
      type: "MultiPolygon" as const,
      coordinates: [square(112, 35, 0.01).coordinates, square(113, 35, 0.01).coordinates],
    };
    expect(geodesicArea(multi)).toBeCloseTo(
      geodesicArea(square(112, 35, 0.01)) + geodesicArea(square(113, 35, 0.01)),
      6,
    );
  });

  it("does not depend on ring orientation", () => {
    const cw: Polygon = {
      type: "Polygon",
      coordinates: [(square(112, 35, 0.01).coordinates[0] as number[][]).slice().reverse()],
    };
    expect(geodesicArea(cw)).toBeCloseTo(geodesicArea(square(112, 35, 0.01)), 6);
  });

  it("is zero for points and lines", () => {
    expect(geodesicArea({ type: "Point", coordinates: [112, 35] })).toBe(0);
    expect(
      geodesicArea({
        type: "LineString",
        coordinates: [
          [112, 35],
          [113, 35],
        ],
      }),
    ).toBe(0);
  });
});

describe("geodesicLength", () => {
  it("matches PostGIS geography for a two-segment line", () => {
    // ST_Length(geography) = 2022.177282 m.
    const line = {
      type: "LineString" as const,
      coordinates: [
        [112, 35],
        [112, 35.01],
        [112.01, 35.01],
      ],
    };
    expect(geodesicLength(line)).toBeCloseTo(2022.1773, 3);
  });

  it("measures a degree of latitude at 35°N as about 110.95 km", () => {
    expect(geodesicDistance([112, 34.5], [112, 35.5])).toBeCloseTo(110_950, -2);
  });

  it("gives a square's perimeter", () => {
    expect(geodesicLength(gkSquare(500_000, 3_940_000))).toBeCloseTo(4000, 1);
  });
});

describe("planarRingArea", () => {
  it("is the shoelace area in either orientation", () => {
    const ring: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 3],
      [0, 3],
    ];
    expect(planarRingArea(ring)).toBe(6);
    expect(planarRingArea(ring.slice().reverse())).toBe(6);
  });
});
