import { describe, expect, it } from "vitest";
import { assignColumn, fieldOfColumn, sameMapping, unmappedRequired } from "./mapping-edit.ts";

const auto = { unified_code: "统一编号", name_zh: "名称", threatened_people: "威胁人数", remarks: null };

describe("editing a field → column mapping column by column", () => {
  it("reads it column-first", () => {
    expect(fieldOfColumn(auto)).toEqual({
      统一编号: "unified_code",
      名称: "name_zh",
      威胁人数: "threatened_people",
    });
  });

  it("moves a field to another column, the old column letting go", () => {
    const next = assignColumn(auto, "威胁人数（人）", "threatened_people");
    expect(next.threatened_people).toBe("威胁人数（人）");
    expect(fieldOfColumn(next).威胁人数).toBeUndefined();
  });

  it("sends a column to another field, its old field emptied", () => {
    const next = assignColumn(auto, "名称", "remarks");
    expect(next).toMatchObject({ name_zh: null, remarks: "名称" });
    expect(unmappedRequired(next, ["name_zh", "unified_code"])).toEqual(["name_zh"]);
  });

  it("takes a column out", () => {
    const next = assignColumn(auto, "威胁人数", null);
    expect(next.threatened_people).toBeNull();
    expect(sameMapping(next, auto)).toBe(false);
    expect(sameMapping({ ...auto, x: null }, auto)).toBe(true);
  });
});
