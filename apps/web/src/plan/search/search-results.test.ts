import { describe, expect, it } from "vitest";
import { moveActive, optionsOf } from "./search-results.ts";

describe("search results", () => {
  it("lists typed coordinates first, then every kind's hits in order", () => {
    const options = optionsOf({
      query: "x",
      coordinates: [{ position: [112, 37], read_as: "lonlat", label: "112°E 37°N" }],
      groups: [
        {
          kind: "mine",
          more: false,
          hits: [{ kind: "mine", id: 4, label: "甲矿", detail: null, position: [1, 2], bbox: [1, 2, 3, 4] }],
        },
        {
          kind: "zone",
          more: true,
          hits: [{ kind: "zone", id: 9, label: "乙区", detail: "Z-1", position: [5, 6], bbox: [5, 6, 7, 8] }],
        },
      ],
    });
    expect(options.map((o) => o.key)).toEqual(["coordinate-0", "mine-4", "zone-9"]);
    expect(options[0]?.bbox).toBeNull();
  });

  it("moves the active row with the arrows, wrapping at both ends", () => {
    expect(moveActive(-1, "ArrowDown", 3)).toBe(0);
    expect(moveActive(2, "ArrowDown", 3)).toBe(0);
    expect(moveActive(0, "ArrowUp", 3)).toBe(2);
    expect(moveActive(1, "End", 3)).toBe(2);
    expect(moveActive(1, "Enter", 3)).toBe(1);
    expect(moveActive(1, "ArrowDown", 0)).toBe(-1);
  });
});
