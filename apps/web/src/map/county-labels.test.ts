import { describe, expect, it } from "vitest";
import { countyLabelPoints } from "./county-labels.ts";

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe("countyLabelPoints", () => {
  it("puts the label inside the county, away from its border", () => {
    const labels = countyLabelPoints([
      {
        geometry: { type: "Polygon", coordinates: square(112, 35, 1) },
        properties: { code: "140521", name_zh: "沁水县", name_en: "Qinshui", level: "county" },
      },
    ]);
    const [lng, lat] = labels.features[0]?.geometry.coordinates ?? [0, 0];
    expect(lng).toBeCloseTo(112.5, 2);
    expect(lat).toBeCloseTo(35.5, 2);
    expect(labels.features[0]?.properties).toEqual({
      code: "140521",
      name_zh: "沁水县",
      name_en: "Qinshui",
      level: "county",
    });
  });

  it("labels a multi-part county once, on its largest part", () => {
    const labels = countyLabelPoints([
      {
        geometry: { type: "MultiPolygon", coordinates: [square(0, 0, 0.1), square(10, 10, 2)] },
        properties: { code: "140525", name_zh: "泽州县" },
      },
    ]);
    expect(labels.features).toHaveLength(1);
    expect(labels.features[0]?.geometry.coordinates[0]).toBeGreaterThan(10);
    expect(labels.features[0]?.properties.name_en).toBe("泽州县");
  });

  it("skips features without an areal geometry", () => {
    expect(
      countyLabelPoints([{ geometry: { type: "Point", coordinates: [1, 2] } }, { geometry: null }]).features,
    ).toEqual([]);
  });
});
