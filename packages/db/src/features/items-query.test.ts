import { describe, expect, it } from "vitest";
import { CRS84 } from "./crs-uri.ts";
import {
  BBOX_MAX_SPAN_DEGREES,
  ITEMS_LIMIT_DEFAULT,
  ITEMS_LIMIT_MAX,
  parseBbox,
  parseItemsQuery,
} from "./items-query.ts";

describe("parseItemsQuery", () => {
  it("fills the defaults when nothing is given", () => {
    expect(parseItemsQuery({})).toEqual({
      ok: true,
      query: { bbox: undefined, bboxCrs: CRS84, limit: ITEMS_LIMIT_DEFAULT, offset: 0, crs: CRS84 },
    });
  });

  it("clamps a limit above the maximum instead of refusing it", () => {
    const parsed = parseItemsQuery({ limit: ITEMS_LIMIT_MAX * 5 });
    expect(parsed.ok && parsed.query.limit).toBe(ITEMS_LIMIT_MAX);
  });

  it.each([0, -1, 2.5])("refuses limit %s", (limit) => {
    expect(parseItemsQuery({ limit })).toMatchObject({ ok: false, reason: "limit_out_of_range" });
  });

  it.each([-1, 1.5, 1_000_001])("refuses offset %s", (offset) => {
    expect(parseItemsQuery({ offset })).toMatchObject({ ok: false, reason: "offset_out_of_range" });
  });

  it("keeps a valid bbox as numbers", () => {
    const parsed = parseItemsQuery({ bbox: "112.8, 35.4,113,35.6", limit: 10, offset: 20 });
    expect(parsed).toEqual({
      ok: true,
      query: { bbox: [112.8, 35.4, 113, 35.6], bboxCrs: CRS84, limit: 10, offset: 20, crs: CRS84 },
    });
  });
});

describe("parseItemsQuery's crs and bbox-crs (OGC API – Features Part 2)", () => {
  const gk = "http://www.opengis.net/def/crs/EPSG/0/4547";

  it("reads the EPSG URI, EPSG:nnnn and the URN of a served CRS; lat/lon and northing first", () => {
    for (const text of [gk, "EPSG:4547", "[EPSG:4547]", "urn:ogc:def:crs:EPSG::4547"]) {
      const parsed = parseItemsQuery({ crs: text });
      expect(parsed.ok && parsed.query.crs).toEqual({ uri: gk, srid: 4547, northingFirst: true });
    }
    const cgcs = parseItemsQuery({ crs: "http://www.opengis.net/def/crs/EPSG/0/4490" });
    expect(cgcs.ok && cgcs.query.crs.srid).toBe(4490);
  });

  it.each(["EPSG:3857", "EPSG:4214", "http://www.opengis.net/def/crs/EPSG/0/4555", "CRS84x", ""])(
    "refuses crs %s",
    (crs) => {
      expect(parseItemsQuery({ crs })).toMatchObject({ ok: false, reason: "unsupported_crs" });
      expect(parseItemsQuery({ "bbox-crs": crs })).toMatchObject({
        ok: false,
        reason: "unsupported_bbox_crs",
      });
    },
  );

  it("takes a bbox in EPSG:4490 latitude first and checks it as lon/lat", () => {
    const parsed = parseItemsQuery({ bbox: "35.4,112.8,35.6,113", "bbox-crs": "EPSG:4490" });
    expect(parsed.ok && parsed.query.bbox).toEqual([35.4, 112.8, 35.6, 113]);
    expect(parseItemsQuery({ bbox: "112.8,35.4,113,35.6", "bbox-crs": "EPSG:4490" })).toMatchObject({
      ok: false,
      reason: "bad_bbox",
    });
  });

  it("takes a bbox in a GK zone in metres, northing first, and refuses one too wide", () => {
    const parsed = parseItemsQuery({ bbox: "3930000,380000,3940000,400000", "bbox-crs": gk });
    expect(parsed.ok && parsed.query.bbox).toEqual([3930000, 380000, 3940000, 400000]);
    expect(parseItemsQuery({ bbox: "3000000,0,5000000,1", "bbox-crs": gk })).toMatchObject({
      ok: false,
      reason: "bbox_too_large",
    });
  });
});

describe("parseBbox", () => {
  it.each([
    ["three numbers", "1,2,3"],
    ["six numbers (3D is not supported)", "1,2,0,3,4,10"],
    ["a word", "112,35,abc,36"],
    ["an empty part", "112,,113,36"],
    ["hex", "0x70,35,113,36"],
    ["Infinity", "112,35,Infinity,36"],
    ["empty text", ""],
  ])("refuses %s as malformed", (_case, text) => {
    const parsed = parseBbox(text);
    expect(parsed).toMatchObject({ ok: false, reason: "bad_bbox" });
    expect(!parsed.ok && parsed.message).toMatch(/four comma-separated numbers/);
  });

  it.each([
    ["longitude beyond 180", "179,35,181,36"],
    ["latitude beyond -90", "112,-91,113,36"],
  ])("refuses %s as out of range", (_case, text) => {
    const parsed = parseBbox(text);
    expect(parsed).toMatchObject({ ok: false, reason: "bad_bbox" });
    expect(!parsed.ok && parsed.message).toMatch(/\[-180, 180\]/);
  });

  it("refuses a minimum above the maximum, naming both", () => {
    const parsed = parseBbox("113,35,112,36");
    expect(parsed).toMatchObject({ ok: false, reason: "bad_bbox" });
    expect(!parsed.ok && parsed.message).toMatch(/minLon 113, maxLon 112/);
  });

  it("accepts a degenerate box (a point) and scientific notation", () => {
    expect(parseBbox("112.9,35.5,112.9,35.5")).toEqual({ ok: true, bbox: [112.9, 35.5, 112.9, 35.5] });
    expect(parseBbox("1.129e2,35,113,3.6e1")).toEqual({ ok: true, bbox: [112.9, 35, 113, 36] });
  });

  it("refuses a box wider or taller than the cap, and accepts one exactly at it", () => {
    const cap = BBOX_MAX_SPAN_DEGREES;
    expect(parseBbox(`100,30,${100 + cap + 0.5},31`)).toMatchObject({ ok: false, reason: "bbox_too_large" });
    expect(parseBbox(`100,30,101,${30 + cap + 0.5}`)).toMatchObject({ ok: false, reason: "bbox_too_large" });
    expect(parseBbox(`100,30,${100 + cap},${30 + cap}`)).toMatchObject({ ok: true });
  });
});
