import { describe, expect, it } from "vitest";
import { CLASS_COLORS, themeData } from "./rules-map.ts";

describe("themeData", () => {
  it("makes one coloured point per row with flat properties", () => {
    const fc = themeData([
      { id: 7, position: [112.8, 35.5], theme: "close_and_ban", label: "甲矿" },
      { id: 8, position: [112.9, 35.6], theme: "unknown", label: "乙矿" },
    ]);
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]).toMatchObject({
      id: 7,
      geometry: { type: "Point", coordinates: [112.8, 35.5] },
      properties: { theme: "close_and_ban", color: CLASS_COLORS.close_and_ban, label: "甲矿" },
    });
    expect(fc.features[1]?.properties?.color).toBe("#34495e");
  });
});
