import { beforeAll, describe, expect, it } from "vitest";
import { cursorPlace, cursorText, loadCursorProjection } from "./identify-cursor.ts";

beforeAll(() => loadCursorProjection());

describe("cursorPlace", () => {
  it("puts a point on a central meridian at easting 500 000 m of its 3° zone", () => {
    const place = cursorPlace([114, 35.5]);
    expect(place?.zone).toBe(38);
    expect(place?.y).toBeCloseTo(500_000, 3);
    // 35.5°N is about 3 929 km from the equator along the CGCS2000 meridian.
    expect(place?.x).toBeGreaterThan(3_928_000);
    expect(place?.x).toBeLessThan(3_931_000);
  });

  it("chooses the zone by the nearest central meridian", () => {
    expect(cursorPlace([112.85, 35.5])?.zone).toBe(38);
    expect(cursorPlace([111.2, 36])?.zone).toBe(37);
    expect(cursorPlace([112.85, 35.5])?.y).toBeLessThan(500_000);
  });
});

describe("cursorText", () => {
  it("reads lon/lat and GK X/Y in Chinese first, English too", () => {
    expect(cursorText([114, 35.5], "zh")).toMatch(
      /^经纬度 114\.00000°E 35\.50000°N · 3°带 38 X \d+\.\d Y 500000\.0$/,
    );
    expect(cursorText([114, 35.5], "en")).toMatch(/^Lon\/lat .* · GK zone 38 X/);
  });
});
