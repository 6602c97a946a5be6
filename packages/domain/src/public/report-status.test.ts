import { describe, expect, it } from "vitest";
import { applyTriageAction, reportStatus, triageActionsFrom } from "./report-status.ts";

describe("report status transitions", () => {
  it("accept a new report into triaged, and nothing else", () => {
    expect(applyTriageAction("new", "accept")).toEqual({ ok: true, to: "triaged" });
    expect(applyTriageAction("triaged", "accept")).toEqual({ ok: false, reason: "not_allowed_from_status" });
  });

  it("ask a field check from new, triaged or after a check came back", () => {
    for (const from of ["new", "triaged", "checked"] as const) {
      expect(applyTriageAction(from, "assign_check")).toEqual({ ok: true, to: "checking" });
    }
    expect(applyTriageAction("checking", "assign_check").ok).toBe(false);
  });

  it("never reach checked by a staff action (only an inspection does)", () => {
    for (const from of reportStatus.values) {
      for (const action of triageActionsFrom(from)) {
        const result = applyTriageAction(from, action);
        expect(result.ok && result.to).not.toBe("checked");
      }
    }
  });

  it("end at resolved and rejected", () => {
    expect(triageActionsFrom("resolved")).toEqual([]);
    expect(applyTriageAction("rejected", "resolve")).toEqual({ ok: false, reason: "final_status" });
    expect(triageActionsFrom("new")).toEqual(["accept", "assign_check", "reject"]);
    expect(applyTriageAction("new", "resolve").ok).toBe(false);
  });
});
