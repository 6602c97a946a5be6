import { describe, expect, it } from "vitest";
import { reportingStatus, reportLimitHours } from "./reporting-limits.ts";

const at = (iso: string) => new Date(iso);
const observed = at("2026-07-01T08:00:00Z");

describe("reportLimitHours", () => {
  it("is 4 h for large and very large dangers, 12 h otherwise", () => {
    expect(reportLimitHours("huge")).toBe(4);
    expect(reportLimitHours("large")).toBe(4);
    expect(reportLimitHours("medium")).toBe(12);
    expect(reportLimitHours("small")).toBe(12);
  });
});

describe("reportingStatus", () => {
  it("is within the limit early, due soon in the last hour, overdue after", () => {
    expect(reportingStatus(observed, 4, at("2026-07-01T09:00:00Z"), null)).toEqual({
      state: "within",
      elapsedMinutes: 60,
      remainingMinutes: 180,
    });
    expect(reportingStatus(observed, 4, at("2026-07-01T11:00:00Z"), null).state).toBe("due_soon");
    expect(reportingStatus(observed, 4, at("2026-07-01T12:01:00Z"), null)).toMatchObject({
      state: "overdue",
      remainingMinutes: -1,
    });
  });

  it("stops the clock once reported, and tells a late report", () => {
    const now = at("2026-07-02T08:00:00Z");
    expect(reportingStatus(observed, 12, now, at("2026-07-01T10:00:00Z"))).toEqual({
      state: "reported",
      elapsedMinutes: 120,
      remainingMinutes: 600,
    });
    expect(reportingStatus(observed, 4, now, at("2026-07-01T13:00:00Z")).state).toBe("reported_late");
  });
});
