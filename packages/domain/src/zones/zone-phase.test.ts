import { describe, expect, it } from "vitest";
import { phaseOfYear, yearsOutsidePhase } from "./zone-phase.ts";

describe("phaseOfYear", () => {
  it("puts the boundary years in the right phase", () => {
    expect(phaseOfYear(2025)).toBe("near");
    expect(phaseOfYear(2026)).toBe("middle");
    expect(phaseOfYear(2028)).toBe("middle");
    expect(phaseOfYear(2029)).toBe("long");
    expect(phaseOfYear(2035)).toBe("long");
  });

  it("counts early years as near term and years after 2035 as outside the plans", () => {
    expect(phaseOfYear(2010)).toBe("near");
    expect(phaseOfYear(2036)).toBeNull();
  });

  it("throws on a non-integer year", () => {
    expect(() => phaseOfYear(2025.5)).toThrow(RangeError);
  });
});

describe("yearsOutsidePhase", () => {
  it("lists the years outside the phase", () => {
    expect(yearsOutsidePhase("middle", [2025, 2026, 2028, 2029])).toEqual([2025, 2029]);
  });
});
