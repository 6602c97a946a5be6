import { describe, expect, it } from "vitest";
import { nearness, rankProposals } from "./proposal-ranking.ts";

const a = { id: "a", threatenedPeople: 100, damageM2: 10_000, distTransportM: 15_000 };
const b = { id: "b", threatenedPeople: 0, damageM2: 500_000, distTransportM: 1_000 };
const c = { id: "c", threatenedPeople: 500, damageM2: 50_000, distTransportM: null };

describe("nearness", () => {
  it("is 1 on the line, 0 at and beyond the horizon and without a line", () => {
    expect(nearness(0)).toBe(1);
    expect(nearness(10_000)).toBe(0.5);
    expect(nearness(40_000)).toBe(0);
    expect(nearness(null)).toBe(0);
  });
});

describe("rankProposals", () => {
  it("ranks by the combined score by default", () => {
    const ranked = rankProposals([a, b, c]);
    // b: 0.4·0 + 0.4·1 + 0.2·0.95 = 0.59; c: 0.4 + 0.04 + 0 = 0.44; a: 0.08 + 0.008 + 0.05 = 0.138
    expect(ranked.map((r) => r.id)).toEqual(["b", "c", "a"]);
    expect(ranked[0]?.score).toBeCloseTo(0.59, 4);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it("ranks by one key when asked", () => {
    expect(rankProposals([a, b, c], "threatened_people").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(rankProposals([a, b, c], "damage_area").map((r) => r.id)).toEqual(["b", "c", "a"]);
    expect(rankProposals([a, b, c], "nearness").map((r) => r.id)).toEqual(["b", "a", "c"]);
  });

  it("handles an empty list and candidates with nothing in them", () => {
    expect(rankProposals([])).toEqual([]);
    const zero = { threatenedPeople: 0, damageM2: 0, distTransportM: null };
    expect(rankProposals([zero])[0]?.score).toBe(0);
  });
});
