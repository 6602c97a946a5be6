import { thresholdParameter } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { reasonText, timeLeftText } from "./alert-reason.ts";

const label = (parameter: string) =>
  thresholdParameter.labels[parameter as keyof typeof thresholdParameter.labels]?.en ?? parameter;

describe("alert reasons and time left", () => {
  it("says which value passed which threshold", () => {
    const text = reasonText(
      { rule: "threshold", parameter: "crack_change_mm", value: 12, warnValue: 10, crackId: "L2" },
      "en",
      label,
    );
    expect(text).toBe(`${thresholdParameter.labels.crack_change_mm.en} L2 12 ≥ 10`);
    expect(reasonText({ rule: "monitor_level", level: "red" }, "zh", label)).toBe("巡查员判定预警");
  });

  it("gives the time left, or how late", () => {
    expect(timeLeftText(125, "en")).toBe("2 h 05 min left");
    expect(timeLeftText(-40, "en")).toBe("overdue by 40 min");
    expect(timeLeftText(30, "zh")).toBe("剩余 30 min");
  });
});
