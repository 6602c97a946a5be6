import { describe, expect, it } from "vitest";
import { elapsedText } from "./elapsed.ts";

describe("elapsedText", () => {
  it("says minutes, hours and days in both languages", () => {
    expect(elapsedText(45, "zh")).toBe("45 分钟");
    expect(elapsedText(200, "en")).toBe("3 h 20 min");
    expect(elapsedText(200, "zh")).toBe("3 小时 20 分");
    expect(elapsedText(3000, "en")).toBe("2 d 2 h");
    expect(elapsedText(-5, "en")).toBe("0 min");
  });
});
