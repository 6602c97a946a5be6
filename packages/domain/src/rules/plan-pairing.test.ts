import { describe, expect, it } from "vitest";
import { figureBelongsTo, figuresForRegion } from "./plan-pairing.ts";

const regions = [
  { code: "140500", parent_code: null },
  { code: "140521", parent_code: "140500" },
  { code: "140525", parent_code: "140500" },
  { code: "140400", parent_code: null },
];
const f = (region_code: string, indicator: string) => ({ region_code, indicator });
const figures = [
  f("140400", "subsidence_treated_area"),
  f("140500", "green_mine_rate"),
  f("140521", "swc_rate"),
  f("140525", "swc_rate"),
];

describe("plan-to-region pairing", () => {
  it("gives a county its own figures and its city's, never another county's or city's", () => {
    expect(figuresForRegion(figures, "140521", regions)).toEqual([
      f("140500", "green_mine_rate"),
      f("140521", "swc_rate"),
    ]);
  });

  it("gives the home city (no county picked) its own and its counties' figures, not Changzhi's", () => {
    expect(figuresForRegion(figures, null, regions).map((x) => x.region_code)).toEqual([
      "140500",
      "140521",
      "140525",
    ]);
  });

  it("shows Changzhi's subsidence plan for Changzhi only", () => {
    expect(figuresForRegion(figures, "140400", regions)).toEqual([f("140400", "subsidence_treated_area")]);
    expect(figureBelongsTo("140400", "140500", regions)).toBe(false);
    expect(figureBelongsTo("140500", "140400", regions)).toBe(false);
  });
});
