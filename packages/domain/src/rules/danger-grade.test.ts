import { describe, expect, it } from "vitest";
import {
  computeDangerGrade,
  dangerGradeByLossWan,
  dangerGradeByPeople,
  effectiveDangerGrade,
  higherDangerGrade,
} from "./danger-grade.ts";

describe("dangerGradeByPeople", () => {
  it.each([
    [0, "small"],
    [99, "small"],
    [100, "medium"],
    [499, "medium"],
    [500, "large"],
    [999, "large"],
    [1000, "huge"],
    [25_000, "huge"],
  ] as const)("%i people → %s", (people, grade) => expect(dangerGradeByPeople(people)).toBe(grade));
});

describe("dangerGradeByLossWan", () => {
  it.each([
    [0, "small"],
    [499.99, "small"],
    [500, "medium"],
    [4999.99, "medium"],
    [5000, "large"],
    [9999.99, "large"],
    [10_000, "huge"],
  ] as const)("%f 万元 → %s", (loss, grade) => expect(dangerGradeByLossWan(loss)).toBe(grade));
});

describe("computeDangerGrade", () => {
  it("takes the people grade when it is higher", () => {
    expect(computeDangerGrade({ threatenedPeople: 1000, potentialLossWan: 10 })).toBe("huge");
  });
  it("takes the loss grade when it is higher", () => {
    expect(computeDangerGrade({ threatenedPeople: 20, potentialLossWan: 5000 })).toBe("large");
  });
  it("is small only when both criteria are small", () => {
    expect(computeDangerGrade({ threatenedPeople: 99, potentialLossWan: 499 })).toBe("small");
    expect(computeDangerGrade({ threatenedPeople: 99, potentialLossWan: 500 })).toBe("medium");
  });
});

describe("overrides", () => {
  it("keep the override beside the computed grade", () => {
    expect(effectiveDangerGrade("medium", "large")).toBe("large");
    expect(effectiveDangerGrade("medium", null)).toBe("medium");
    expect(higherDangerGrade("small", "small")).toBe("small");
  });
});
