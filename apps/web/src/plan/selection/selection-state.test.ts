import { describe, expect, it } from "vitest";
import { addAll, asFeatureRefs, nameOf, pick, renamed, type SelectedRef } from "./selection-state.ts";

const mine: SelectedRef = { layer: "mines", id: "7", name: "甲矿" };
const pit: SelectedRef = { layer: "mines", id: "9", name: "矿坑" };
const county: SelectedRef = { layer: "counties", id: "140525", name: "泽州县" };

describe("pick", () => {
  it("replaces the selection on a plain click and clears it on empty map", () => {
    expect(pick([mine], pit, false)).toEqual([pit]);
    expect(pick([mine], null, false)).toEqual([]);
  });

  it("adds with Shift, and Shift on a selected feature removes it", () => {
    expect(pick([mine], pit, true)).toEqual([mine, pit]);
    expect(pick([mine, pit], mine, true)).toEqual([pit]);
    expect(pick([mine], null, true)).toEqual([mine]);
  });
});

describe("nameOf and renamed", () => {
  it("names a feature by its Chinese name, mine name or name, else by its id", () => {
    expect(nameOf({ name_zh: "泽州县", name: "x" }, 1)).toBe("泽州县");
    expect(nameOf({ mine_name: "甲矿" }, 7)).toBe("甲矿");
    expect(nameOf({ name_zh: "", status: "producing" }, 7)).toBe("#7");
  });

  it("puts the name from the full record on the feature it belongs to only", () => {
    const unnamed = { ...mine, name: "#7" };
    expect(renamed([unnamed, pit], mine)).toEqual([mine, pit]);
    const untouched = [pit];
    expect(renamed(untouched, mine)).toBe(untouched);
  });
});

describe("addAll and asFeatureRefs", () => {
  it("adds lasso results once and sends ids as the API wants them", () => {
    expect(addAll([mine], [mine, county])).toEqual([mine, county]);
    expect(asFeatureRefs([mine, county])).toEqual([
      { layer: "mines", id: 7 },
      { layer: "counties", id: "140525" },
    ]);
  });
});
