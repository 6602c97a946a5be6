import type { DangerGrade } from "../enums.ts";

/**
 * Reporting deadlines of a raised alert (险情速报时限). After the national
 * geo-hazard quick-report rules: a large or very large danger (大型、特大型)
 * is reported upward within 4 hours, a medium or small one within 12 hours.
 * The clock starts when the monitor observed it (the inspection time), so an
 * inspection that waited offline already shows the time it lost.
 */

/** Hours allowed to report an alert on a point of this danger grade. */
export function reportLimitHours(grade: DangerGrade): 4 | 12 {
  return grade === "large" || grade === "huge" ? 4 : 12;
}

/** Warn this many minutes before the deadline. */
export const DUE_SOON_MINUTES = 60;

export type ReportingState = "within" | "due_soon" | "overdue" | "reported" | "reported_late";

export interface ReportingStatus {
  state: ReportingState;
  /** Minutes from observation to now (or to the report, once reported). */
  elapsedMinutes: number;
  /** Minutes left before the deadline; negative when overdue. */
  remainingMinutes: number;
}

/**
 * Where an alert stands against its reporting deadline.
 * @example reportingStatus(new Date("2026-07-01T08:00Z"), 4, new Date("2026-07-01T11:30Z"), null).state // "due_soon"
 */
export function reportingStatus(
  observedAt: Date,
  limitHours: number,
  now: Date,
  reportedAt: Date | null,
): ReportingStatus {
  const end = reportedAt ?? now;
  const elapsedMinutes = Math.max(0, Math.floor((end.getTime() - observedAt.getTime()) / 60_000));
  const remainingMinutes = limitHours * 60 - elapsedMinutes;
  let state: ReportingState;
  if (reportedAt) state = remainingMinutes >= 0 ? "reported" : "reported_late";
  else if (remainingMinutes < 0) state = "overdue";
  else if (remainingMinutes <= DUE_SOON_MINUTES) state = "due_soon";
  else state = "within";
  return { state, elapsedMinutes, remainingMinutes };
}
