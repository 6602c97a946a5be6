import { checkGapDistance, checkZoneName } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { failureOf } from "../../platform/api-client.ts";
import { refusalOf, refusalOfCheck, refusalText } from "./field-refusal.ts";

const reply = (code: string, message: string, message_en: string, details?: unknown) =>
  failureOf(400, { error: { code, message, message_en, details } });

describe("refusalOf", () => {
  it("says the rule's own words at the field the API names", () => {
    const r = refusalOf(
      reply("bad_distance", "距离超出允许范围", "The distance is out of range", {
        field: "/gap_m",
        message_zh: "闭合间隙距离不超过 2000 m",
        message_en: "the gap to close is at most 2000 m",
      }),
    );
    expect(r).toEqual({
      field: "gap_m",
      zh: "闭合间隙距离不超过 2000 m",
      en: "the gap to close is at most 2000 m",
    });
    expect(refusalText(r, "en")).toBe("the gap to close is at most 2000 m");
  });

  it("puts a code that names no field at its control, in the catalogue's words", () => {
    const r = refusalOf(
      failureOf(409, {
        error: {
          code: "zone_code_taken",
          message: "片区编号已被使用",
          message_en: "taken",
          details: { code: "A" },
        },
      }),
    );
    expect(r).toEqual({ field: "code", zh: "片区编号已被使用", en: "taken" });
  });

  it("reads a schema refusal's first field, and falls back to the form", () => {
    const r = refusalOf(
      reply("validation_failed", "请求参数不符合要求", "not valid", [
        { field: "body/budget_wan", problem: "x" },
      ]),
    );
    expect(r.field).toBe("budget_wan");
    expect(refusalOf(reply("internal", "内部错误", "internal")).field).toBe("form");
    expect(refusalOf(new Error("boom"), "shares")).toEqual({
      field: "shares",
      zh: "Error: boom",
      en: "Error: boom",
    });
  });
});

describe("refusalOfCheck", () => {
  it("gives the domain rule's refusal in the same shape, or null when it passes", () => {
    expect(refusalOfCheck(checkZoneName("片区"))).toBeNull();
    expect(refusalOfCheck(checkGapDistance(2001))).toEqual({
      field: "gap_m",
      zh: "闭合间隙距离不超过 2000 m",
      en: "the gap to close is at most 2000 m",
    });
  });
});
