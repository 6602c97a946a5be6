import { describe, expect, it } from "vitest";
import {
  centralMeridianOf,
  GK_ZONES,
  gkSrid,
  gkSridFor,
  gkSridOfEasting,
  gkZoneBySrid,
  gkZoneOfEasting,
  zoneOfCentralMeridian,
} from "./gk-zones.ts";

describe("the CGCS2000 GK zones", () => {
  it("cover EPSG:4491–4554 once each", () => {
    expect(GK_ZONES.map((z) => z.srid)).toEqual(Array.from({ length: 64 }, (_, i) => 4491 + i));
  });

  it("number the four series as EPSG does", () => {
    expect(gkZoneBySrid(4513)).toMatchObject({ width: 3, zone: 25, centralMeridian: 75, prefix: true });
    expect(gkZoneBySrid(4533)).toMatchObject({
      width: 3,
      zone: 45,
      centralMeridian: 135,
      falseEasting: 45_500_000,
    });
    expect(gkZoneBySrid(4534)).toMatchObject({ width: 3, zone: 25, centralMeridian: 75, prefix: false });
    expect(gkZoneBySrid(4554)).toMatchObject({ centralMeridian: 135, falseEasting: 500_000 });
    expect(gkZoneBySrid(4491)).toMatchObject({
      width: 6,
      zone: 13,
      centralMeridian: 75,
      falseEasting: 13_500_000,
    });
    expect(gkZoneBySrid(4501)).toMatchObject({ width: 6, zone: 23, centralMeridian: 135 });
    expect(gkZoneBySrid(4502)).toMatchObject({ width: 6, zone: 13, prefix: false });
    expect(gkZoneBySrid(4512)).toMatchObject({ width: 6, zone: 23, prefix: false });
    expect(gkZoneBySrid(4490)).toBeUndefined();
    expect(gkZoneBySrid(4555)).toBeUndefined();
  });

  it("relate zone numbers and central meridians", () => {
    expect(centralMeridianOf(3, 38)).toBe(114);
    expect(centralMeridianOf(6, 19)).toBe(111);
    expect(zoneOfCentralMeridian(3, 114)).toBe(38);
    expect(zoneOfCentralMeridian(6, 111)).toBe(19);
    expect(zoneOfCentralMeridian(6, 114)).toBeUndefined();
    expect(gkSrid(3, 37, false)).toBe(4546);
    expect(gkSrid(3, 46, false)).toBeUndefined();
  });
});

describe("gkSridFor", () => {
  it("picks the 3° zone by the nearest central meridian, the border going east", () => {
    expect(gkSridFor(112.2, { width: 3, prefix: false })).toBe(4546);
    expect(gkSridFor(112.4999999, { width: 3, prefix: false })).toBe(4546);
    expect(gkSridFor(112.5, { width: 3, prefix: false })).toBe(4547);
    expect(gkSridFor(112.5, { width: 3, prefix: true })).toBe(4526);
    expect(gkSridFor(112.2, { width: 3, prefix: true })).toBe(4525);
    expect(gkSridFor(109.5, { width: 3, prefix: true })).toBe(4525);
  });

  it("picks the 6° zone by its 6° strip", () => {
    expect(gkSridFor(113.9, { width: 6, prefix: true })).toBe(4497); // zone 19, CM 111
    expect(gkSridFor(114, { width: 6, prefix: true })).toBe(4498); // zone 20, CM 117
    expect(gkSridFor(110.2, { width: 6, prefix: false })).toBe(4508);
  });

  it("refuses longitudes outside China's zones", () => {
    expect(() => gkSridFor(10, { width: 3, prefix: false })).toThrow(RangeError);
    expect(() => gkSridFor(137, { width: 3, prefix: false })).toThrow(RangeError);
    expect(() => gkSridFor(Number.NaN, { width: 6, prefix: false })).toThrow(RangeError);
  });
});

describe("gkZoneOfEasting", () => {
  it("reads the zone number from the leading two digits", () => {
    expect(gkZoneOfEasting(38_512_345.67)).toBe(38);
    expect(gkZoneOfEasting(37_400_000)).toBe(37);
    expect(gkZoneOfEasting(19_600_000)).toBe(19);
    expect(gkZoneOfEasting(10_000_000)).toBe(10);
  });

  it("says null for an easting without the prefix", () => {
    expect(gkZoneOfEasting(512_345.67)).toBeNull();
    expect(gkZoneOfEasting(9_999_999.99)).toBeNull();
    expect(gkZoneOfEasting(3_941_823)).toBeNull();
    expect(gkZoneOfEasting(138_500_000)).toBeNull();
    expect(gkZoneOfEasting(Number.NaN)).toBeNull();
  });
});

describe("gkSridOfEasting", () => {
  it("names the prefixed zone of an easting, 3° or 6° by the number", () => {
    expect(gkSridOfEasting(38_512_345.67)).toBe(4526);
    expect(gkSridOfEasting(25_100_000)).toBe(4513);
    expect(gkSridOfEasting(45_900_000)).toBe(4533);
    expect(gkSridOfEasting(19_600_000)).toBe(4497);
    expect(gkSridOfEasting(24_500_000)).toBeUndefined();
    expect(gkSridOfEasting(512_345.67)).toBeUndefined();
  });
});
