import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { outlineOf, partsOf, record, redo, startHistory, undo } from "./outline-history.ts";

const square = (x: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});

describe("the outline's undo/redo", () => {
  it("steps back over several shapes one whole outline at a time, and forward again", () => {
    const a = square(0);
    const b = square(5);
    let h = record(record(startHistory(null), a), b);
    expect(h.present).toBe(b);
    h = undo(h);
    expect(h.present).toBe(a);
    h = undo(h);
    expect(h.present).toBeNull();
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(a);
    h = redo(h);
    expect(h.present).toBe(b);
    expect(redo(h)).toBe(h);
  });

  it("drops what could be redone once a new outline is recorded", () => {
    const h = record(undo(record(record(startHistory(null), square(0)), square(5))), square(9));
    expect(h.future).toEqual([]);
    expect(h.past).toHaveLength(2);
    expect(record(h, h.present)).toBe(h);
  });
});

describe("an outline's parts", () => {
  it("splits a MultiPolygon into its polygons and puts them back together", () => {
    const multi = outlineOf([square(0), square(5)]);
    expect(multi?.type).toBe("MultiPolygon");
    expect(partsOf(multi)).toEqual([square(0), square(5)]);
    expect(outlineOf([square(0)])).toEqual(square(0));
    expect(outlineOf([])).toBeNull();
    expect(partsOf(null)).toEqual([]);
  });
});
