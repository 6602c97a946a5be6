import { describe, expect, it } from "vitest";
import { makeTrackingCode, parseTrackingCode, TRACKING_CODE_PATTERN } from "./tracking-code.ts";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("tracking codes", () => {
  it("have the stored form and read back to themselves", () => {
    const code = makeTrackingCode(bytes(1, 2, 3, 4, 5, 6, 7, 8, 250));
    expect(code).toMatch(TRACKING_CODE_PATTERN);
    expect(parseTrackingCode(code)).toEqual({ ok: true, code });
  });

  it("are read forgivingly: lower case, spaces, no dashes, O for 0 and I/L for 1", () => {
    const code = makeTrackingCode(bytes(0, 1, 0, 1, 0, 1, 0, 1, 0));
    expect(code.slice(3, 5)).toBe("01");
    const typed = ` ${code.replaceAll("-", "").toLowerCase().replace("0", "o").replace("1", "l")} `;
    expect(parseTrackingCode(typed)).toEqual({ ok: true, code });
  });

  it("tell a typo (one symbol changed or two swapped) from a malformed code", () => {
    const code = makeTrackingCode(bytes(9, 8, 7, 6, 5, 4, 3, 2, 1));
    const symbols = code.replaceAll("-", "").slice(2);
    const changed = `${symbols[0] === "A" ? "B" : "A"}${symbols.slice(1)}`;
    const swapped = `${symbols[1]}${symbols[0]}${symbols.slice(2)}`;
    expect(parseTrackingCode(changed)).toEqual({ ok: false, reason: "typo" });
    if (symbols[0] !== symbols[1]) expect(parseTrackingCode(swapped)).toEqual({ ok: false, reason: "typo" });
    expect(parseTrackingCode("LP-123")).toEqual({ ok: false, reason: "malformed" });
    expect(parseTrackingCode("LP-UUUUU-UUUUU")).toEqual({ ok: false, reason: "malformed" });
  });

  it("differ for different random bytes and refuse too few bytes", () => {
    expect(makeTrackingCode(bytes(1, 1, 1, 1, 1, 1, 1, 1, 1))).not.toBe(
      makeTrackingCode(bytes(1, 1, 1, 1, 1, 1, 1, 1, 2)),
    );
    expect(() => makeTrackingCode(bytes(1, 2))).toThrow(/9 random bytes/);
  });
});
