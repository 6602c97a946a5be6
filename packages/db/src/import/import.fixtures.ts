import { type Dataset, emptyDataset } from "@lianpian/domain";

/**
 * A small, valid bundle for importer tests: one county with a company, a
 * licensed mine (corners, funds), a historic pit, a subsidence area, a hazard
 * point, a corridor and a zone. Codes start with 1498 so they never meet the
 * demo data. Tests only.
 */
const SOURCE = "importer test fixture";
const sq = (w: number, s: number, d: number) => [
  [w, s],
  [w + d, s],
  [w + d, s + d],
  [w, s + d],
  [w, s],
];

export const FIXTURE_CREDIT_CODE = "91149801MA00000018";
export const FIXTURE_LICENSE = "C1498012020011100000001";

export function smallDataset(): Dataset {
  const d = emptyDataset("importer fixture");
  d.counties.push({
    code: "149801",
    name_zh: "测试导入县",
    name_en: "Import Test County",
    parent_code: "140500",
    level: "county",
    swc_target_2025: 60,
    geom: { type: "Polygon", coordinates: [sq(112.0, 35.0, 0.2)] },
    data_source: SOURCE,
  });
  d.rivers.push({
    name_zh: "测试河",
    name_en: "Test River",
    river_class: "stream",
    geom: {
      type: "LineString",
      coordinates: [
        [112.01, 35.01],
        [112.19, 35.19],
      ],
    },
    data_source: SOURCE,
  });
  d.villages.push({
    name_zh: "测试村",
    county_code: "149801",
    population: 300,
    households: 100,
    geom: { type: "Point", coordinates: [112.05, 35.05] },
    data_source: SOURCE,
  });
  d.companies.push({
    credit_code: FIXTURE_CREDIT_CODE,
    name_zh: "测试导入煤业有限公司",
    county_code: "149801",
    data_source: SOURCE,
  });
  d.mines.push(
    {
      key: FIXTURE_LICENSE,
      license_no: FIXTURE_LICENSE,
      mine_name: "测试导入煤矿",
      company_credit_code: FIXTURE_CREDIT_CODE,
      county_code: "149801",
      mineral: "coal",
      mining_method: "underground",
      production_scale: 90,
      scale_class: "medium",
      valid_from: "2020-01-15",
      valid_to: "2040-01-14",
      status: "producing",
      source_srid: 4546,
      geom: { type: "MultiPolygon", coordinates: [[sq(112.02, 35.02, 0.05)]] },
      corners: [
        { point_no: 1, x_northing: 3876000, y_easting: 593000, source_srid: 4546 },
        { point_no: 2, x_northing: 3876000, y_easting: 597000, source_srid: 4546 },
        { point_no: 3, x_northing: 3880000, y_easting: 597000, source_srid: 4546 },
      ],
      funds: [{ year: 2024, accrued_wan: 900, used_wan: 400, balance_wan: 1500 }],
      data_source: SOURCE,
    },
    {
      key: "TEST-PIT-1",
      license_no: null,
      mine_name: "测试历史遗留矿坑",
      company_credit_code: null,
      county_code: "149801",
      mineral: "construction_stone",
      mining_method: "open_pit",
      status: "historic_abandoned",
      geom: { type: "Polygon", coordinates: [sq(112.15, 35.15, 0.005)] },
      data_source: SOURCE,
    },
  );
  d.subsidenceAreas.push({
    code: "CX-149801-001",
    name_zh: "测试沉陷区",
    county_code: "149801",
    responsibility: "enterprise",
    severity: "moderate",
    stability: "unsettled",
    status: "completed",
    treated_year: 2023,
    treatment_modes: ["reclamation"],
    geom: { type: "Polygon", coordinates: [sq(112.03, 35.03, 0.01)] },
    responsibilities: [{ mine_key: FIXTURE_LICENSE, share_pct: 100 }],
    data_source: SOURCE,
  });
  d.hazardPoints.push({
    unified_code: "149801000001",
    name_zh: "测试地面塌陷",
    hazard_type: "ground_collapse",
    county_code: "149801",
    threatened_people: 40,
    danger_grade: "small",
    triggers: ["mining"],
    mine_key: FIXTURE_LICENSE,
    subsidence_code: "CX-149801-001",
    monitor_phone: "0356 555 0001",
    shelter: { type: "Point", coordinates: [112.06, 35.06] },
    evacuation_route: {
      type: "LineString",
      coordinates: [
        [112.035, 35.035],
        [112.06, 35.06],
      ],
    },
    geom: { type: "Point", coordinates: [112.035, 35.035] },
    thresholds: [{ parameter: "rainfall_mm", warn_value: 50 }],
    yearly_checks: [{ year: 2024, pre_flood_checked_on: "2024-05-10", result: "stable" }],
    data_source: SOURCE,
  });
  d.corridors.push({
    code: "EC-TEST-1498",
    name_zh: "测试河生态廊道",
    corridor_type: "river",
    anchor: "测试河",
    width_left_m: 100,
    width_right_m: 120,
    status: "planned",
    centerline: {
      type: "LineString",
      coordinates: [
        [112.01, 35.01],
        [112.19, 35.19],
      ],
    },
    data_source: SOURCE,
  });
  d.treatmentZones.push({
    code: "TEST-1498-01",
    name_zh: "测试导入片区",
    zone_type: "contiguous_mine",
    phase: "near",
    geom: { type: "Polygon", coordinates: [sq(112.01, 35.01, 0.08)] },
    tasks: [{ task_kind: "mine_restoration", lead_unit: "测试县自然资源局" }],
    // A planner's split (kept on import; a computed one is recomputed from the outline).
    parties: [
      { company_credit_code: FIXTURE_CREDIT_CODE, share_pct: 80, is_override: true },
      { company_credit_code: null, share_pct: 20, is_override: true },
    ],
    yearly: [{ year: 2025, planned_area_m2: 1000, done_area_m2: 500 }],
    data_source: SOURCE,
  });
  return d;
}
