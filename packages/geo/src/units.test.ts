import { describe, expect, it } from "vitest";
import {
  formatArea,
  formatLength,
  formatWan,
  hectaresToMu,
  muToHectares,
  muToSquareMeters,
  SQUARE_METERS_PER_MU,
  squareKilometersToSquareMeters,
  squareMetersToHectares,
  squareMetersToMu,
  squareMetersToSquareKilometers,
} from "./units.ts";

describe("area units", () => {
  it("uses the statutory mu of 10000/15 m²", () => {
    expect(SQUARE_METERS_PER_MU).toBeCloseTo(666.6667, 4);
    expect(squareMetersToMu(10_000)).toBeCloseTo(15, 12);
    expect(muToSquareMeters(15)).toBeCloseTo(10_000, 9);
  });

  it("converts between mu, hectares and square kilometres", () => {
    expect(muToHectares(15)).toBe(1);
    expect(hectaresToMu(1)).toBe(15);
    expect(squareMetersToHectares(25_000)).toBe(2.5);
    expect(squareMetersToSquareKilometers(squareKilometersToSquareMeters(3.2))).toBeCloseTo(3.2, 12);
    // Changzhi's 2025 plan: 4.47万亩 ≈ 29.8 km².
    expect(squareMetersToSquareKilometers(muToSquareMeters(44_700))).toBeCloseTo(29.8, 3);
  });
});

describe("formatting", () => {
  it("writes 亩 and 万亩 in Chinese", () => {
    expect(formatArea(muToSquareMeters(44.7), "mu", { locale: "zh" })).toBe("44.7亩");
    expect(formatArea(muToSquareMeters(44_700), "mu", { locale: "zh" })).toBe("4.47万亩");
  });

  it("writes units after a space in English", () => {
    expect(formatArea(29_800, "ha", { locale: "en" })).toBe("2.98 ha");
    expect(formatArea(1_234_567, "km2", { locale: "en", digits: 1 })).toBe("1.2 km²");
    expect(formatArea(muToSquareMeters(12_345), "mu", { locale: "en", digits: 0 })).toBe("12,345 mu");
  });

  it("switches from metres to kilometres at 1 km", () => {
    expect(formatLength(999, { locale: "en" })).toBe("999 m");
    expect(formatLength(1234, { locale: "zh" })).toBe("1.23千米");
    expect(formatLength(1234, { locale: "en" })).toBe("1.23 km");
  });

  it("shows money in 万元 and 亿元, or CNY millions", () => {
    expect(formatWan(950, { locale: "zh" })).toBe("950万元");
    expect(formatWan(90_000, { locale: "zh" })).toBe("9亿元");
    expect(formatWan(12_345, { locale: "en" })).toBe("CNY 123.45 million");
  });
});
