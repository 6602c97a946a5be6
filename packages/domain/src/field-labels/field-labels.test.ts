import { describe, expect, it } from "vitest";
import { FIELD_LABELS, fieldLabel, shortLabel } from "./index.ts";

describe("the field-label registry", () => {
  it("gives a collection's own label, then the common ones", () => {
    expect(fieldLabel("hazard_points", "threatened_property_wan")).toEqual({
      zh: "威胁财产（万元）",
      en: "Threatened property (10,000 yuan)",
    });
    expect(fieldLabel("mines", "updated_at")?.zh).toBe("更新时间");
    expect(fieldLabel("mines", "no_such_field")).toBeUndefined();
  });

  it("drops a trailing unit or note for a value printed with its unit", () => {
    expect(shortLabel({ zh: "预算（万元）", en: "Budget (10,000 yuan)" })).toEqual({
      zh: "预算",
      en: "Budget",
    });
    expect(shortLabel({ zh: "县（市、区）代码", en: "County code" })).toEqual({
      zh: "县（市、区）代码",
      en: "County code",
    });
  });

  it("has both languages for every label", () => {
    for (const labels of Object.values(FIELD_LABELS))
      for (const label of Object.values(labels as Record<string, { zh: string; en: string }>)) {
        expect(label.zh.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
  });
});
