import { describe, expect, it } from "vitest";
import { normaliseShares, validateShareOverride } from "./fund-shares.ts";

const sum = (shares: { sharePct: number }[]) => Math.round(shares.reduce((s, x) => s + x.sharePct * 1000, 0));

describe("normaliseShares", () => {
  it("splits in proportion to damage, the government for ownerless damage", () => {
    const shares = normaliseShares([
      { companyId: 7, damageM2: 3000 },
      { companyId: null, damageM2: 1000 },
    ]);
    expect(shares).toEqual([
      { companyId: 7, sharePct: 75 },
      { companyId: null, sharePct: 25 },
    ]);
  });

  it("rounds thirds so the sum is exactly 100", () => {
    const shares = normaliseShares([
      { companyId: 1, damageM2: 1 },
      { companyId: 2, damageM2: 1 },
      { companyId: 3, damageM2: 1 },
    ]);
    expect(sum(shares)).toBe(100_000);
    expect(shares.map((s) => s.sharePct).sort()).toEqual([33.333, 33.333, 33.334]);
  });

  it("merges rows of the same company and drops parties without damage", () => {
    const shares = normaliseShares([
      { companyId: 1, damageM2: 10 },
      { companyId: 1, damageM2: 30 },
      { companyId: 2, damageM2: 0 },
      { companyId: null, damageM2: 60 },
    ]);
    expect(shares).toEqual([
      { companyId: null, sharePct: 60 },
      { companyId: 1, sharePct: 40 },
    ]);
  });

  it("gives no shares when nothing is attributable, and rejects negative areas", () => {
    expect(normaliseShares([])).toEqual([]);
    expect(() => normaliseShares([{ companyId: 1, damageM2: -1 }])).toThrow(RangeError);
  });

  it("keeps tiny parties summing to 100 among many", () => {
    const damage = Array.from({ length: 17 }, (_, i) => ({ companyId: i + 1, damageM2: 1 + i * 0.37 }));
    expect(sum(normaliseShares(damage))).toBe(100_000);
  });
});

describe("validateShareOverride", () => {
  it("accepts shares summing to 100 with three decimals", () => {
    const r = validateShareOverride([
      { companyId: 1, sharePct: 33.333 },
      { companyId: 2, sharePct: 33.333 },
      { companyId: null, sharePct: 33.334 },
    ]);
    expect(r.ok).toBe(true);
  });

  it("refuses a sum other than 100, saying what it is", () => {
    const r = validateShareOverride([
      { companyId: 1, sharePct: 60 },
      { companyId: 2, sharePct: 30 },
    ]);
    expect(r.ok === false && r.reason).toBe("sum_not_100");
    expect(r.ok === false && r.message_zh).toContain("90%");
  });

  it("refuses duplicates, out-of-range values and an empty list", () => {
    expect(validateShareOverride([]).ok).toBe(false);
    const dup = validateShareOverride([
      { companyId: null, sharePct: 50 },
      { companyId: null, sharePct: 50 },
    ]);
    expect(dup.ok === false && dup.reason).toBe("duplicate_party");
    const big = validateShareOverride([
      { companyId: 1, sharePct: 120 },
      { companyId: 2, sharePct: -20 },
    ]);
    expect(big.ok === false && big.reason).toBe("out_of_range");
  });
});
