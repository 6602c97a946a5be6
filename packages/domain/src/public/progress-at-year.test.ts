import { describe, expect, it } from "vitest";
import { subsidenceStateAtYear, type ZoneProgressFacts, zoneStateAtYear } from "./progress-at-year.ts";

const yearly: ZoneProgressFacts = {
  phase: "near",
  status: "in_progress",
  plannedTotalM2: 100,
  plannedByYearM2: 0,
  doneByYearM2: 0,
  hasYearly: true,
};

describe("zoneStateAtYear", () => {
  it("follows the yearly done area against the whole plan", () => {
    expect(zoneStateAtYear({ ...yearly, plannedByYearM2: 50 }, 2021, 2026)).toBe("planned");
    expect(zoneStateAtYear({ ...yearly, plannedByYearM2: 50, doneByYearM2: 40 }, 2022, 2026)).toBe(
      "in_progress",
    );
    expect(zoneStateAtYear({ ...yearly, plannedByYearM2: 100, doneByYearM2: 100 }, 2024, 2026)).toBe("done");
  });

  it("counts a zone of a later phase as not started before its phase", () => {
    expect(zoneStateAtYear({ ...yearly, phase: "long" }, 2027, 2026)).toBe("later");
    expect(zoneStateAtYear({ ...yearly, phase: "long" }, 2029, 2026)).toBe("planned");
  });

  it("without yearly rows shows today's status from the current year or the phase's end", () => {
    const bare = { ...yearly, hasYearly: false, plannedTotalM2: 0, status: "completed" as const };
    expect(zoneStateAtYear(bare, 2024, 2026)).toBe("planned");
    expect(zoneStateAtYear(bare, 2025, 2026)).toBe("done");
    expect(zoneStateAtYear({ ...bare, phase: "middle" }, 2025, 2026)).toBe("later");
    expect(zoneStateAtYear({ ...bare, phase: "middle" }, 2026, 2026)).toBe("done");
    expect(zoneStateAtYear({ ...bare, status: "in_progress" }, 2026, 2026)).toBe("in_progress");
  });
});

describe("subsidenceStateAtYear", () => {
  const area = { planYear: 2022, treatedYear: 2024, treated: true, inProgress: false };
  it("is later, then planned, then done", () => {
    expect(subsidenceStateAtYear(area, 2021, 2026)).toBe("later");
    expect(subsidenceStateAtYear(area, 2023, 2026)).toBe("planned");
    expect(subsidenceStateAtYear(area, 2024, 2026)).toBe("done");
  });

  it("is never done when today's status is not treated", () => {
    expect(subsidenceStateAtYear({ ...area, treated: false }, 2030, 2026)).toBe("planned");
    expect(subsidenceStateAtYear({ ...area, treated: false, inProgress: true }, 2030, 2026)).toBe(
      "in_progress",
    );
  });
});
