import type { HazardCard, MonitoredPointHistory } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { dayRows } from "./day-rows.ts";

function card(id: number, lng: number, lat: number): HazardCard {
  return {
    id,
    unified_code: String(id).padStart(12, "0"),
    name_zh: `点${id}`,
    hazard_type: "landslide",
    county_code: "140525",
    township: null,
    village: "某村",
    danger_grade: "small",
    scale_grade: null,
    stability: null,
    threatened_people: 1,
    threatened_households: 1,
    threatened_property_wan: 0,
    threat_objects: null,
    triggers: [],
    measures: [],
    warning_signal: null,
    shelter_name: null,
    shelter: null,
    evacuation_route: null,
    monitor_name: null,
    monitor_phone: null,
    responsible_name: null,
    responsible_phone: null,
    current_alert: "none",
    inventory_status: "active",
    version: 1,
    updated_at: "2026-01-01T00:00:00.000Z",
    lng,
    lat,
    thresholds: [],
  };
}

const history = (id: number, last: string | null, pre: string | null = null): MonitoredPointHistory => ({
  hazard_id: id,
  danger_grade: "small",
  last_inspected_at: last,
  last_pre_flood_at: pre,
  last_post_flood_at: null,
});

const now = new Date("2026-05-10T02:00:00Z");
const here = [112.85, 35.5] as const;
// 1: 1.1 km north, inspected recently with its pre-flood check; 2: 200 m east, never; 3: 5 km south, a month ago
const cards = [card(1, 112.85, 35.51), card(2, 112.852, 35.5), card(3, 112.85, 35.455)];
const histories = [
  history(1, "2026-05-01T00:00:00Z", "2026-05-01T00:00:00Z"),
  history(2, null),
  history(3, "2026-04-01T00:00:00Z"),
];

describe("dayRows", () => {
  it("ranks by distance, with what each point owes", () => {
    const rows = dayRows(histories, cards, [], here, now, "distance");
    expect(rows.map((r) => r.id)).toEqual([2, 1, 3]);
    expect(rows[0]?.due.map((d) => d.kind)).toEqual(["routine", "pre_flood"]);
    expect(rows[1]?.due.map((d) => d.kind)).toEqual(["routine"]);
    expect(rows[1]?.distanceM).toBeGreaterThan(1000);
    expect(rows[1]?.distanceM).toBeLessThan(1200);
  });

  it("ranks by the most pressing due date, overdue first", () => {
    const rows = dayRows(histories, cards, [], here, now, "due");
    // 3: routine due 1 May (overdue); 2: due now; 1: due 31 May
    expect(rows.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(rows[0]?.due[0]?.overdue).toBe(true);
  });

  it("counts an inspection still on the phone at once", () => {
    const local = [{ hazardId: 3, kind: "pre_flood", inspectedAt: "2026-05-10T01:00:00Z" }];
    const row = dayRows(histories, cards, local, here, now, "due").find((r) => r.id === 3);
    expect(row?.lastInspectedAt).toBe("2026-05-10T01:00:00.000Z");
    expect(row?.due.map((d) => d.kind)).toEqual(["routine"]);
    expect(row?.due[0]?.overdue).toBe(false);
  });

  it("has no distance without a position, and keeps a point whose card is not on the phone", () => {
    const rows = dayRows([...histories, history(9, null)], cards, [], null, now, "distance");
    expect(rows.every((r) => r.distanceM === null)).toBe(true);
    expect(rows.find((r) => r.id === 9)?.name).toBe("#9");
  });
});
