import type { Geometry, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { toProjected } from "./crs.ts";
import { customDatumCrs } from "./old-datums.ts";
import { reprojectGeometry, reprojectPosition, toWgs84 } from "./reproject.ts";

// PostGIS ST_Transform reference (see crs.test.ts).
const QINSHUI = [112.2, 35.6];
const QINSHUI_4546 = [608742.749136, 3941823.500842];

function square(x: number, y: number, size: number): number[][] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

describe("reprojectGeometry", () => {
  it("matches PostGIS for a point from a GK zone", () => {
    const g = reprojectGeometry({ type: "Point", coordinates: QINSHUI_4546 }, 4546, 4326);
    expect(g.coordinates[0]).toBeCloseTo(112.2, 9);
    expect(g.coordinates[1]).toBeCloseTo(35.6, 9);
  });

  it("keeps rings, holes and parts of every geometry type, and the third ordinate", () => {
    const outer = square(608000, 3941000, 1000);
    const hole = square(608200, 3941200, 100);
    const geometries: Geometry[] = [
      { type: "Point", coordinates: [608000, 3941000, 812.5] },
      { type: "MultiPoint", coordinates: [outer[0] as number[], outer[1] as number[]] },
      { type: "LineString", coordinates: outer },
      { type: "MultiLineString", coordinates: [outer, hole] },
      { type: "Polygon", coordinates: [outer, hole] },
      { type: "MultiPolygon", coordinates: [[outer, hole], [square(620000, 3950000, 50)]] },
      { type: "GeometryCollection", geometries: [{ type: "Polygon", coordinates: [outer, hole] }] },
    ];
    for (const g of geometries) {
      const out = toWgs84(g, 4546);
      expect(out.type).toBe(g.type);
      const back = reprojectGeometry(out, 4326, 4546);
      expect(JSON.stringify(shape(back))).toBe(JSON.stringify(shape(g)));
      expect(maxDiff(back, g)).toBeLessThan(1e-6);
    }
    const point = toWgs84({ type: "Point", coordinates: [608000, 3941000, 812.5] }, 4546);
    expect(point.coordinates[2]).toBe(812.5);
    const poly = toWgs84({ type: "Polygon", coordinates: [outer, hole] } as Polygon, 4546);
    expect(poly.coordinates[0]?.[0]).toEqual(poly.coordinates[0]?.[4]);
  });

  it("leaves the input untouched and copies when from = to", () => {
    const g: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(0, 0, 1)]] };
    const copy = reprojectGeometry(g, 4326, 4326);
    expect(copy).toEqual(g);
    expect(copy).not.toBe(g);
    toWgs84(g, 4547);
    expect(g.coordinates[0]?.[0]?.[1]).toEqual([1, 0]);
  });

  it("carries CGCS2000 onto WGS 84 unchanged (the same at map scale)", () => {
    const p = reprojectPosition(QINSHUI, 4490, 4326);
    expect(Math.abs((p[0] as number) - 112.2)).toBeLessThan(1e-9);
    expect(Math.abs((p[1] as number) - 35.6)).toBeLessThan(1e-9);
  });

  it("moves between zones and between prefix and no prefix", () => {
    const p = reprojectPosition(QINSHUI_4546, 4546, 4525);
    expect(p[0]).toBeCloseTo(37_000_000 + (QINSHUI_4546[0] as number), 4);
    expect(p[1]).toBeCloseTo(QINSHUI_4546[1] as number, 4);
    const east = reprojectPosition(QINSHUI_4546, 4546, 4547);
    const expected = toProjected(QINSHUI as [number, number], 4547);
    expect(east[0]).toBeCloseTo(expected[0], 4);
  });

  it("refuses an SRID outside the registry", () => {
    expect(() => toWgs84({ type: "Point", coordinates: [0, 0] }, 3857)).toThrow(RangeError);
  });
});

describe("customDatumCrs", () => {
  const zero = { dx: 0, dy: 0, dz: 0, rx: 0, ry: 0, rz: 0, ppm: 0 };

  it("writes a GK definition on the old ellipsoid with the seven parameters", () => {
    expect(
      customDatumCrs({ datum: "xian80", centralMeridian: 111, params: { ...zero, dx: 24.1, rz: -1.2 } }),
    ).toBe(
      "+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 +a=6378140 +b=6356755.288157528 +towgs84=24.1,0,0,0,0,-1.2,0 +units=m +no_defs",
    );
    expect(customDatumCrs({ datum: "beijing54", params: zero })).toBe(
      "+proj=longlat +ellps=krass +towgs84=0,0,0,0,0,0,0 +no_defs",
    );
    expect(() => customDatumCrs({ datum: "xian80", params: { ...zero, ppm: Number.NaN } })).toThrow(
      RangeError,
    );
  });

  it("is usable for reprojection, and the parameters move the result", () => {
    const xy = [37_608_742.749, 3_941_823.501];
    const def = (dx: number) =>
      customDatumCrs({
        datum: "xian80",
        centralMeridian: 111,
        falseEasting: 37_500_000,
        params: { ...zero, dx },
      });
    const a = reprojectPosition(xy, def(0), 4326);
    expect(a[0]).toBeCloseTo(112.2, 3);
    expect(a[1]).toBeCloseTo(35.6, 3);
    const b = reprojectPosition(xy, def(100), 4326);
    const moved = Math.hypot(
      ((b[0] as number) - (a[0] as number)) * 90_000,
      ((b[1] as number) - (a[1] as number)) * 111_000,
    );
    // A 100 m shift of the geocentric X axis moves a point at 112°E, 35.6°N by tens of metres.
    expect(moved).toBeGreaterThan(30);
    expect(moved).toBeLessThan(101);
  });
});

function shape(g: Geometry): unknown {
  if (g.type === "GeometryCollection") return g.geometries.map(shape);
  const walk = (c: unknown): unknown =>
    Array.isArray(c) && Array.isArray(c[0]) ? c.map(walk) : (c as number[]).length;
  return walk(g.coordinates);
}

function maxDiff(a: Geometry, b: Geometry): number {
  const flat = (g: Geometry): number[] =>
    JSON.stringify(g)
      .match(/-?\d+(\.\d+)?(e-?\d+)?/g)
      ?.map(Number) ?? [];
  const x = flat(a);
  const y = flat(b);
  return Math.max(...x.map((v, i) => Math.abs(v - (y[i] as number))));
}
