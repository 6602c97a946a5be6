import type { HazardCard } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { rankNearest } from "./nearest-local.ts";

function card(id: number, lng: number, lat: number, extra: Partial<HazardCard> = {}): HazardCard {
  return {
    id,
    unified_code: String(id).padStart(12, "0"),
    name_zh: `点${id}`,
    hazard_type: "landslide",
    county_code: "140525",
    township: null,
    village: null,
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
    ...extra,
  };
}

const here: [number, number] = [112.6, 35.6];
const none = { onlyMine: false, alertLevels: [] };

describe("rankNearest", () => {
  const cards = [
    card(1, 112.62, 35.6),
    card(2, 112.6, 35.601, { current_alert: "red" }),
    card(3, 112.6, 35.6),
    card(4, 112.6, 35.5995, { inventory_status: "written_off" }),
  ];

  it("puts the nearest active point first, with its direction", () => {
    const rows = rankNearest(cards, here, none, new Set(), 10);
    expect(rows.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(rows[0]?.compass).toBeNull();
    expect(rows[1]?.compass).toBe("N");
    expect(rows[2]?.compass).toBe("E");
    expect(rows[1]?.distanceM).toBeCloseTo(111, 0);
  });

  it("filters to the user's points and to alert levels, and keeps to the limit", () => {
    expect(
      rankNearest(cards, here, { onlyMine: true, alertLevels: [] }, new Set([1]), 10).map((r) => r.id),
    ).toEqual([1]);
    expect(
      rankNearest(cards, here, { onlyMine: false, alertLevels: ["red"] }, new Set(), 10).map((r) => r.id),
    ).toEqual([2]);
    expect(rankNearest(cards, here, none, new Set(), 1)).toHaveLength(1);
  });
});
