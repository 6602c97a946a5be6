import { describe, expect, it } from "vitest";
import { canonicalReportJson, type ReportPlace } from "./report-resend.ts";

const report = { category: "ground_crack" as const, text: "村口地裂缝变宽", contact: null, photo: null };
const place: ReportPlace = { lng: 112.85, lat: 35.5, locationSource: "gps", accuracyM: 12 };

describe("canonicalReportJson", () => {
  it("is the same for a resend and differs for another report", () => {
    expect(canonicalReportJson(report, { ...place }, null)).toBe(canonicalReportJson(report, place, null));
    expect(canonicalReportJson(report, { ...place, lng: 112.85000000001 }, null)).toBe(
      canonicalReportJson(report, place, null),
    );
    expect(canonicalReportJson({ ...report, text: "村口地裂缝变宽了" }, place, null)).not.toBe(
      canonicalReportJson(report, place, null),
    );
    expect(canonicalReportJson(report, { ...place, accuracyM: 30 }, null)).not.toBe(
      canonicalReportJson(report, place, null),
    );
    expect(canonicalReportJson(report, place, "a".repeat(64))).not.toBe(
      canonicalReportJson(report, place, null),
    );
  });
});
