import { describe, expect, it } from "vitest";
import { sridFromGuotuHeader } from "./guotu.ts";

const CGCS = "2000国家大地坐标系";
const GK = "高斯克吕格";

describe("sridFromGuotuHeader", () => {
  it("reads a 3° zone with the zone number in the eastings", () => {
    expect(
      sridFromGuotuHeader({ coordinateSystem: CGCS, zoneWidth: 3, projection: GK, zoneNumber: 38 }),
    ).toEqual({
      ok: true,
      srid: 4526,
      name: "CGCS2000 / 3-degree Gauss-Kruger zone 38",
    });
    expect(
      sridFromGuotuHeader({ coordinateSystem: "CGCS2000", zoneWidth: "3", projection: GK, zoneNumber: "25" }),
    ).toMatchObject({ srid: 4513 });
    expect(
      sridFromGuotuHeader({ coordinateSystem: CGCS, zoneWidth: "3度", projection: GK, zoneNumber: "45" }),
    ).toMatchObject({ srid: 4533 });
  });

  it("tells the prefix from an easting of the file", () => {
    const h = { coordinateSystem: CGCS, zoneWidth: 3, projection: GK, zoneNumber: 37 };
    expect(sridFromGuotuHeader({ ...h, easting: 37_608_742.75 })).toMatchObject({ srid: 4525 });
    expect(sridFromGuotuHeader({ ...h, easting: 608_742.75 })).toMatchObject({ srid: 4546 });
    expect(sridFromGuotuHeader({ ...h, prefix: false })).toMatchObject({ srid: 4546 });
    expect(sridFromGuotuHeader({ ...h, easting: 38_400_000 })).toMatchObject({
      ok: false,
      reason: "zone_mismatch",
    });
  });

  it("reads 6° zones with and without prefix", () => {
    const h = { coordinateSystem: CGCS, zoneWidth: "6", projection: "高斯-克吕格" };
    expect(sridFromGuotuHeader({ ...h, zoneNumber: 13 })).toMatchObject({ srid: 4491 });
    expect(sridFromGuotuHeader({ ...h, zoneNumber: 23 })).toMatchObject({ srid: 4501 });
    expect(sridFromGuotuHeader({ ...h, zoneNumber: 19, prefix: false })).toMatchObject({ srid: 4508 });
    expect(sridFromGuotuHeader({ ...h, zoneNumber: 12 })).toMatchObject({ ok: false, reason: "bad_zone" });
  });

  it("accepts a central meridian written as 带号, and infers the width when it is missing", () => {
    expect(
      sridFromGuotuHeader({ coordinateSystem: CGCS, zoneWidth: 3, zoneNumber: 114, prefix: false }),
    ).toMatchObject({
      srid: 4547,
    });
    expect(sridFromGuotuHeader({ coordinateSystem: CGCS, zoneNumber: 38 })).toMatchObject({ srid: 4526 });
    expect(sridFromGuotuHeader({ coordinateSystem: CGCS, zoneNumber: 20 })).toMatchObject({ srid: 4498 });
    // CM 117°E is 3° zone 39 and 6° zone 20: without the width it is ambiguous.
    expect(sridFromGuotuHeader({ coordinateSystem: CGCS, zoneNumber: 117 })).toMatchObject({
      reason: "bad_zone",
    });
  });

  it("refuses Xi'an 80 and Beijing 54, naming the projection for the seven parameters", () => {
    const xian = sridFromGuotuHeader({
      coordinateSystem: "80西安坐标系",
      zoneWidth: 3,
      projection: GK,
      zoneNumber: 37,
    });
    expect(xian).toMatchObject({
      ok: false,
      reason: "xian80",
      projection: { centralMeridian: 111, falseEasting: 37_500_000 },
    });
    if (!xian.ok) {
      expect(xian.message_zh).toContain("七参数");
      expect(xian.message_en).toContain("seven parameters");
    }
    expect(
      sridFromGuotuHeader({
        coordinateSystem: "1954北京坐标系",
        zoneWidth: 6,
        zoneNumber: 19,
        easting: 612_000,
      }),
    ).toMatchObject({ reason: "beijing54", projection: { centralMeridian: 111, falseEasting: 500_000 } });
  });

  it("refuses unknown systems and projections", () => {
    expect(
      sridFromGuotuHeader({ coordinateSystem: "地方坐标系", zoneWidth: 3, zoneNumber: 38 }),
    ).toMatchObject({
      reason: "unknown",
    });
    expect(
      sridFromGuotuHeader({ coordinateSystem: CGCS, projection: "兰勃特", zoneWidth: 3, zoneNumber: 38 }),
    ).toMatchObject({ reason: "unsupported_projection" });
    expect(sridFromGuotuHeader({ coordinateSystem: CGCS, zoneWidth: 3 })).toMatchObject({
      reason: "bad_zone",
    });
  });
});
