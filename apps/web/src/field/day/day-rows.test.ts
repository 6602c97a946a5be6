import type { MonitoredPointHistory } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { dayRows } from "./day-rows.ts";

const history = (
  id: number,
  [lng, lat]: [number, number],
  last: string | null,
  pre: string | null = null,
): MonitoredPointHistory => ({
  hazard_id: id,
  name_zh: `点${id}`,
  village: "某村",
  lng,
  lat,
  danger_grade: "small",
  last_inspected_at: last,
  last_pre_flood_at: pre,
  last_post_flood_at: null,
});

const now = new Date("2026-05-10T02:00:00Z");
const here = [112.85, 35.5] as const;
// 1: 1.1 km north, inspected recently with its pre-flood check; 2: 200 m east, never; 3: 5 km south, a month ago
const histories = [
  history(1, [112.85, 35.51], "2026-05-01T00:00:00Z", "2026-05-01T00:00:00Z"),
  history(2, [112.852, 35.5], null),
  history(3, [112.85, 35.455], "2026-04-01T00:00:00Z"),
];

describe("dayRows", () => {
  it("ranks by distance, with what each point owes", () => {
    const rows = dayRows(histories, [], here, now, "distance");
    expect(rows.map((r) => r.id)).toEqual([2, 1, 3]);
    expect(rows[0]?.due.map((d) => d.kind)).toEqual(["routine", "pre_flood"]);
    expect(rows[1]?.due.map((d) => d.kind)).toEqual(["routine"]);
    expect(rows[1]?.distanceM).toBeGreaterThan(1000);
    expect(rows[1]?.distanceM).toBeLessThan(1200);
  });

  it("ranks by the most pressing due date, overdue first", () => {
    const rows = dayRows(histories, [], here, now, "due");
    // 3: routine due 1 May (overdue); 2: due now; 1: due 31 May
    expect(rows.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(rows[0]?.due[0]?.overdue).toBe(true);
  });

  it("counts an inspection still on the phone at once", () => {
    const local = [{ hazardId: 3, kind: "pre_flood", inspectedAt: "2026-05-10T01:00:00Z" }];
    const row = dayRows(histories, local, here, now, "due").find((r) => r.id === 3);
    expect(row?.lastInspectedAt).toBe("2026-05-10T01:00:00.000Z");
    expect(row?.due.map((d) => d.kind)).toEqual(["routine"]);
    expect(row?.due[0]?.overdue).toBe(false);
  });

  it("has no distance without a position, and then ranks by due", () => {
    const rows = dayRows(histories, [], null, now, "distance");
    expect(rows.every((r) => r.distanceM === null)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(rows[0]?.name).toBe("点3");
  });
});
