import { describe, expect, it } from "vitest";
import { suggestZoneType } from "./suggest-zone-type.ts";

const none = { historic_pits: 0, closed_mines: 0, subsidence: 0, hazards: 0 };

describe("suggestZoneType", () => {
  it("names pits, subsidence and hazard-only candidates", () => {
    expect(suggestZoneType({ ...none, historic_pits: 2, hazards: 4 })).toBe("historic_pit");
    expect(suggestZoneType({ ...none, subsidence: 1, hazards: 2 })).toBe("subsidence");
    expect(suggestZoneType({ ...none, hazards: 3 })).toBe("hazard_works");
  });

  it("calls mixed mine damage a contiguous mine area", () => {
    expect(suggestZoneType({ ...none, historic_pits: 1, closed_mines: 1 })).toBe("contiguous_mine");
    expect(suggestZoneType({ ...none, closed_mines: 1, subsidence: 2 })).toBe("contiguous_mine");
  });
});
