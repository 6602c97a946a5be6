import { describe, expect, it } from "vitest";
import { formatTable } from "./format-table.ts";

describe("formatTable", () => {
  it("aligns text left and numbers right; integers as they are, fractions to one decimal", () => {
    const text = formatTable([
      { path: "API (HTTP)", "tiles/s": 512.34, "p50 ms": 14 },
      { path: "SQL", "tiles/s": 1000, "p50 ms": 9.96 },
    ]);
    expect(text.split("\n")).toEqual([
      "path        tiles/s  p50 ms",
      "----------  -------  ------",
      "API (HTTP)    512.3      14",
      "SQL            1000    10.0",
    ]);
  });

  it("is empty for no rows", () => {
    expect(formatTable([])).toBe("");
  });
});
