import { describe, expect, it } from "vitest";
import { countyName, formatAreaM2, formatDate, formatLengthM, formatWithUnit } from "./format.ts";

describe("popup formatting", () => {
  it("shows areas in 亩 and hectares", () => {
    expect(formatAreaM2(66_666.7, "zh")).toBe("100 亩（6.67 公顷）");
    expect(formatAreaM2(66_666.7, "en")).toBe("100 mu (6.67 ha)");
  });

  it("switches lengths to km from 1000 m", () => {
    expect(formatLengthM(850, "en")).toBe("850 m");
    expect(formatLengthM(12_345, "en")).toBe("12.35 km");
  });

  it("names Jincheng's counties by code and keeps unknown codes", () => {
    expect(countyName("140521", "zh")).toBe("沁水县");
    expect(countyName("140521", "en")).toBe("Qinshui");
    expect(countyName("999999", "zh")).toBe("999999");
  });

  it("writes units the way each language does", () => {
    expect(formatWithUnit(1234, "people", "zh")).toBe("1,234人");
    expect(formatWithUnit(1234, "people", "en")).toBe("1,234 people");
    expect(formatWithUnit(64.83, "percent", "en")).toBe("64.83%");
  });

  it("cuts timestamps to the day", () => {
    expect(formatDate("2024-06-01T08:00:00.000Z")).toBe("2024-06-01");
  });
});
