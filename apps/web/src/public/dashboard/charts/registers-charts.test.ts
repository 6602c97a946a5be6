import { describe, expect, it } from "vitest";
import type { Dashboard } from "../../public-api.ts";
import { checkDamsOption, greenCountiesOption, swcYearsOption, swcYearsRows } from "./registers-charts.ts";

const goal = {
  region_code: "140500",
  region_name_zh: "晋城市",
  region_name_en: "Jincheng",
  indicator: "green_mine_rate",
  year: 2025,
  kind: "target",
  value: 36,
  unit: "percent",
  period_start: null,
  is_real: true,
  source_document: "晋城市水土保持规划",
  source_detail: null,
};

describe("register charts", () => {
  it("green mines: a bar per county and the city's goal as a line labelled with its region and year", () => {
    const o = greenCountiesOption(
      {
        year: 2025,
        demo: true,
        counties: [
          { code: "140521", name_zh: "沁水县", name_en: "Qinshui", producing: 10, green: 3, rate_pct: 30 },
        ],
        goal,
        source_document: goal.source_document,
      },
      "zh",
    ) as {
      series: { data: number[]; markLine: { data: { yAxis: number }[]; label: { formatter: string } } }[];
    };
    expect(o.series[0]?.data).toEqual([30]);
    expect(o.series[0]?.markLine.data).toEqual([{ yAxis: 36 }]);
    expect(o.series[0]?.markLine.label.formatter).toContain("晋城市 2025");
  });

  it("check dams: conditions along, risk levels stacked, missing pairs as 0", () => {
    const o = checkDamsOption(
      {
        demo: false,
        data_sources: [],
        source_document: "d",
        by_condition_risk: [
          { condition: "poor", risk_level: "high", dams: 2, storage_wan_m3: 5 },
          { condition: "good", risk_level: "low", dams: 4, storage_wan_m3: 9 },
        ],
      },
      "en",
    ) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(o.xAxis.data).toEqual(["Good", "Fair", "Poor", "Damaged"]);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ["Low risk", [4, 0, 0, 0]],
      ["Medium risk", [0, 0, 0, 0]],
      ["High risk", [0, 0, 2, 0]],
    ]);
  });

  it("swc by year: a line of the records and the two targets as points of the county", () => {
    const rows: Dashboard["swc_by_year"] = [
      {
        code: "140524",
        name_zh: "陵川县",
        name_en: "Lingchuan",
        records: [
          { year: 2022, rate_pct: 60.1 },
          { year: 2024, rate_pct: 61.5 },
        ],
        rate_at_year: { year: 2024, rate_pct: 61.5 },
        target_2025: 62.3,
        target_2035: 78.59,
        source_document: "d",
      },
    ];
    const o = swcYearsOption(rows, "zh") as { series: { type: string; data: number[][] }[] };
    expect(o.series.map((s) => [s.type, s.data])).toEqual([
      [
        "line",
        [
          [2022, 60.1],
          [2024, 61.5],
        ],
      ],
      [
        "scatter",
        [
          [2025, 62.3],
          [2035, 78.59],
        ],
      ],
    ]);
    expect(swcYearsRows(rows, "zh")[0]).toEqual([
      "陵川县",
      "2022: 60.1%，2024: 61.5%",
      "61.5% (2024)",
      62.3,
      78.59,
    ]);
  });
});
