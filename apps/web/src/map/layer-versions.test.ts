import { describe, expect, it } from "vitest";
import { movedLayers } from "./layer-versions.ts";

describe("movedLayers", () => {
  it("names the layers whose version moved, and no layer read only once", () => {
    const before = new Map([
      ["zones", 3],
      ["hazards", 7],
      ["mines", 1],
    ]);
    const after = new Map([
      ["zones", 4],
      ["hazards", 7],
      ["mines", 1],
      ["rivers", 2],
    ]);
    expect(movedLayers(before, after)).toEqual(["zones"]);
    expect(movedLayers(after, after)).toEqual([]);
  });
});
