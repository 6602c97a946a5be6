import { describe, expect, it } from "vitest";
import { evacuationBounds } from "./evacuation-frame.ts";

const card = {
  lng: 112.8,
  lat: 35.5,
  evacuation_route: {
    type: "LineString",
    coordinates: [
      [112.8, 35.5],
      [112.805, 35.503],
      [112.81, 35.502],
    ],
  },
  shelter: { type: "Point", coordinates: [112.811, 35.5015] },
};

describe("evacuationBounds", () => {
  it("frames the point, every vertex of the route and the shelter", () => {
    expect(evacuationBounds(card, null)).toEqual([112.8, 35.5, 112.811, 35.503]);
  });

  it("takes the phone in when it is near, not when it is far away", () => {
    expect(evacuationBounds(card, [112.79, 35.49])).toEqual([112.79, 35.49, 112.811, 35.503]);
    expect(evacuationBounds(card, [113.5, 36.2])).toEqual([112.8, 35.5, 112.811, 35.503]);
  });

  it("reads multi-part routes and is null with neither route nor shelter", () => {
    const multi = {
      ...card,
      shelter: null,
      evacuation_route: {
        type: "MultiLineString",
        coordinates: [
          [
            [112.79, 35.5],
            [112.8, 35.51],
          ],
          [
            [112.82, 35.49],
            [112.8, 35.5],
          ],
        ],
      },
    };
    expect(evacuationBounds(multi, null)).toEqual([112.79, 35.49, 112.82, 35.51]);
    expect(evacuationBounds({ ...card, shelter: null, evacuation_route: null }, null)).toBeNull();
  });
});
