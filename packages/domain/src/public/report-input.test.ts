import { describe, expect, it } from "vitest";
import { checkReportInput, REPORT_LIMITS } from "./report-input.ts";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const ok = { category: "dumping", text: "矸石倒在河道边上" };

describe("checkReportInput", () => {
  it("accepts a plain report and trims it", () => {
    expect(checkReportInput({ ...ok, text: "  矸石倒在河道边上 ", contact: "  " })).toEqual({
      ok: true,
      report: { category: "dumping", text: "矸石倒在河道边上", contact: null, photo: null },
    });
  });

  it("refuses a filled honeypot before anything else", () => {
    expect(checkReportInput({ ...ok, category: "nope", website: "http://spam" })).toEqual({
      ok: false,
      reason: "honeypot",
    });
  });

  it("counts characters, not UTF-16 units, against the text limits", () => {
    const max = "塌".repeat(REPORT_LIMITS.textMaxChars);
    expect(checkReportInput({ ...ok, text: max }).ok).toBe(true);
    expect(checkReportInput({ ...ok, text: `${max}塌` })).toEqual({ ok: false, reason: "text_too_long" });
    expect(checkReportInput({ ...ok, text: "😀".repeat(REPORT_LIMITS.textMaxChars) }).ok).toBe(true);
    expect(checkReportInput({ ...ok, text: "裂缝" })).toEqual({ ok: false, reason: "text_too_short" });
  });

  it("refuses an unknown category and an overlong contact", () => {
    expect(checkReportInput({ ...ok, category: "ufo" })).toEqual({ ok: false, reason: "unknown_category" });
    const contact = "1".repeat(REPORT_LIMITS.contactMaxChars + 1);
    expect(checkReportInput({ ...ok, contact })).toEqual({ ok: false, reason: "contact_too_long" });
  });

  it("checks a photo's size and that its bytes are the type it claims", () => {
    const photo = { contentType: "image/jpeg", bytes: JPEG };
    expect(checkReportInput({ ...ok, photo }).ok).toBe(true);
    expect(checkReportInput({ ...ok, photo: { ...photo, contentType: "image/png" } })).toEqual({
      ok: false,
      reason: "photo_type",
    });
    const big = new Uint8Array(REPORT_LIMITS.photoMaxBytes + 1);
    big.set(JPEG);
    expect(checkReportInput({ ...ok, photo: { contentType: "image/jpeg", bytes: big } })).toEqual({
      ok: false,
      reason: "photo_too_large",
    });
  });
});
