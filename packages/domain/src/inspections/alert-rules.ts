import type { AlertLevel } from "../enums.ts";

/**
 * When an inspection raises a hazard point's alert (预警). The project's rule,
 * after the Shanxi group-monitoring practice:
 * - a measured crack change or displacement at or over the point's warning
 *   value raises yellow, at or over twice the value orange;
 * - rainfall at or over its warning value raises blue (attention);
 * - an orange or red level set by the monitor raises that level;
 * - the point's alert only ever goes up here; lowering it is a planner's act.
 */

const ORDER: readonly AlertLevel[] = ["none", "blue", "yellow", "orange", "red"];

/** The rank of an alert level (none = 0 … red = 4). */
export function alertRank(level: AlertLevel): number {
  return ORDER.indexOf(level);
}

/** The higher of two alert levels. */
export function maxAlert(a: AlertLevel, b: AlertLevel): AlertLevel {
  return alertRank(a) >= alertRank(b) ? a : b;
}

export type ThresholdParameter = "crack_change_mm" | "displacement_mm" | "rainfall_mm";

export interface Threshold {
  parameter: ThresholdParameter;
  warnValue: number;
}

/** What the rule looks at in an inspection. */
export interface AlertInput {
  cracks: readonly { crackId: string; changeMm?: number | null }[];
  displacementMm?: number | null;
  rainfallMm?: number | null;
  /** The level the monitor chose on the form. */
  alertLevel: AlertLevel;
}

/** One reason an alert is raised, kept with the alert so a planner sees why. */
export type AlertReason =
  | {
      rule: "threshold";
      parameter: ThresholdParameter;
      value: number;
      warnValue: number;
      level: AlertLevel;
      crackId?: string;
    }
  | { rule: "monitor_level"; level: AlertLevel };

export interface AlertDecision {
  /** The level this inspection indicates (none when nothing passes). */
  level: AlertLevel;
  /** Whether it is above the point's current alert, so the point is raised. */
  raises: boolean;
  reasons: AlertReason[];
}

function thresholdLevel(parameter: ThresholdParameter, value: number, warn: number): AlertLevel {
  const size = Math.abs(value);
  if (size < warn) return "none";
  if (parameter === "rainfall_mm") return "blue";
  return size >= 2 * warn ? "orange" : "yellow";
}

/**
 * The alert an inspection indicates and whether it raises the point's current alert.
 * @example evaluateAlert({ cracks: [{ crackId: "L1", changeMm: 12 }], alertLevel: "none" },
 *   [{ parameter: "crack_change_mm", warnValue: 10 }], "none").level // "yellow"
 */
export function evaluateAlert(
  input: AlertInput,
  thresholds: readonly Threshold[],
  current: AlertLevel,
): AlertDecision {
  const reasons: AlertReason[] = [];
  const warn = new Map(thresholds.map((t) => [t.parameter, t.warnValue]));
  const check = (parameter: ThresholdParameter, value: number | null | undefined, crackId?: string) => {
    const warnValue = warn.get(parameter);
    if (warnValue === undefined || value === null || value === undefined) return;
    const level = thresholdLevel(parameter, value, warnValue);
    if (level === "none") return;
    reasons.push({ rule: "threshold", parameter, value, warnValue, level, ...(crackId ? { crackId } : {}) });
  };
  for (const crack of input.cracks) check("crack_change_mm", crack.changeMm, crack.crackId);
  check("displacement_mm", input.displacementMm);
  check("rainfall_mm", input.rainfallMm);
  if (input.alertLevel === "orange" || input.alertLevel === "red") {
    reasons.push({ rule: "monitor_level", level: input.alertLevel });
  }
  const level = reasons.reduce<AlertLevel>((max, r) => maxAlert(max, r.level), "none");
  return { level, raises: alertRank(level) > alertRank(current), reasons };
}
