import { describe, expect, it } from "vitest";
import { interiorPoint, labelPoints, withFeatureLabels } from "./identify-labels.ts";
import { TILE_SOURCE } from "./style/build-style.ts";

const box = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

describe("labelPoints", () => {
  it("gives a feature cut across tiles one label, in its largest part", () => {
    const points = labelPoints([
      {
        id: 7,
        properties: { mine_name: "龙峪煤矿" },
        geometry: { type: "Polygon", coordinates: box(0, 0, 1, 1) },
      },
      {
        id: 7,
        properties: { mine_name: "龙峪煤矿" },
        geometry: { type: "Polygon", coordinates: box(1, 0, 4, 1) },
      },
      {
        id: 8,
        properties: { mine_name: "另一矿" },
        geometry: { type: "Polygon", coordinates: box(10, 10, 11, 11) },
      },
    ]);
    expect(points).toHaveLength(2);
    const seven = points.find((p) => p.id === 7);
    expect(seven?.geometry.coordinates).toEqual([2.5, 0.5]);
    expect(seven?.properties?.mine_name).toBe("龙峪煤矿");
  });

  it("prefers a part whose point is in the view, so a large feature keeps its label on screen", () => {
    const parts = [
      { id: 3, properties: {}, geometry: { type: "Polygon" as const, coordinates: box(0, 0, 1, 1) } },
      { id: 3, properties: {}, geometry: { type: "Polygon" as const, coordinates: box(1, 0, 9, 1) } },
    ];
    expect(labelPoints(parts)[0]?.geometry.coordinates).toEqual([5, 0.5]);
    expect(labelPoints(parts, [-1, -1, 1.2, 2])[0]?.geometry.coordinates).toEqual([0.5, 0.5]);
  });

  it("puts the point inside a U-shaped ring, not at its empty middle", () => {
    const u = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const [x] = interiorPoint(u) ?? [];
    expect(x === 0.5 || x === 2.5).toBe(true);
  });
});

describe("withFeatureLabels", () => {
  it("draws polygon labels from the label points and leaves line labels on the tiles", () => {
    const style = withFeatureLabels(
      {
        version: 8,
        sources: { [TILE_SOURCE]: { type: "vector", url: "x" } },
        layers: [
          { id: "mines-label", type: "symbol", source: TILE_SOURCE, "source-layer": "mines", layout: {} },
          {
            id: "rivers-label",
            type: "symbol",
            source: TILE_SOURCE,
            "source-layer": "rivers",
            layout: { "symbol-placement": "line" },
          },
        ],
      },
      undefined,
    );
    expect(style.layers.map((l) => [l.id, "source" in l ? l.source : ""])).toEqual([
      ["mines-label-once", "feature-labels"],
      ["rivers-label", TILE_SOURCE],
    ]);
  });
});
