import { describe, expect, it } from "vitest";
import {
  CRS_REGISTRY,
  cornersToRing,
  crsInfo,
  fromProjected,
  gkZoneSrid,
  isProjectedSrid,
  isSupportedSrid,
  type ProjectedSrid,
  prjWkt,
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
    expect(CRS_REGISTRY[4526]?.zonePrefix).toBe(38);
  });
});

describe("the full registry", () => {
  it("holds 4326, 4490 and the 64 CGCS2000 GK zones", () => {
    const srids = Object.keys(CRS_REGISTRY).map(Number);
    expect(srids).toHaveLength(66);
    for (let srid = 4491; srid <= 4554; srid++) expect(isProjectedSrid(srid)).toBe(true);
    expect(isProjectedSrid(4326)).toBe(false);
    expect(isSupportedSrid(4490.5)).toBe(false);
    expect(crsInfo(3857)).toBeUndefined();
  });

  it("describes each GK zone by its EPSG name, proj4 and parameters", () => {
    expect(crsInfo(4513)).toMatchObject({
      name: "CGCS2000 / 3-degree Gauss-Kruger zone 25",
      proj4: "+proj=tmerc +lat_0=0 +lon_0=75 +k=1 +x_0=25500000 +y_0=0 +ellps=GRS80 +units=m +no_defs",
      zonePrefix: 25,
      zoneWidth: 3,
    });
    expect(crsInfo(4554)?.name).toBe("CGCS2000 / 3-degree Gauss-Kruger CM 135E");
    expect(crsInfo(4554)?.zonePrefix).toBeUndefined();
    expect(crsInfo(4498)?.name).toBe("CGCS2000 / Gauss-Kruger zone 20");
    expect(crsInfo(4509)?.proj4).toContain("+lon_0=117 +k=1 +x_0=500000 ");
  });

  it("gives a .prj text in the ESRI flavour and the OGC one", () => {
    expect(prjWkt(4547)).toMatch(
      /^PROJCS\["CGCS2000_3_Degree_GK_CM_114E",GEOGCS\["GCS_China_Geodetic_Coordinate_System_2000"/,
    );
    expect(prjWkt(4547)).toContain('PARAMETER["Central_Meridian",114.0]');
    expect(prjWkt(4526)).toContain('"CGCS2000_3_Degree_GK_Zone_38"');
    expect(prjWkt(4526)).toContain('PARAMETER["False_Easting",38500000.0]');
    expect(prjWkt(4498)).toContain('"CGCS2000_GK_Zone_20"');
    expect(prjWkt(4509)).toContain('"CGCS2000_GK_CM_117E"');
    expect(prjWkt(4326)).toMatch(/^GEOGCS\["GCS_WGS_1984"/);
    expect(prjWkt(4547, "ogc")).toContain('AUTHORITY["EPSG","4547"]');
    expect(() => prjWkt(3857)).toThrow(RangeError);
  });

  it("projects in any GK zone, 6° ones included", () => {
    // On the central meridian the easting is the false easting exactly.
    expect(toProjected([117, 36], 4498)[0]).toBeCloseTo(20_500_000, 6);
    expect(toProjected([117, 36], 4509)[0]).toBeCloseTo(500_000, 6);
    const en = toProjected(QINSHUI, 4497);
    expect(fromProjected(en, 4497)[0]).toBeCloseTo(QINSHUI[0], 9);
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
