import { describe, expect, it } from "vitest";
import type { Zone } from "./zone.schema.ts";
import { compareZoneVersions, zoneFieldTitle } from "./zone-fields.ts";

const base: Zone = {
  id: 1,
  version: 1,
  code: "LP-2026-001",
  name_zh: "东区",
  zone_type: "subsidence",
  status: "draft",
  phase: "near",
  county_codes: ["140521"],
  damage_types: ["subsidence"],
  restoration_m2: {},
  implementation_mode: null,
  budget_wan: 1200,
  fund_sources: null,
  remarks: null,
  area_m2: 10_000,
  dist_hsr_m: null,
  dist_expressway_m: null,
  tasks: [],
  yearly: [],
  parties: [],
  geometry: {
    type: "MultiPolygon",
    coordinates: [
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ],
  },
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
};

describe("compareZoneVersions", () => {
  it("lists changed attributes and the outline with the form's labels and the vocabularies' words", () => {
    const later: Zone = {
      ...base,
      version: 3,
      status: "planned",
      budget_wan: 1500,
      damage_types: ["subsidence", "occupation"],
      geometry: {
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [0, 0],
              [2, 0],
              [2, 2],
              [0, 0],
            ],
          ],
        ],
      },
      tasks: [{ task_kind: "water", lead_unit: "水利局" }],
      updated_at: "2026-02-01T00:00:00.000Z",
    };
    const zh = compareZoneVersions(base, later, "zh");
    expect(zh.map((c) => c.field)).toEqual(["damage_types", "status", "budget_wan", "geometry", "tasks"]);
    expect(zh.find((c) => c.field === "status")).toEqual({
      field: "status",
      label: "状态",
      before: "草案",
      after: "已规划",
    });
    expect(zh.find((c) => c.field === "budget_wan")).toMatchObject({
      label: "预算（万元）",
      before: "1200",
      after: "1500",
    });
    expect(zh.find((c) => c.field === "tasks")?.after).toBe("水环境治理：水利局");
    const en = compareZoneVersions(base, later, "en");
    expect(en.find((c) => c.field === "geometry")?.label).toBe("Outline");
    expect(en.find((c) => c.field === "damage_types")?.after).toBe("Subsidence、Occupation");
  });

  it("finds nothing between a version and itself, and names unknown fields by themselves", () => {
    expect(compareZoneVersions(base, { ...base, version: 2 }, "zh")).toEqual([]);
    expect(zoneFieldTitle("area_m2", "zh")).toBe("面积（m²）");
    expect(zoneFieldTitle("something_new", "en")).toBe("something_new");
  });
});
