import { describe, expect, it } from "vitest";
import { nextZoneCode, ZONE_CODE_PATTERN } from "./zone-code.ts";

describe("nextZoneCode", () => {
  it("follows the highest code of the year and ignores others", () => {
    expect(nextZoneCode(["LP-2026-001", "LP-2026-009", "LP-2025-044", "QS-01"], 2026)).toBe("LP-2026-010");
  });

  it("starts at 001 and matches the database's pattern", () => {
    const code = nextZoneCode([], 2027);
    expect(code).toBe("LP-2027-001");
    expect(ZONE_CODE_PATTERN.test(code)).toBe(true);
  });
});
