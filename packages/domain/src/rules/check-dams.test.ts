import { describe, expect, it } from "vitest";
import { checkDamProblems } from "./check-dams.ts";

const BBOX = [111.9, 35.2, 113.7, 36.1] as const;
const ok = {
  code: "YDB-001",
  name_zh: "测试骨干坝",
  county_code: "140521",
  dam_type: "key",
  storage_wan_m3: 52.5,
  control_area_km2: 3.2,
  built_year: 2008,
  condition: "fair",
  risk_level: "medium",
  responsible_unit: "沁水县水利局",
  lng: 112.2,
  lat: 35.7,
};

describe("checkDamProblems", () => {
  it("passes a complete row", () => {
    expect(checkDamProblems([ok], BBOX)).toEqual([]);
  });
  it("names the row and field of each problem, codes once", () => {
    const problems = checkDamProblems(
      [ok, { ...ok, dam_type: "huge", storage_wan_m3: -1, lng: 100 }, { ...ok, built_year: 1949 }],
      BBOX,
    );
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, "code"],
      [2, "dam_type"],
      [2, "storage_wan_m3"],
      [2, "position"],
      [3, "code"],
      [3, "built_year"],
    ]);
    expect(problems[0]?.zh).toBe("编号重复：YDB-001");
  });
});
