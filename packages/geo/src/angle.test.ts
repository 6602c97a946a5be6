import { describe, expect, it } from "vitest";
import { formatDms, parseAngle } from "./angle.ts";

const D = 112 + 30 / 60 + 15.2 / 3600;

function degrees(text: string, mode?: "auto" | "decimal" | "ddmmss"): number {
  const r = parseAngle(text, mode);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.degrees;
}

describe("parseAngle", () => {
  it("reads decimal degrees", () => {
    expect(degrees("112.504222")).toBeCloseTo(112.504222, 9);
    expect(degrees(" 35.5 ")).toBe(35.5);
    expect(degrees("-0.25")).toBe(-0.25);
  });

  it.each([
    "112°30′15.2″",
    "112°30'15.2\"",
    "112°30'15.2''",
    "112º30’15.2”",
    "112d30m15.2s",
    "112度30分15.2秒",
    "112 30 15.2",
    "112:30:15.2",
    "112° 30′ 15.2″",
    "１１２°３０′１５．２″",
  ])("reads DMS typed as %s", (text) => {
    expect(degrees(text)).toBeCloseTo(D, 10);
  });

  it("reads degrees and minutes without seconds", () => {
    expect(degrees("112°30′")).toBe(112.5);
    expect(degrees("112°30.5′")).toBeCloseTo(112 + 30.5 / 60, 12);
    expect(degrees("112°")).toBe(112);
  });

  it("takes the hemisphere from letters or Chinese words and signs south and west", () => {
    expect(parseAngle("112°30′15.2″E")).toEqual({ ok: true, degrees: D, axis: "lon" });
    expect(parseAngle("N35°30′00″")).toEqual({ ok: true, degrees: 35.5, axis: "lat" });
    expect(parseAngle("北纬35°30′")).toEqual({ ok: true, degrees: 35.5, axis: "lat" });
    expect(parseAngle("东经112度30分15.2秒")).toMatchObject({ ok: true, axis: "lon" });
    expect(degrees("35 30 00 S")).toBe(-35.5);
    expect(degrees("W 70°15′")).toBe(-70.25);
    expect(degrees("西经70.25")).toBe(-70.25);
  });

  it("reads ddd.mmss only when asked to", () => {
    expect(degrees("112.301520", "ddmmss")).toBeCloseTo(D, 10);
    expect(degrees("112.301520")).toBe(112.30152);
    expect(degrees("112.3015", "ddmmss")).toBeCloseTo(112 + 30 / 60 + 15 / 3600, 12);
    expect(degrees("112.3", "ddmmss")).toBe(112.5);
    expect(degrees("112", "ddmmss")).toBe(112);
    expect(degrees("35.59595", "ddmmss")).toBeCloseTo(35 + 59 / 60 + 59.5 / 3600, 12);
  });

  it("refuses minutes and seconds of 60 or more", () => {
    expect(parseAngle("112°60′00″")).toEqual({ ok: false, reason: "minutes_out_of_range" });
    expect(parseAngle("112°30′60″")).toEqual({ ok: false, reason: "seconds_out_of_range" });
    expect(parseAngle("112 30 59.9999")).toMatchObject({ ok: true });
    expect(parseAngle("112.6015", "ddmmss")).toEqual({ ok: false, reason: "minutes_out_of_range" });
    expect(parseAngle("112.3060", "ddmmss")).toEqual({ ok: false, reason: "seconds_out_of_range" });
  });

  it("refuses what is not an angle", () => {
    expect(parseAngle("")).toEqual({ ok: false, reason: "empty" });
    expect(parseAngle("abc")).toEqual({ ok: false, reason: "malformed" });
    expect(parseAngle("112.5°30′")).toEqual({ ok: false, reason: "malformed" });
    expect(parseAngle("112°30.5′15″")).toEqual({ ok: false, reason: "malformed" });
    expect(parseAngle("181")).toEqual({ ok: false, reason: "degrees_out_of_range" });
    expect(parseAngle("N91")).toEqual({ ok: false, reason: "degrees_out_of_range" });
  });
});

describe("formatDms", () => {
  it("writes degrees, two-digit minutes and seconds to 0.01″", () => {
    expect(formatDms(D)).toBe("112°30′15.20″");
    expect(formatDms(35 + 5 / 60 + 3.2 / 3600)).toBe("35°05′03.20″");
    expect(formatDms(112)).toBe("112°00′00.00″");
  });

  it("carries 59.995″ into the next minute and degree", () => {
    expect(formatDms(112 + 30 / 60 + 59.995 / 3600)).toBe("112°31′00.00″");
    expect(formatDms(112 + 59 / 60 + 59.995 / 3600)).toBe("113°00′00.00″");
    expect(formatDms(112 + 59 / 60 + 59.994 / 3600)).toBe("112°59′59.99″");
  });

  it("honours the number of second decimals and the sign", () => {
    expect(formatDms(D, 0)).toBe("112°30′15″");
    expect(formatDms(D, 3)).toBe("112°30′15.200″");
    expect(formatDms(-D)).toBe("-112°30′15.20″");
    expect(formatDms(-1e-9)).toBe("0°00′00.00″");
  });

  it("round-trips through parseAngle to the rounding", () => {
    for (const d of [0.0001, 35.123456, 112.999999, 179.5]) {
      expect(Math.abs(degrees(formatDms(d, 4)) - d)).toBeLessThan(0.00005 / 3600);
    }
  });
});
