import { describe, expect, it } from "vitest";
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
      query: { bbox: undefined, limit: ITEMS_LIMIT_DEFAULT, offset: 0 },
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
    expect(parsed).toEqual({ ok: true, query: { bbox: [112.8, 35.4, 113, 35.6], limit: 10, offset: 20 } });
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
