import { describe, expect, it } from "vitest";
import { emptyDraft } from "./inspection-draft.ts";
import { checkThresholds } from "./threshold-check.ts";

const thresholds = [
  { parameter: "crack_change_mm", warn_value: 10 },
  { parameter: "displacement_mm", warn_value: 50 },
];

describe("checkThresholds", () => {
  it("finds a 12 mm crack change against a 10 mm threshold", () => {
    const draft = { ...emptyDraft(), cracks: [{ crackId: "L2", width: "40", change: "12" }] };
    const check = checkThresholds(draft, thresholds);
    expect(check.urgent).toBe(true);
    expect(check.reasons).toEqual([
      {
        rule: "threshold",
        parameter: "crack_change_mm",
        value: 12,
        warnValue: 10,
        level: "yellow",
        crackId: "L2",
      },
    ]);
  });

  it("is quiet under the thresholds, and with no thresholds", () => {
    const draft = {
      ...emptyDraft(),
      displacement: "49,5",
      cracks: [{ crackId: "L1", width: "3", change: "9" }],
    };
    expect(checkThresholds(draft, thresholds)).toEqual({ reasons: [], urgent: false });
    expect(checkThresholds({ ...draft, displacement: "500" }, []).urgent).toBe(false);
  });

  it("counts the monitor's orange or red as urgent, and skips a field being typed", () => {
    expect(checkThresholds({ ...emptyDraft(), alertLevel: "orange" }, []).urgent).toBe(true);
    expect(checkThresholds({ ...emptyDraft(), alertLevel: "yellow" }, []).urgent).toBe(false);
    expect(checkThresholds({ ...emptyDraft(), displacement: "1." }, thresholds).urgent).toBe(false);
  });
});
