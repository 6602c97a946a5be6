import { describe, expect, it } from "vitest";
import { checkNewAllocation, newVersusClosed } from "./new-allocation.ts";

const medium = {
  mineral: "bauxite",
  miningMethod: "open_pit",
  depositScale: "medium",
  productionScale: 30,
  productionUnit: "万t/a",
} as const;

describe("checkNewAllocation", () => {
  it("allows a medium site that overlaps nothing", () => {
    expect(checkNewAllocation(medium, [])).toEqual({ ok: true, productionClass: "medium", reasons: [] });
  });
  it("refuses a small deposit or production just under medium (29.9 万t/a for bauxite)", () => {
    expect(checkNewAllocation({ ...medium, depositScale: "small" }, []).reasons.map((r) => r.code)).toEqual([
      "deposit_below_medium",
    ]);
    const r = checkNewAllocation({ ...medium, productionScale: 29.9 }, []);
    expect(r.ok).toBe(false);
    expect(r.productionClass).toBe("small");
    expect(checkNewAllocation({ ...medium, productionScale: 30.1 }, []).ok).toBe(true);
  });
  it("lists each overlap in m² and 亩", () => {
    const r = checkNewAllocation(medium, [
      { kind: "protected_area", id: 1, name_zh: "红线", overlap_m2: 20000, overlap_mu: 30 },
      { kind: "infrastructure", id: 2, name_zh: "输电线", overlap_m2: 0, overlap_mu: 0 },
    ]);
    expect(r.ok).toBe(false);
    expect(r.reasons.map((x) => x.zh)).toEqual([
      "与保护区“红线”重叠20000平方米（30亩）",
      "与重要基础设施“输电线”相交",
    ]);
    expect(r.reasons[0]?.en).toBe('overlaps protected area "红线" by 20000 m² (30 mu)');
  });
});

describe("newVersusClosed", () => {
  it("holds while new sites do not outnumber closed ones", () => {
    expect(newVersusClosed(3, 3).ok).toBe(true);
    expect(newVersusClosed(4, 3)).toEqual({ new: 4, closed: 3, ok: false });
  });
});
