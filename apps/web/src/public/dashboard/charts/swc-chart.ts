import type { Locale } from "../../../i18n/locale.ts";
import type { Dashboard } from "../../public-api.ts";
import { chartText } from "../chart-messages.ts";
import type { ChartOption } from "../echart.tsx";
import { CHART_COLOR } from "./chart-colors.ts";

/** One row per region: today's rate (demo) and the plan's 2025 and 2035 targets (real). */
export function swcRows(swc: Dashboard["swc"], locale: Locale) {
  return swc.rows.map((r) => ({
    code: r.code,
    name: locale === "zh" ? r.name_zh : r.name_en,
    now: r.rate_now,
    target2025: r.targets.find((x) => x.year === 2025)?.value ?? null,
    target2035: r.targets.find((x) => x.year === 2035)?.value ?? null,
  }));
}

/** Horizontal bars, readable on a phone: counties down the side, % along. */
export function swcOption(swc: Dashboard["swc"], locale: Locale): ChartOption {
  const rows = swcRows(swc, locale).reverse();
  const t = (k: keyof typeof chartText) => chartText[k][locale];
  const bar = (name: string, color: string, values: (number | null)[]) => ({
    name,
    type: "bar",
    barGap: "10%",
    itemStyle: { color },
    label: { show: true, position: "right", fontSize: 10 },
    data: values,
  });
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 72, right: 36, top: 40, bottom: 20 },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: rows.map((r) => r.name) },
    series: [
      bar(
        t("nowDemo"),
        CHART_COLOR.demo,
        rows.map((r) => r.now),
      ),
      bar(
        t("target2025"),
        CHART_COLOR.realLight,
        rows.map((r) => r.target2025),
      ),
      bar(
        t("target2035"),
        CHART_COLOR.real,
        rows.map((r) => r.target2035),
      ),
    ],
  };
}
