import { describe, expect, it } from "vitest";
import { inFloodSeason, inspectionsDue, nextDue, type PointHistory } from "./inspection-due.ts";

const never: PointHistory = {
  dangerGrade: "small",
  lastInspectedAt: null,
  lastPreFloodAt: null,
  lastPostFloodAt: null,
};
/** Local time in Shanxi (UTC+8). */
const cst = (iso: string) => new Date(`${iso}+08:00`);
const kinds = (p: PointHistory, now: Date) => inspectionsDue(p, now).map((d) => d.kind);

describe("inspectionsDue", () => {
  it("asks for a routine visit at once for a point never inspected, and nothing seasonal in winter", () => {
    const due = inspectionsDue(never, cst("2026-02-10T09:00:00"));
    expect(due).toEqual([
      { kind: "routine", dueAt: cst("2026-02-10T09:00:00").toISOString(), overdue: false, daysLeft: 0 },
    ]);
  });

  it("asks for the pre-flood check from 1 April, due by 31 May (local time), overdue after", () => {
    expect(kinds(never, cst("2026-03-31T23:59:00"))).toEqual(["routine"]);
    const april = inspectionsDue(never, cst("2026-04-01T00:00:00"));
    const pre = april.find((d) => d.kind === "pre_flood");
    expect(pre?.dueAt).toBe(new Date(cst("2026-06-01T00:00:00").getTime() - 1).toISOString());
    expect(pre?.overdue).toBe(false);
    expect(pre?.daysLeft).toBe(60);
    const june = inspectionsDue(never, cst("2026-06-03T08:00:00")).find((d) => d.kind === "pre_flood");
    expect(june?.overdue).toBe(true);
    expect(june?.daysLeft).toBeLessThan(0);
  });

  it("counts a pre-flood check only when made this season", () => {
    const lastYear = { ...never, lastPreFloodAt: "2025-05-01T02:00:00Z" };
    expect(kinds(lastYear, cst("2026-05-10T08:00:00"))).toContain("pre_flood");
    const done = {
      ...never,
      lastPreFloodAt: "2026-04-20T02:00:00Z",
      lastInspectedAt: "2026-04-20T02:00:00Z",
    };
    expect(kinds(done, cst("2026-05-10T08:00:00"))).toEqual(["routine"]);
  });

  it("asks for the post-flood check from 1 October, due by 31 October, and no pre-flood check then", () => {
    const sept = kinds(never, cst("2026-09-30T23:00:00"));
    expect(sept).toContain("pre_flood");
    expect(sept).not.toContain("post_flood");
    const oct = inspectionsDue(never, cst("2026-10-01T00:00:00"));
    expect(oct.map((d) => d.kind).sort()).toEqual(["post_flood", "routine"]);
    const done = { ...never, lastPostFloodAt: "2026-10-02T02:00:00Z" };
    expect(kinds(done, cst("2026-10-05T08:00:00"))).toEqual(["routine"]);
    const late = inspectionsDue(never, cst("2026-11-02T08:00:00")).find((d) => d.kind === "post_flood");
    expect(late?.overdue).toBe(true);
  });

  it("shortens the routine interval in the flood season and for larger hazards", () => {
    const last = "2026-07-01T00:00:00Z";
    const at = (grade: string, now: Date) =>
      inspectionsDue({ ...never, dangerGrade: grade, lastInspectedAt: last, lastPreFloodAt: last }, now).find(
        (d) => d.kind === "routine",
      );
    expect(at("small", cst("2026-07-05T08:00:00"))?.dueAt).toBe("2026-07-16T00:00:00.000Z");
    expect(at("large", cst("2026-07-05T08:00:00"))?.dueAt).toBe("2026-07-08T00:00:00.000Z");
    expect(at("large", cst("2026-07-10T08:00:00"))?.overdue).toBe(true);
    expect(at("unknown-grade", cst("2026-07-05T08:00:00"))?.dueAt).toBe("2026-07-16T00:00:00.000Z");
    const winter = "2026-01-01T00:00:00Z";
    const jan = inspectionsDue({ ...never, lastInspectedAt: winter }, cst("2026-01-05T08:00:00"));
    expect(jan[0]?.dueAt).toBe("2026-01-31T00:00:00.000Z");
  });

  it("lists the most pressing first", () => {
    const due = inspectionsDue(
      { ...never, lastInspectedAt: "2026-05-20T00:00:00Z" },
      cst("2026-05-25T08:00:00"),
    );
    expect(due.map((d) => d.kind)).toEqual(["pre_flood", "routine"]);
    expect(nextDue(due)).toBe(due[0]?.dueAt);
    expect(nextDue([])).toBeNull();
  });
});

describe("inFloodSeason", () => {
  it("runs from 1 June to 30 September, local time", () => {
    expect(inFloodSeason(cst("2026-05-31T23:59:00"))).toBe(false);
    expect(inFloodSeason(cst("2026-06-01T00:00:00"))).toBe(true);
    expect(inFloodSeason(cst("2026-09-30T23:59:00"))).toBe(true);
    expect(inFloodSeason(cst("2026-10-01T00:00:00"))).toBe(false);
  });
});
