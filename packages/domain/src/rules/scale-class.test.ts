import { describe, expect, it } from "vitest";
import { mineScaleClass, scaleClassThresholds } from "./scale-class.ts";

const coal = (miningMethod: "underground" | "open_pit" | "combined", productionScale: number) =>
  mineScaleClass({ mineral: "coal", miningMethod, productionScale, unit: "万t/a" });

describe("coal", () => {
  it.each([
    [44.99, "small"],
    [45, "medium"],
    [119.99, "medium"],
    [120, "large"],
  ] as const)("underground %f 万t/a → %s", (scale, cls) => expect(coal("underground", scale)).toBe(cls));

  it.each([
    [99.99, "small"],
    [100, "medium"],
    [399.99, "medium"],
    [400, "large"],
  ] as const)("open pit %f 万t/a → %s", (scale, cls) => expect(coal("open_pit", scale)).toBe(cls));

  it("grades combined working like underground", () => expect(coal("combined", 120)).toBe("large"));
});

describe("non-coal (national table approximation)", () => {
  it("grades bauxite and cement limestone in 万t/a", () => {
    const bauxite = (s: number) =>
      mineScaleClass({ mineral: "bauxite", miningMethod: "open_pit", productionScale: s, unit: "万t/a" });
    expect(bauxite(29.9)).toBe("small");
    expect(bauxite(30)).toBe("medium");
    expect(bauxite(100)).toBe("large");
    const lime = (s: number) =>
      mineScaleClass({
        mineral: "cement_limestone",
        miningMethod: "open_pit",
        productionScale: s,
        unit: "万t/a",
      });
    expect(lime(49.9)).toBe("small");
    expect(lime(50)).toBe("medium");
    expect(lime(100)).toBe("large");
  });

  it("grades iron by method", () => {
    const iron = (m: "underground" | "open_pit", s: number) =>
      mineScaleClass({ mineral: "iron", miningMethod: m, productionScale: s, unit: "万t/a" });
    expect(iron("underground", 100)).toBe("large");
    expect(iron("open_pit", 100)).toBe("medium");
    expect(iron("open_pit", 59)).toBe("small");
  });

  it("grades quarries in 万t/a and converts cubic metres at 2.7 t/m³", () => {
    const stone = (s: number, unit: "万t/a" | "万m3/a") =>
      mineScaleClass({ mineral: "construction_stone", miningMethod: "open_pit", productionScale: s, unit });
    expect(stone(49.9, "万t/a")).toBe("small");
    expect(stone(50, "万t/a")).toBe("medium");
    expect(stone(100, "万t/a")).toBe("large");
    // 20 万m³ at 2.7 t/m³ is 54 万t: medium.
    expect(stone(20, "万m3/a")).toBe("medium");
  });

  it("converts tonnes to cubic metres for sand and gravel at 1.8 t/m³", () => {
    const sand = (s: number) =>
      mineScaleClass({ mineral: "sand_gravel", miningMethod: "open_pit", productionScale: s, unit: "万t/a" });
    expect(sand(8.9)).toBe("small");
    expect(sand(9.1)).toBe("medium");
    expect(sand(36.1)).toBe("large");
  });

  it("has no class for coalbed methane or other minerals", () => {
    expect(
      mineScaleClass({
        mineral: "coalbed_methane",
        miningMethod: "underground",
        productionScale: 5,
        unit: "万t/a",
      }),
    ).toBeNull();
    expect(scaleClassThresholds("other", "open_pit")).toBeNull();
  });
});
