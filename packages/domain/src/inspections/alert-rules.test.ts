import { describe, expect, it } from "vitest";
import { type AlertInput, evaluateAlert, maxAlert, type Threshold } from "./alert-rules.ts";

const thresholds: Threshold[] = [
  { parameter: "crack_change_mm", warnValue: 10 },
  { parameter: "displacement_mm", warnValue: 50 },
  { parameter: "rainfall_mm", warnValue: 80 },
];
const quiet: AlertInput = { cracks: [], alertLevel: "none" };

describe("evaluateAlert", () => {
  it("raises nothing when every value is under its warning value", () => {
    const d = evaluateAlert(
      { cracks: [{ crackId: "L1", changeMm: 9.9 }], displacementMm: 49, rainfallMm: 79, alertLevel: "none" },
      thresholds,
      "none",
    );
    expect(d).toEqual({ level: "none", raises: false, reasons: [] });
  });

  it("raises yellow when one crack of several reaches the warning value", () => {
    const d = evaluateAlert(
      {
        cracks: [
          { crackId: "L1", changeMm: 2 },
          { crackId: "L2", changeMm: 10 },
        ],
        alertLevel: "none",
      },
      thresholds,
      "none",
    );
    expect(d.level).toBe("yellow");
    expect(d.raises).toBe(true);
    expect(d.reasons).toEqual([
      {
        rule: "threshold",
        parameter: "crack_change_mm",
        value: 10,
        warnValue: 10,
        level: "yellow",
        crackId: "L2",
      },
    ]);
  });

  it("raises orange at twice the warning value, also for a negative displacement", () => {
    expect(evaluateAlert({ ...quiet, displacementMm: -100 }, thresholds, "none").level).toBe("orange");
  });

  it("treats rainfall over its value as blue (attention)", () => {
    expect(evaluateAlert({ ...quiet, rainfallMm: 120 }, thresholds, "none").level).toBe("blue");
  });

  it("ignores parameters the point has no threshold for", () => {
    expect(evaluateAlert({ ...quiet, displacementMm: 1e4 }, [], "none").level).toBe("none");
  });

  it("takes the monitor's orange or red, but not a lower level, as a reason", () => {
    expect(evaluateAlert({ ...quiet, alertLevel: "red" }, thresholds, "none")).toMatchObject({
      level: "red",
      raises: true,
      reasons: [{ rule: "monitor_level", level: "red" }],
    });
    expect(evaluateAlert({ ...quiet, alertLevel: "yellow" }, thresholds, "none").level).toBe("none");
  });

  it("does not raise a point already at that level or above", () => {
    const d = evaluateAlert({ ...quiet, displacementMm: 60 }, thresholds, "orange");
    expect(d.level).toBe("yellow");
    expect(d.raises).toBe(false);
  });
});

describe("maxAlert", () => {
  it("orders none < blue < yellow < orange < red", () => {
    expect(maxAlert("blue", "yellow")).toBe("yellow");
    expect(maxAlert("red", "orange")).toBe("red");
    expect(maxAlert("none", "none")).toBe("none");
  });
});
