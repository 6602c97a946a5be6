import type { InspectionView } from "./inspection-replies.schema.ts";

/** The columns of an inspections export, zh-CN heading with the English key. */
const COLUMNS: [string, (i: InspectionView) => string | number | null][] = [
  ["编号 id", (i) => i.id],
  ["巡查时间 inspected_at", (i) => i.inspected_at],
  ["统一编号 unified_code", (i) => i.unified_code],
  ["隐患点 hazard", (i) => i.hazard_name],
  ["巡查员 inspector", (i) => i.inspector_name],
  ["类型 kind", (i) => i.kind],
  ["降雨 rainfall_mm", (i) => i.rainfall_mm],
  ["位移 displacement_mm", (i) => i.displacement_mm],
  [
    "裂缝 cracks (id:width/change mm)",
    (i) => i.cracks.map((c) => `${c.crack_id}:${c.width_mm}/${c.change_mm ?? ""}`).join("; "),
  ],
  ["宏观迹象 macro_signs", (i) => i.macro_signs.join("; ")],
  ["判断 assessment", (i) => i.assessment],
  ["巡查员预警 alert_level", (i) => i.alert_level],
  ["触发预警 raised_alert", (i) => i.raised_alert?.level ?? null],
  [
    "超阈值 thresholds_passed",
    (i) =>
      (i.raised_alert?.reasons ?? [])
        .map((r) => r as { parameter?: string; value?: number; warnValue?: number; rule?: string })
        .map((r) => (r.parameter ? `${r.parameter} ${r.value} ≥ ${r.warnValue}` : (r.rule ?? "")))
        .join("; "),
  ],
  ["处置 actions", (i) => i.actions.join("; ")],
  ["照片 photos", (i) => i.photos_received.length],
  ["待复核 needs_review", (i) => (i.needs_review ? "true" : "false")],
  ["复核原因 review_reason", (i) => i.review_reason],
  ["复核结论 review_decision", (i) => i.review_decision],
  ["复核说明 review_note", (i) => i.review_note],
  ["备注 notes", (i) => i.notes],
];

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
function field(v: string | number | null): string {
  if (v === null) return "";
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Inspections as CSV (UTF-8 with a byte-order mark, so spreadsheet programs
 * read the Chinese right; CRLF line ends as RFC 4180 says).
 */
export function inspectionsCsv(rows: readonly InspectionView[]): string {
  const lines = [COLUMNS.map(([h]) => field(h)).join(",")];
  for (const r of rows) lines.push(COLUMNS.map(([, get]) => field(get(r))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
