import { describe, expect, it } from "vitest";
import {
  CRS_REGISTRY,
  cornersToRing,
  fromProjected,
  gkZoneSrid,
  isProjectedSrid,
  isSupportedSrid,
  type ProjectedSrid,
  ringToCorners,
  toProjected,
} from "./crs.ts";

// Reference values from PostGIS 3.3 / PROJ 9.1 ST_Transform with the same definitions.
const QINSHUI = [112.2, 35.6] as const;
const QINSHUI_4546 = [608742.749136, 3941823.500842] as const;
const CITY = [112.9, 35.5] as const;
const CITY_4547 = [400195.655441, 3930621.866881] as const;

describe("gkZoneSrid", () => {
  it("splits Jincheng at 112.5°E", () => {
    expect(gkZoneSrid(112.2)).toBe(4546);
    expect(gkZoneSrid(112.4999)).toBe(4546);
    expect(gkZoneSrid(112.5)).toBe(4547);
    expect(gkZoneSrid(113.6)).toBe(4547);
  });
});

describe("the registry", () => {
  it("knows the CGCS2000 systems and tells projected from geographic", () => {
    expect(isSupportedSrid(4490)).toBe(true);
    expect(isSupportedSrid(3857)).toBe(false);
    expect(isProjectedSrid(4547)).toBe(true);
    expect(isProjectedSrid(4490)).toBe(false);
    expect(CRS_REGISTRY[4526].zonePrefix).toBe(38);
  });
});

describe("toProjected / fromProjected", () => {
  it("matches PostGIS in the CM 111°E zone to the millimetre", () => {
    const [e, n] = toProjected(QINSHUI, 4546);
    expect(e).toBeCloseTo(QINSHUI_4546[0], 3);
    expect(n).toBeCloseTo(QINSHUI_4546[1], 3);
  });

  it("matches PostGIS in the CM 114°E zone to the millimetre", () => {
    const [e, n] = toProjected(CITY, 4547);
    expect(e).toBeCloseTo(CITY_4547[0], 3);
    expect(n).toBeCloseTo(CITY_4547[1], 3);
  });

  it("puts the zone number in front of the easting for EPSG:4525/4526", () => {
    expect(toProjected(QINSHUI, 4525)[0]).toBeCloseTo(37_000_000 + QINSHUI_4546[0], 3);
    expect(toProjected(CITY, 4526)[0]).toBeCloseTo(38_000_000 + CITY_4547[0], 3);
  });

  it("round-trips points across Jincheng to well under a millimetre", () => {
    const srids: ProjectedSrid[] = [4546, 4547, 4525, 4526];
    for (const srid of srids) {
      for (let lng = 111.9; lng <= 113.65; lng += 0.25) {
        for (let lat = 35.2; lat <= 36.1; lat += 0.15) {
          const en = toProjected([lng, lat], srid);
          const back = fromProjected(en, srid);
          const again = toProjected(back, srid);
          expect(Math.abs(again[0] - en[0])).toBeLessThan(1e-3);
          expect(Math.abs(again[1] - en[1])).toBeLessThan(1e-3);
          // 1e-8 degrees is about 1 mm on the ground.
          expect(Math.abs(back[0] - lng)).toBeLessThan(1e-8);
          expect(Math.abs(back[1] - lat)).toBeLessThan(1e-8);
        }
      }
    }
  });

  it("refuses a geographic SRID", () => {
    expect(() => toProjected(CITY, 4490 as ProjectedSrid)).toThrow(RangeError);
  });
});

describe("corner lists", () => {
  const corners = [
    { pointNo: 1, x: 3939500, y: 499500 },
    { pointNo: 2, x: 3939500, y: 500500 },
    { pointNo: 3, x: 3940500, y: 500500 },
    { pointNo: 4, x: 3940500, y: 499500 },
  ];

  it("read X as northing and Y as easting", () => {
    const ring = cornersToRing(corners, 4546);
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    const [lng, lat] = ring[0] as [number, number];
    // On the central meridian, 500 m west of it.
    expect(lng).toBeLessThan(111);
    expect(lng).toBeGreaterThan(110.99);
    expect(lat).toBeGreaterThan(35.5);
    expect(lat).toBeLessThan(35.7);
  });

  it("order by point number, whatever the input order", () => {
    const shuffled = [corners[2], corners[0], corners[3], corners[1]] as typeof corners;
    expect(cornersToRing(shuffled, 4546)).toEqual(cornersToRing(corners, 4546));
  });

  it("round-trip a ring to corners to the millimetre", () => {
    const ring = cornersToRing(corners, 4546);
    const back = ringToCorners(ring, 4546);
    expect(back).toHaveLength(4);
    back.forEach((c, i) => {
      expect(c.pointNo).toBe(i + 1);
      expect(Math.abs(c.x - (corners[i]?.x ?? 0))).toBeLessThanOrEqual(1e-3);
      expect(Math.abs(c.y - (corners[i]?.y ?? 0))).toBeLessThanOrEqual(1e-3);
    });
  });
});
