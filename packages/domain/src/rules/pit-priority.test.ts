import { describe, expect, it } from "vitest";
import { type PitDistance, rankPits, visiblePitsProgress } from "./pit-priority.ts";

const pit = (
  id: number,
  distance_m: number | null,
  state: PitDistance["restoration_state"] = "not_started",
) => ({
  id,
  distance_m,
  restoration_state: state,
});

describe("rankPits", () => {
  it("ranks nearest first, ties by id, pits with no line last", () => {
    const ranked = rankPits([pit(3, 500), pit(1, null), pit(2, 120), pit(4, 500)]);
    expect(ranked.map((r) => [r.pit.id, r.rank])).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
      [1, 4],
    ]);
  });
  it("is visible within the band, inclusive", () => {
    const ranked = rankPits([pit(1, 999.9), pit(2, 1000), pit(3, 1000.1)], 1000);
    expect(ranked.map((r) => r.visible)).toEqual([true, true, false]);
    expect(rankPits([pit(1, 400)], 300)[0]?.visible).toBe(false);
    expect(() => rankPits([], -1)).toThrow(RangeError);
  });
});

describe("visiblePitsProgress", () => {
  it("counts restored or accepted pits among the visible ones", () => {
    const ranked = rankPits([
      pit(1, 100, "restored"),
      pit(2, 200, "accepted"),
      pit(3, 300, "in_progress"),
      pit(4, 5000),
    ]);
    expect(visiblePitsProgress(ranked)).toEqual({
      visible: 3,
      restored: 2,
      pct: 66.7,
      goal_year: 2025,
      met: false,
    });
  });
});
