import { describe, expect, it } from "vitest";
import { identifyFeatures, polygonalBounds, sameFeature } from "./identify.ts";

const at: [number, number] = [112.9, 35.5];

describe("identifyFeatures", () => {
  it("lists each feature under the click once, topmost first, across layers", () => {
    const list = identifyFeatures(
      [
        { id: 7, sourceLayer: "zones", properties: { name_zh: "片区" } },
        { id: 7, sourceLayer: "zones", properties: { name_zh: "片区" } },
        { id: 3, sourceLayer: "subsidence", properties: {} },
        { id: 7, sourceLayer: "mines", properties: {} },
        { id: 3, sourceLayer: "subsidence", properties: {} },
      ],
      at,
    );
    expect(list.map((f) => `${f.layer}/${f.id}`)).toEqual(["zones/7", "subsidence/3", "mines/7"]);
    expect(list[0]?.lngLat).toEqual(at);
  });

  it("leaves out features with no id and layers that are not tile layers", () => {
    const list = identifyFeatures(
      [
        { sourceLayer: "zones", properties: {} },
        { id: 1, sourceLayer: "plan-overlay", properties: {} },
        { sourceLayer: "hazards", properties: { id: 5 } },
      ],
      at,
    );
    expect(list.map((f) => `${f.layer}/${f.id}`)).toEqual(["hazards/5"]);
  });

  it("compares features by layer and id, whatever the id's type", () => {
    const a = { layer: "mines" as const, id: 4, properties: {}, lngLat: at };
    expect(sameFeature(a, { ...a, id: "4" })).toBe(true);
    expect(sameFeature(a, { ...a, layer: "zones" })).toBe(false);
  });
});

describe("polygonalBounds", () => {
  it("spans every part of a multipolygon", () => {
    const square = (x: number, y: number) => [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y],
      ],
    ];
    expect(
      polygonalBounds({ type: "MultiPolygon", coordinates: [square(112, 35), square(113.5, 34.5)] }),
    ).toEqual([
      [112, 34.5],
      [114.5, 36],
    ]);
  });
});
