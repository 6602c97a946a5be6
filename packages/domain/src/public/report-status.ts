import { publicVocabulary } from "./vocabulary.ts";

/**
 * The life of a citizen report. `checked` is reached only by a field
 * inspection (the database trigger in 0005_public_reports.sql), never by a
 * planner's action; the labels are what the reporter sees.
 */
export const reportStatus = publicVocabulary({
  new: { zh: "已收到", en: "Received" },
  triaged: { zh: "已受理", en: "Accepted" },
  checking: { zh: "核查中", en: "Being checked" },
  checked: { zh: "已现场核查", en: "Checked on site" },
  resolved: { zh: "已处理", en: "Resolved" },
  rejected: { zh: "不予受理", en: "Not accepted" },
});
export type ReportStatus = (typeof reportStatus.values)[number];

/** What staff can do to a report (the triage actions). */
export type TriageAction = "accept" | "assign_check" | "resolve" | "reject";

const TO: Record<TriageAction, ReportStatus> = {
  accept: "triaged",
  assign_check: "checking",
  resolve: "resolved",
  reject: "rejected",
};

const ALLOWED: Record<TriageAction, readonly ReportStatus[]> = {
  accept: ["new"],
  // a second check may be asked after a first one came back
  assign_check: ["new", "triaged", "checked"],
  resolve: ["triaged", "checking", "checked"],
  reject: ["new", "triaged", "checking", "checked"],
};

/** Statuses that end a report: no action applies to them any more. */
export const FINAL_REPORT_STATUSES: readonly ReportStatus[] = ["resolved", "rejected"];

/** Statuses in which a report may still be linked to a hazard point or zone. */
export const LINKABLE_REPORT_STATUSES: readonly ReportStatus[] = ["new", "triaged", "checking", "checked"];

export type TransitionResult =
  | { ok: true; to: ReportStatus }
  | { ok: false; reason: "final_status" | "not_allowed_from_status" };

/**
 * The status an action leads to from a status, or why it may not be taken.
 * @example applyTriageAction("new", "accept") // { ok: true, to: "triaged" }
 */
export function applyTriageAction(from: ReportStatus, action: TriageAction): TransitionResult {
  if (FINAL_REPORT_STATUSES.includes(from)) return { ok: false, reason: "final_status" };
  if (!ALLOWED[action].includes(from)) return { ok: false, reason: "not_allowed_from_status" };
  return { ok: true, to: TO[action] };
}

/** The actions open from a status, in the order the triage view offers them. */
export function triageActionsFrom(from: ReportStatus): TriageAction[] {
  return (Object.keys(ALLOWED) as TriageAction[]).filter((a) => applyTriageAction(from, a).ok);
}
