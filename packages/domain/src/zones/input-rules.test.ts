import { describe, expect, it } from "vitest";
import { validateShareOverride } from "./fund-shares.ts";
import {
  checkBufferDistance,
  checkGapDistance,
  checkProposalDistance,
  checkZoneName,
  ZONE_NAME_LENGTH,
} from "./input-rules.ts";

const ok = { ok: true };

describe("checkZoneName", () => {
  it("takes 2 to 100 characters, counting characters not UTF-16 units, spaces around left out", () => {
    expect(checkZoneName("片区")).toEqual(ok);
    expect(checkZoneName("片".repeat(100))).toEqual(ok);
    expect(checkZoneName("𠀀𠀀")).toEqual(ok);
    expect(ZONE_NAME_LENGTH).toEqual({ min: 2, max: 100 });
  });
  it("refuses 1 character, blanks and 101 characters, saying which limit", () => {
    expect(checkZoneName("片")).toMatchObject({
      ok: false,
      field: "/name_zh",
      message_zh: "片区名称至少 2 个字",
    });
    expect(checkZoneName("  片  ")).toMatchObject({ ok: false });
    expect(checkZoneName("片".repeat(101))).toMatchObject({
      ok: false,
      message_zh: "片区名称不超过 100 个字（现为 101）",
      message_en: "the zone name is at most 100 characters (it has 101)",
    });
  });
});

describe("checkGapDistance", () => {
  it("takes more than 0 up to 2000 m", () => {
    expect(checkGapDistance(0.001)).toEqual(ok);
    expect(checkGapDistance(2000)).toEqual(ok);
  });
  it("refuses 0, negatives, NaN and 2000.001 m", () => {
    expect(checkGapDistance(0)).toMatchObject({ ok: false, field: "/gap_m" });
    expect(checkGapDistance(-5)).toMatchObject({ ok: false });
    expect(checkGapDistance(Number.NaN)).toMatchObject({ ok: false });
    expect(checkGapDistance(2000.001)).toMatchObject({ ok: false, message_zh: "闭合间隙距离不超过 2000 m" });
  });
});

describe("checkBufferDistance", () => {
  it("takes -5000 to 20000 m, at least 1 m either way", () => {
    for (const d of [-5000, -1, 1, 20000]) expect(checkBufferDistance(d)).toEqual(ok);
  });
  it("refuses under 1 m either way and beyond the bounds", () => {
    for (const d of [0, 0.999, -0.5, -5000.01, 20000.01, Number.POSITIVE_INFINITY])
      expect(checkBufferDistance(d)).toMatchObject({ ok: false, field: "/distance_m" });
  });
});

describe("checkProposalDistance", () => {
  it("takes 50 to 5000 m and refuses 49.9 and 5000.1", () => {
    expect(checkProposalDistance(50)).toEqual(ok);
    expect(checkProposalDistance(5000)).toEqual(ok);
    expect(checkProposalDistance(49.9)).toMatchObject({
      ok: false,
      message_zh: "连片距离须在 50 m 到 5000 m 之间",
    });
    expect(checkProposalDistance(5000.1)).toMatchObject({ ok: false });
  });
});

describe("validateShareOverride at the 100 % limit (the form and the API share it)", () => {
  it("takes a sum of exactly 100 to 0.001 % and refuses 99.999 and 100.001", () => {
    const two = (a: number, b: number) => [
      { companyId: 1, sharePct: a },
      { companyId: null, sharePct: b },
    ];
    expect(validateShareOverride(two(60.001, 39.999)).ok).toBe(true);
    expect(validateShareOverride(two(60, 39.999))).toMatchObject({
      ok: false,
      reason: "sum_not_100",
      message_zh: "各方比例合计须为100%，现为99.999%",
    });
    expect(validateShareOverride(two(60.001, 40))).toMatchObject({ ok: false, reason: "sum_not_100" });
    expect(validateShareOverride(two(100.001, 0))).toMatchObject({ ok: false, reason: "out_of_range" });
  });
});
