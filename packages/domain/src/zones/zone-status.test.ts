import { describe, expect, it } from "vitest";
import { canDeleteZone, checkZoneTransition, nextZoneStatuses } from "./zone-status.ts";

describe("nextZoneStatuses", () => {
  it("moves one step forward through the whole lifecycle", () => {
    expect(nextZoneStatuses("draft")).toEqual(["planned"]);
    expect(nextZoneStatuses("approved")).toEqual(["in_progress"]);
    expect(nextZoneStatuses("accepted")).toEqual(["aftercare"]);
  });

  it("lets a planned zone go back to draft, and aftercare is the end", () => {
    expect(nextZoneStatuses("planned")).toEqual(["approved", "draft"]);
    expect(nextZoneStatuses("aftercare")).toEqual([]);
  });
});

describe("checkZoneTransition", () => {
  it("accepts the next step", () => {
    expect(checkZoneTransition("in_progress", "completed")).toEqual({ ok: true });
  });

  it("refuses skipping a step, with the allowed targets and a Chinese message", () => {
    const r = checkZoneTransition("draft", "approved");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe("not_allowed");
    expect(r.allowed).toEqual(["planned"]);
    expect(r.message_zh).toContain("已规划");
  });

  it("refuses going back after approval and staying put", () => {
    expect(checkZoneTransition("approved", "planned").ok).toBe(false);
    const same = checkZoneTransition("draft", "draft");
    expect(same.ok === false && same.reason).toBe("same_status");
  });
});

describe("canDeleteZone", () => {
  it("only deletes drafts", () => {
    expect(canDeleteZone("draft")).toBe(true);
    expect(canDeleteZone("planned")).toBe(false);
  });
});
