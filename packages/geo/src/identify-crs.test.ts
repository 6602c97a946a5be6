import { describe, expect, it } from "vitest";
import { prjWkt } from "./crs.ts";
import { identifyCrs } from "./identify-crs.ts";

const esriGk = (name: string, geog: string, fe: number, cm: number) =>
  `PROJCS["${name}",${geog},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe}],` +
  `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],` +
  `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
const GRS80_GEOG =
  'GEOGCS["GCS_GRS_1980",DATUM["D_GRS_1980",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const XIAN_GEOG =
  'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const BEIJING_OGC =
  'GEOGCS["Beijing 1954",DATUM["Beijing_1954",SPHEROID["Krassowsky 1940",6378245,298.3,AUTHORITY["EPSG","7024"]],TOWGS84[15.8,-154.4,-82.3,0,0,0,0],AUTHORITY["EPSG","6214"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4214"]]';

describe("identifyCrs by EPSG code", () => {
  it("accepts the registry's codes", () => {
    expect(identifyCrs({ epsg: 4547 })).toEqual({
      ok: true,
      srid: 4547,
      name: "CGCS2000 / 3-degree Gauss-Kruger CM 114E",
    });
    expect(identifyCrs({ epsg: 4326 })).toMatchObject({ ok: true, srid: 4326 });
  });

  it("refuses Xi'an 80 and Beijing 54 codes with their projection", () => {
    expect(identifyCrs({ epsg: 2362 })).toMatchObject({
      ok: false,
      reason: "xian80",
      projection: { centralMeridian: 114, falseEasting: 38_500_000 },
    });
    expect(identifyCrs({ epsg: 2382 })).toMatchObject({
      reason: "xian80",
      projection: { centralMeridian: 111 },
    });
    expect(identifyCrs({ epsg: 21459 })).toMatchObject({
      reason: "beijing54",
      projection: { centralMeridian: 111 },
    });
    expect(identifyCrs({ epsg: 4214 })).toMatchObject({ reason: "beijing54" });
  });

  it("says unknown for others, unless the WKT knows better", () => {
    expect(identifyCrs({ epsg: 3857 })).toMatchObject({ ok: false, reason: "unknown" });
    expect(identifyCrs({ epsg: 99999, wkt: prjWkt(4546) })).toMatchObject({ ok: true, srid: 4546 });
  });
});

describe("identifyCrs by WKT", () => {
  it("reads every registry WKT back to its srid, ESRI and OGC flavours", () => {
    for (const srid of [4326, 4490, 4491, 4501, 4502, 4512, 4513, 4526, 4533, 4534, 4547, 4554]) {
      expect(identifyCrs({ wkt: prjWkt(srid, "esri") }), `esri ${srid}`).toMatchObject({ ok: true, srid });
      expect(identifyCrs({ wkt: prjWkt(srid, "ogc") }), `ogc ${srid}`).toMatchObject({ ok: true, srid });
    }
  });

  it("reads a WKT2 text", () => {
    const wkt2 =
      'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],CONVERSION["3-degree Gauss-Kruger CM 114E",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Longitude of natural origin",114,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1]],PARAMETER["False easting",500000,LENGTHUNIT["metre",1]],PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],AXIS["northing (X)",north,ORDER[1],LENGTHUNIT["metre",1]],AXIS["easting (Y)",east,ORDER[2],LENGTHUNIT["metre",1]]]';
    expect(identifyCrs({ wkt: wkt2 })).toMatchObject({ ok: true, srid: 4547 });
  });

  it("finds a GK zone by its parameters on GRS80 whatever its name", () => {
    expect(identifyCrs({ wkt: esriGk("my_county_grid", GRS80_GEOG, 38500000, 114) })).toMatchObject({
      srid: 4526,
    });
    expect(identifyCrs({ wkt: esriGk("odd", GRS80_GEOG, 500000, 111) })).toMatchObject({ srid: 4546 });
    expect(identifyCrs({ wkt: esriGk("odd", GRS80_GEOG, 19500000, 111) })).toMatchObject({ srid: 4497 });
    expect(identifyCrs({ wkt: esriGk("CGCS2000_GK_CM_111E", GRS80_GEOG, 500000, 111) })).toMatchObject({
      srid: 4508,
    });
  });

  it("refuses a TM that is no CGCS2000 zone", () => {
    expect(identifyCrs({ wkt: esriGk("odd", GRS80_GEOG, 500000, 112.5) })).toMatchObject({
      reason: "bad_zone",
    });
    expect(identifyCrs({ wkt: esriGk("odd", GRS80_GEOG, 37500000, 114) })).toMatchObject({
      reason: "bad_zone",
    });
    const utm = prjWkt(4547).replace("Gauss_Kruger", "Lambert_Conformal_Conic");
    expect(identifyCrs({ wkt: utm })).toMatchObject({ reason: "unsupported_projection" });
  });

  it("refuses Xi'an 80 and Beijing 54 with a clear message and the projection", () => {
    const xian = identifyCrs({ wkt: esriGk("Xian_1980_3_Degree_GK_CM_111E", XIAN_GEOG, 500000, 111) });
    expect(xian).toMatchObject({
      ok: false,
      reason: "xian80",
      projection: { centralMeridian: 111, falseEasting: 500000 },
    });
    if (!xian.ok) expect(xian.message_zh).toContain("西安");
    // Named oddly, told by the IAG 1975 ellipsoid alone.
    const odd = XIAN_GEOG.replace(/Xian_1980/g, "local");
    expect(identifyCrs({ wkt: esriGk("local", odd, 37500000, 111) })).toMatchObject({ reason: "xian80" });
    expect(identifyCrs({ wkt: BEIJING_OGC })).toMatchObject({ reason: "beijing54" });
    const krass = BEIJING_OGC.replace(/Beijing[ _]1954/g, "x").replace("Krassowsky 1940", "k");
    expect(identifyCrs({ wkt: krass })).toMatchObject({ reason: "beijing54" });
  });

  it("says unknown for garbage and other ellipsoids", () => {
    expect(identifyCrs({ wkt: "not a wkt" })).toMatchObject({ reason: "unknown" });
    const intl = GRS80_GEOG.replace("6378137.0,298.257222101", "6378388.0,297.0");
    expect(identifyCrs({ wkt: intl })).toMatchObject({ reason: "unknown" });
  });
});

describe("identifyCrs by description", () => {
  it("reads EPSG codes and named systems", () => {
    expect(identifyCrs({ description: "EPSG:4526" })).toMatchObject({ srid: 4526 });
    expect(identifyCrs({ description: "urn:ogc:def:crs:EPSG::4490" })).toMatchObject({ srid: 4490 });
    expect(identifyCrs({ description: "http://www.opengis.net/def/crs/EPSG/0/4547" })).toMatchObject({
      srid: 4547,
    });
    expect(identifyCrs({ description: "urn:ogc:def:crs:OGC:1.3:CRS84" })).toMatchObject({ srid: 4326 });
    expect(identifyCrs({ description: "CGCS2000" })).toMatchObject({ srid: 4490 });
    expect(identifyCrs({ description: "WGS84经纬度" })).toMatchObject({ srid: 4326 });
    expect(identifyCrs({ description: "2000国家大地坐标系 3度带 38带" })).toMatchObject({ srid: 4526 });
    expect(identifyCrs({ description: "CGCS2000 3度带 中央经线114" })).toMatchObject({ srid: 4547 });
    const header = "坐标系=2000国家大地坐标系; 几度分带=6; 投影类型=高斯克吕格; 带号=19";
    expect(identifyCrs({ description: header })).toMatchObject({ srid: 4497 });
  });

  it("refuses web-map and old systems", () => {
    expect(identifyCrs({ description: "GCJ-02 高德拾取" })).toMatchObject({ reason: "gcj02" });
    expect(identifyCrs({ description: "百度坐标 BD09" })).toMatchObject({ reason: "bd09" });
    expect(identifyCrs({ description: "西安80" })).toMatchObject({ reason: "xian80" });
    expect(identifyCrs({ description: "北京54" })).toMatchObject({ reason: "beijing54" });
    const header = "坐标系=80西安坐标系; 几度分带=3; 投影类型=高斯克吕格; 带号=37";
    expect(identifyCrs({ description: header })).toMatchObject({
      reason: "xian80",
      projection: { centralMeridian: 111, falseEasting: 37_500_000 },
    });
    const lambert = "坐标系=2000国家大地坐标系; 几度分带=3; 投影类型=兰勃特; 带号=37";
    expect(identifyCrs({ description: lambert })).toMatchObject({ reason: "unsupported_projection" });
    expect(identifyCrs({ description: "本地坐标" })).toMatchObject({ reason: "unknown" });
    expect(identifyCrs({})).toMatchObject({ reason: "unknown" });
  });
});
