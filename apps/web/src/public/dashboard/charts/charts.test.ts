import { M2_PER_WAN_MU } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import type { Dashboard, PlanFigure } from "../../public-api.ts";
import { hazardsOption, zonesOption } from "./counts-charts.ts";
import { greenRows } from "./green-mines-chart.ts";
import { subsidenceRows } from "./subsidence-chart.ts";
import { swcRows } from "./swc-chart.ts";

const figure = (over: Partial<PlanFigure>): PlanFigure => ({
  region_code: "140400",
  region_name_zh: "长治市",
  region_name_en: "Changzhi",
  indicator: "subsidence_treated_area",
  year: 2025,
  kind: "target",
  value: 4.47,
  unit: "wan_mu",
  period_start: null,
  is_real: true,
  source_document: "doc",
  source_detail: null,
  ...over,
});
const actuals = { demo: true, data_sources: ["demo"] };

describe("chart rows", () => {
  it("subsidence: m² become 万亩 and the real plan sits on its own year only", () => {
    const rows = subsidenceRows({
      ...actuals,
      years: [
        { year: 2024, treated_m2: M2_PER_WAN_MU, planned_m2: 0 },
        { year: 2025, treated_m2: 0, planned_m2: M2_PER_WAN_MU / 2 },
      ],
      treated_before_m2: 0,
      treated_by_year_m2: M2_PER_WAN_MU,
      total_m2: 0,
      area_count: 2,
      plan: [figure({}), figure({ kind: "reported", year: 2024, value: 5.7 })],
    });
    expect(rows).toEqual([
      { year: 2024, treatedWanMu: 1, plannedWanMu: 0, planRealWanMu: null },
      { year: 2025, treatedWanMu: 0, plannedWanMu: 0.5, planRealWanMu: 4.47 },
    ]);
  });

  it("soil and water: each region's 2025 and 2035 targets beside its rate now", () => {
    const swc: Dashboard["swc"] = {
      rows: [
        {
          code: "140521",
          name_zh: "沁水县",
          name_en: "Qinshui",
          level: "county",
          rate_now: 73.2,
          rate_now_year: 2024,
          demo: true,
          targets: [
            { year: 2025, value: 74.61, is_real: true, source_document: "d" },
            { year: 2035, value: 85.75, is_real: true, source_document: "d" },
          ],
        },
      ],
    };
    expect(swcRows(swc, "en")).toEqual([
      { code: "140521", name: "Qinshui", now: 73.2, target2025: 74.61, target2035: 85.75 },
    ]);
  });

  it("green mines: each bar gets the target that applies to it, small mines none", () => {
    const rows = greenRows(
      {
        ...actuals,
        by_scale: [
          { scale_class: "all", producing: 10, green: 4, submitted: 1, rate_pct: 40 },
          { scale_class: "large", producing: 2, green: 2, submitted: 0, rate_pct: 100 },
        ],
        by_year: [],
        targets: [
          figure({ indicator: "green_mine_rate", region_code: "140500", value: 36 }),
          figure({ indicator: "green_mine_rate_large", value: 90, year: 2028 }),
        ],
      },
      "zh",
    );
    expect(rows.map((r) => [r.category, r.ratePct, r.target?.value ?? null])).toEqual([
      ["all", 40, 36],
      ["large", 100, 90],
      ["medium", null, null],
      ["small", null, null],
    ]);
  });

  it("counts: zones stack by phase without drafts, hazards by measure with 'none'", () => {
    const zones = zonesOption(
      {
        ...actuals,
        by_status_phase: [{ status: "planned", phase: "near", zones: 3, area_m2: 1 }],
        by_year: [],
      },
      "zh",
    ) as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(zones.xAxis.data).not.toContain("草案");
    expect(zones.series[0]?.data[0]).toBe(3);
    const hazards = hazardsOption(
      {
        ...actuals,
        by_grade: [],
        by_grade_measure: [{ grade: "large", measure: "none", points: 5 }],
        reference: [],
      },
      "en",
    ) as { series: { name: string; data: number[] }[] };
    expect(hazards.series.at(-1)).toMatchObject({ name: "No measure", data: [0, 0, 5, 0] });
  });
});
