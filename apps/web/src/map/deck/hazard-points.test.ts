import { describe, expect, it } from "vitest";
import { toHeatPoints } from "./hazard-points.ts";

describe("toHeatPoints", () => {
  it("weighs active points by the people they threaten", () => {
    expect(
      toHeatPoints([
        {
          geometry: { type: "Point", coordinates: [112.8, 35.5] },
          properties: { threatened_people: 120, inventory_status: "active" },
        },
      ]),
    ).toEqual([{ position: [112.8, 35.5], threatenedPeople: 120 }]);
  });

  it("leaves out written-off points and broken geometry", () => {
    expect(
      toHeatPoints([
        {
          geometry: { type: "Point", coordinates: [112.8, 35.5] },
          properties: { inventory_status: "written_off" },
        },
        { geometry: { type: "Point", coordinates: ["x", 1] }, properties: {} },
        { geometry: null, properties: {} },
      ]),
    ).toEqual([]);
  });

  it("counts a missing number of threatened people as zero", () => {
    expect(toHeatPoints([{ geometry: { type: "Point", coordinates: [1, 2] } }])[0]?.threatenedPeople).toBe(0);
  });
});
