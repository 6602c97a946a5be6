import { describe, expect, it } from "vitest";
import { pickSelection } from "./feature-selection.ts";

const at: [number, number] = [112.85, 35.5];

describe("pickSelection", () => {
  it("takes the topmost feature", () => {
    const picked = pickSelection(
      [
        { id: 7, sourceLayer: "hazards", properties: { name_zh: "某滑坡" } },
        { id: 140525, sourceLayer: "counties", properties: {} },
      ],
      at,
    );
    expect(picked).toEqual({ layer: "hazards", id: 7, properties: { name_zh: "某滑坡" }, lngLat: at });
  });

  it("falls back to the id property and skips features of unknown layers", () => {
    const picked = pickSelection(
      [
        { sourceLayer: "not-a-layer", id: 1, properties: {} },
        { sourceLayer: "mines", properties: { id: 12 } },
      ],
      at,
    );
    expect(picked?.layer).toBe("mines");
    expect(picked?.id).toBe(12);
  });

  it("returns null when nothing selectable is under the cursor", () => {
    expect(pickSelection([{ sourceLayer: "rivers", properties: {} }], at)).toBeNull();
    expect(pickSelection([], at)).toBeNull();
  });
});
