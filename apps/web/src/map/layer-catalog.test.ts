import { describe, expect, it } from "vitest";
import { defaultVisibility, LAYER_GROUPS, visibilityFromParam, visibilityParam } from "./layer-catalog.ts";

describe("the visible layers in an address", () => {
  it("round-trips any visibility", () => {
    const some = Object.fromEntries(LAYER_GROUPS.map((g, i) => [g.id, i % 2 === 0])) as ReturnType<
      typeof defaultVisibility
    >;
    expect(visibilityFromParam(visibilityParam(some))).toEqual(some);
    expect(visibilityFromParam(visibilityParam(defaultVisibility()))).toEqual(defaultVisibility());
  });

  it("means the defaults without a parameter, nothing for an empty one, and ignores unknown names", () => {
    expect(visibilityFromParam(null)).toEqual(defaultVisibility());
    expect(Object.values(visibilityFromParam("")).some(Boolean)).toBe(false);
    const onlyMines = visibilityFromParam("mines,not_a_layer");
    expect(Object.entries(onlyMines).filter(([, on]) => on)).toEqual([["mines", true]]);
  });
});
