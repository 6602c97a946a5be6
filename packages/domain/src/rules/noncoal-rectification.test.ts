import { describe, expect, it } from "vitest";
import {
  classifyNonCoalMine,
  effectiveRectificationClass,
  type RectificationInput,
} from "./noncoal-rectification.ts";

const AS_OF = { asOf: "2025-06-30" };
/** A licensed, producing bauxite mine that triggers nothing. */
const base: RectificationInput = {
  mineral: "bauxite",
  miningMethod: "open_pit",
  status: "producing",
  licenceValidTo: "2030-12-31",
  safetyPermitValidTo: "2027-01-01",
  overBoundary: false,
  bannedProcessUnfixed: false,
  resourcesExhausted: false,
  stoppedSince: null,
  constructionDue: null,
  productionScale: 40,
  productionUnit: "万t/a",
  remainingYears: 12,
  scaleAfterUpgrade: null,
};
const classify = (patch: Partial<RectificationInput>) => classifyNonCoalMine({ ...base, ...patch }, AS_OF);
const codes = (patch: Partial<RectificationInput>) => classify(patch).reasons.map((r) => r.code);

describe("close and ban", () => {
  it("operating with no mining licence, or one expired the day before", () => {
    expect(classify({ licenceValidTo: null })).toMatchObject({ class: "close_and_ban" });
    expect(codes({ licenceValidTo: "2025-06-29" })).toContain("no_mining_licence");
    // valid through its last day
    expect(classify({ licenceValidTo: "2025-06-30" }).class).toBe("retain");
  });
  it("producing without a valid safety licence; a mine in construction needs none yet", () => {
    expect(codes({ safetyPermitValidTo: null })).toEqual(["no_safety_permit"]);
    expect(classify({ safetyPermitValidTo: null, status: "building" }).class).toBe("retain");
    // a stopped mine without licences is not "operating"
    expect(classify({ licenceValidTo: null, safetyPermitValidTo: null, status: "suspended" }).class).toBe(
      "retain",
    );
  });
  it("over the boundary or a banned process not fixed, with both reasons", () => {
    const r = classify({ overBoundary: true, bannedProcessUnfixed: true });
    expect(r.class).toBe("close_and_ban");
    expect(r.reasons.map((x) => x.code)).toEqual(["over_boundary", "banned_process"]);
    expect(r.reasons[0]?.zh).toBe("越界开采");
  });
  it("wins over exit criteria and keeps them as reasons", () => {
    const r = classify({ overBoundary: true, productionScale: 10, remainingYears: 2 });
    expect(r.class).toBe("close_and_ban");
    expect(r.reasons.map((x) => x.code)).toEqual(["over_boundary", "below_scale_short_life"]);
  });
});

describe("guided exit: below scale with under 5 years", () => {
  it.each([
    [29.9, 4.9, "guided_exit"],
    [30, 4.9, "retain"],
    [30.1, 4.9, "retain"],
    [29.9, 5, "retain"],
    [29.9, 5.1, "retain"],
  ] as const)("bauxite at %s 万t/a with %s years: %s", (productionScale, remainingYears, expected) => {
    expect(classify({ productionScale, remainingYears }).class).toBe(expected);
  });
  it.each(["iron", "cement_limestone"] as const)("%s has the same 30 万t/a threshold", (mineral) => {
    expect(classify({ mineral, productionScale: 29.9, remainingYears: 4.9 }).class).toBe("guided_exit");
    expect(classify({ mineral, productionScale: 30, remainingYears: 4.9 }).class).toBe("retain");
  });
  it.each([
    [49.9, "guided_exit"],
    [50, "retain"],
    [50.1, "retain"],
  ] as const)("an open-pit quarry at %s 万t/a with 4.9 years: %s", (productionScale, expected) => {
    const quarry = { mineral: "construction_stone", miningMethod: "open_pit" } as const;
    expect(classify({ ...quarry, productionScale, remainingYears: 4.9 }).class).toBe(expected);
  });
  it("a quarry given in 万m³/a is compared in tonnes (2.7 t/m³)", () => {
    const quarry = {
      mineral: "construction_stone",
      miningMethod: "open_pit",
      productionUnit: "万m3/a",
    } as const;
    expect(classify({ ...quarry, productionScale: 18.5, remainingYears: 3 }).class).toBe("guided_exit");
    expect(classify({ ...quarry, productionScale: 18.6, remainingYears: 3 }).class).toBe("retain");
  });
  it("no threshold for minerals the plan does not list; unknown figures are reported missing", () => {
    expect(classify({ mineral: "dolomite", productionScale: 1, remainingYears: 1 }).class).toBe("retain");
    const r = classify({ productionScale: null, remainingYears: null });
    expect(r.class).toBe("retain");
    expect(r.missing).toEqual(["productionScale", "remainingYears"]);
  });
  it("the reason states the figures", () => {
    const r = classify({ productionScale: 29.9, remainingYears: 4.9 });
    expect(r.reasons[0]?.zh).toBe("生产规模29.9万吨/年低于30万吨/年且剩余资源服务年限4.9年不足5年");
  });
});

describe("guided exit: other criteria", () => {
  it("resources exhausted while the licence is valid", () => {
    expect(codes({ resourcesExhausted: true })).toEqual(["resources_exhausted"]);
  });
  it("stopped for a year or more (365 days by default, a setting)", () => {
    expect(classify({ status: "suspended", stoppedSince: "2024-06-30" }).class).toBe("guided_exit");
    expect(classify({ status: "suspended", stoppedSince: "2024-07-01" }).class).toBe("retain");
    const opt = { asOf: "2025-06-30", longStoppedDays: 180 };
    expect(classifyNonCoalMine({ ...base, status: "suspended", stoppedSince: "2025-01-01" }, opt).class).toBe(
      "guided_exit",
    );
  });
  it("construction overdue the day after it was due", () => {
    const building = { status: "building", safetyPermitValidTo: null } as const;
    expect(classify({ ...building, constructionDue: "2025-06-29" }).class).toBe("guided_exit");
    expect(classify({ ...building, constructionDue: "2025-06-30" }).class).toBe("retain");
  });
});

describe("upgrade", () => {
  it.each([
    [30, 5, "upgrade"],
    [30, 4.9, "retain"],
    [29.9, 5, "retain"],
    [100, 5.1, "upgrade"],
  ] as const)("bauxite upgraded to %s 万t/a (medium ≥ 30) with %s years: %s", (after, years, expected) => {
    expect(classify({ scaleAfterUpgrade: after, remainingYears: years }).class).toBe(expected);
  });
  it("says why an upgrade does not qualify", () => {
    expect(codes({ scaleAfterUpgrade: 29.9 })).toEqual(["upgrade_below_medium"]);
    expect(codes({ scaleAfterUpgrade: 60, remainingYears: 4.9 })).toEqual(["upgrade_short_life"]);
  });
});

describe("scope and the planner's decision", () => {
  it("does not class a mine already closed", () => {
    expect(classify({ status: "closed", licenceValidTo: null, overBoundary: true })).toEqual({
      class: "closed",
      reasons: [{ code: "already_closed", zh: "已关闭，不再判定", en: "closed already; not classed again" }],
      missing: [],
    });
  });
  it("refuses coal", () => {
    expect(() => classify({ mineral: "coal" })).toThrow(RangeError);
  });
  it("the recorded class wins", () => {
    expect(effectiveRectificationClass("retain", "consolidate")).toBe("consolidate");
    expect(effectiveRectificationClass("guided_exit", null)).toBe("guided_exit");
  });
});
