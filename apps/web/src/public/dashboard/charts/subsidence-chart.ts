import { M2_PER_WAN_MU } from "@lianpian/domain";
import type { Locale } from "../../../i18n/locale.ts";
import type { Dashboard } from "../../public-api.ts";
import { chartText } from "../chart-messages.ts";
import type { ChartOption } from "../echart.tsx";
import { CHART_COLOR } from "./chart-colors.ts";

const round = (v: number) => Math.round(v * 10000) / 10000;

/** Rows of the subsidence chart: demo actuals per year beside the real plan's figure for that year. */
export function subsidenceRows(s: Dashboard["subsidence"]) {
  const plan = new Map(
    s.plan
      .filter((f) => f.kind === "target" && f.indicator === "subsidence_treated_area")
      .map((f) => [f.year, f.value]),
  );
  return s.years.map((y) => ({
    year: y.year,
    treatedWanMu: round(y.treated_m2 / M2_PER_WAN_MU),
    plannedWanMu: round(y.planned_m2 / M2_PER_WAN_MU),
    planRealWanMu: plan.get(y.year) ?? null,
  }));
}

/** Treated (demo) and planned (demo) subsidence per year, with Changzhi's real yearly plan as a line. */
export function subsidenceOption(s: Dashboard["subsidence"], year: number, locale: Locale): ChartOption {
  const rows = subsidenceRows(s);
  const t = (k: keyof typeof chartText) => chartText[k][locale];
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 36, right: 12, top: 64, bottom: 28 },
    xAxis: { type: "category", data: rows.map((r) => String(r.year)) },
    yAxis: { type: "value" },
    series: [
      {
        name: t("treatedDemo"),
        type: "bar",
        itemStyle: { color: CHART_COLOR.demo },
        data: rows.map((r) => r.treatedWanMu),
        markLine: {
          symbol: "none",
          label: { formatter: t("yearMark") },
          lineStyle: { color: CHART_COLOR.mark, type: "dashed" },
          data: [{ xAxis: String(year) }],
        },
      },
      {
        name: t("plannedDemo"),
        type: "bar",
        itemStyle: { color: CHART_COLOR.demoLight },
        data: rows.map((r) => r.plannedWanMu),
      },
      // the region's own plan only (Changzhi's is drawn for Changzhi, not beside Jincheng's data)
      ...(rows.some((r) => r.planRealWanMu !== null)
        ? [
            {
              name: t("planReal"),
              type: "line",
              connectNulls: true,
              symbolSize: 8,
              itemStyle: { color: CHART_COLOR.real },
              lineStyle: { color: CHART_COLOR.real, width: 2 },
              data: rows.map((r) => r.planRealWanMu),
            },
          ]
        : []),
    ],
  };
}
