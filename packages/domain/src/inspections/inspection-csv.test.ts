import { describe, expect, it } from "vitest";
import { inspectionsCsv } from "./inspection-csv.ts";
import type { InspectionView } from "./inspection-replies.schema.ts";

const row: InspectionView = {
  id: 7,
  client_key: "6f1c1f5e-3b7a-4c1e-9d55-0c1a8f1e2d3b",
  hazard_id: 3,
  hazard_name: "后沟村滑坡",
  user_id: 2,
  inspector_name: "演示巡查员",
  inspected_at: "2026-07-01T00:30:00.000Z",
  received_at: "2026-07-01T00:31:00.000Z",
  kind: "routine",
  rainfall_mm: null,
  cracks: [{ crack_id: "L1", width_mm: 30, change_mm: 12 }],
  displacement_mm: null,
  macro_signs: ["crack_growth"],
  assessment: "abnormal",
  alert_level: "none",
  actions: ["report", "evacuate"],
  notes: '裂缝变宽, "明显"\n=SUM(A1)',
  location: null,
  needs_review: false,
  review_reason: "hazard_changed",
  hazard_version_sent: 1,
  hazard_version_stored: 2,
  reviewed_at: null,
  review_decision: "rejected",
  review_note: "=重复记录",
  task_id: null,
  unified_code: "140521000001",
  thresholds: [{ parameter: "crack_change_mm", warn_value: 10 }],
  raised_alert: {
    id: 1,
    level: "yellow",
    reasons: [{ rule: "threshold", parameter: "crack_change_mm", value: 12, warnValue: 10 }],
  },
  photos_expected: [],
  photos_received: ["a".repeat(64)],
};

describe("inspectionsCsv", () => {
  it("writes a BOM, a heading and one quoted, defused line per inspection", () => {
    const csv = inspectionsCsv([row]);
    expect(csv.startsWith("\uFEFF编号 id,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(3); // heading, the row (its notes hold a bare \n inside quotes), ""
    expect(csv).toContain("crack_change_mm 12 ≥ 10");
    expect(csv).toContain("report; evacuate");
    expect(csv).toContain('"裂缝变宽, ""明显""\n=SUM(A1)"');
    expect(csv).toContain(",'=重复记录,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
