import {
  type AlertReason,
  evaluateAlert,
  type HazardCard,
  type Threshold,
  type ThresholdParameter,
} from "@lianpian/domain";
import { type InspectionDraft, parseMeasurement } from "./inspection-draft.ts";

/** What the form says while it is filled in: the values past the point's thresholds, and whether it is urgent. */
export interface ThresholdCheck {
  /** every value at or over its warning value, and the monitor's orange or red */
  reasons: AlertReason[];
  /** something passed: the form asks for the actions taken, the outbox sends it first */
  urgent: boolean;
}

/**
 * Checks the draft against the point's thresholds with the server's own rule
 * (evaluateAlert), on the phone, offline too: the thresholds come with the
 * card in the offline pack. Fields that do not parse yet are skipped.
 */
export function checkThresholds(
  draft: InspectionDraft,
  thresholds: HazardCard["thresholds"],
): ThresholdCheck {
  const value = (text: string) => parseMeasurement(text, -100000, 100000) ?? null;
  const decision = evaluateAlert(
    {
      cracks: draft.cracks.map((c, i) => ({
        crackId: c.crackId.trim() || `L${i + 1}`,
        changeMm: value(c.change),
      })),
      displacementMm: value(draft.displacement),
      rainfallMm: value(draft.rainfall),
      alertLevel: draft.alertLevel,
    },
    thresholds.map(
      (t): Threshold => ({ parameter: t.parameter as ThresholdParameter, warnValue: t.warn_value }),
    ),
    "none",
  );
  return { reasons: decision.reasons, urgent: decision.reasons.length > 0 };
}
