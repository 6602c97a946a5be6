import { describe, expect, it } from "vitest";
import { creditCheckChar, creditCode, isValidCreditCode } from "./credit-code.ts";

describe("credit codes", () => {
  it("checks a published example of GB 32100", () => {
    // The standard's worked example.
    expect(creditCheckChar("91350100M000100Y4")).toBe("3");
  });
  it("makes well-formed, distinct codes under the county code", () => {
    const codes = Array.from({ length: 2000 }, (_, i) => creditCode("140525", i));
    expect(new Set(codes).size).toBe(2000);
    for (const c of codes) {
      expect(c).toMatch(/^91140525MA[0-9]{6}[0-9X][0-9A-HJ-NPQRTUWXY]$/);
      expect(isValidCreditCode(c)).toBe(true);
    }
  });
  it("rejects a code with a wrong check character", () => {
    const c = creditCode("140521", 7);
    const wrong = c.slice(0, 17) + (c[17] === "0" ? "1" : "0");
    expect(isValidCreditCode(wrong)).toBe(false);
  });
});
