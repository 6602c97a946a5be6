import { CHECK_DAM_CONDITIONS, CHECK_DAM_LABELS_EN, CHECK_DAM_RISKS } from "@lianpian/domain";
import type { Locale } from "../../../i18n/locale.ts";
import type { Dashboard } from "../../public-api.ts";
import { chartText } from "../chart-messages.ts";
import type { ChartOption } from "../echart.tsx";
import { CHART_COLOR, SERIES_COLORS } from "./chart-colors.ts";
import { percentBarFrame, percentBars } from "./percent-bars.ts";

type Tx = keyof typeof chartText;
const condLabel = (v: string, locale: Locale) =>
  (locale === "zh" ? (CHECK_DAM_CONDITIONS as Record<string, string>) : CHECK_DAM_LABELS_EN.condition)[
    v as keyof typeof CHECK_DAM_CONDITIONS
  ] ?? v;
const riskLabel = (v: string, locale: Locale) =>
  (locale === "zh" ? (CHECK_DAM_RISKS as Record<string, string>) : CHECK_DAM_LABELS_EN.risk_level)[
    v as keyof typeof CHECK_DAM_RISKS
  ] ?? v;
const nameOf = (r: { name_zh: string; name_en: string }, locale: Locale) =>
  locale === "zh" ? r.name_zh : r.name_en;

/**
 * Each county's soil-and-water-conservation rate by year (demo records, a
 * line) with its own 2025 and 2035 targets (real, diamonds in its colour).
 */
export function swcYearsOption(rows: Dashboard["swc_by_year"], locale: Locale): ChartOption {
  const t = (k: Tx) => chartText[k][locale];
  const colour = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length];
  return {
    tooltip: { trigger: "item", valueFormatter: (v: number) => `${v}%` },
    legend: { top: 0, type: "scroll" },
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    xAxis: { type: "value", min: 2019, max: 2035, interval: 2, axisLabel: { formatter: "{value}" } },
    yAxis: { type: "value", min: 40, max: 100, axisLabel: { formatter: "{value}%" } },
    series: rows.flatMap((r, i) => [
      {
        name: nameOf(r, locale),
        type: "line",
        itemStyle: { color: colour(i) },
        data: r.records.map((x) => [x.year, x.rate_pct]),
      },
      {
        name: nameOf(r, locale),
        type: "scatter",
        symbol: "diamond",
        symbolSize: 11,
        itemStyle: { color: colour(i) },
        tooltip: { formatter: `${nameOf(r, locale)} · ${t("targetReal")}: {c}` },
        data: [
          [2025, r.target_2025],
          [2035, r.target_2035],
        ].filter(([, v]) => v !== null),
      },
    ]),
  };
}

/** The table of the same: a county per row, its rate by the year asked and its targets. */
export function swcYearsRows(rows: Dashboard["swc_by_year"], locale: Locale) {
  return rows.map((r) => [
    nameOf(r, locale),
    r.records.map((x) => `${x.year}: ${x.rate_pct}%`).join("，") || null,
    r.rate_at_year ? `${r.rate_at_year.rate_pct}% (${r.rate_at_year.year})` : null,
    r.target_2025,
    r.target_2035,
  ]);
}

/** Green-mine rate per county (demo actuals) against the city's 2025 goal as a marked line. */
export function greenCountiesOption(g: Dashboard["green_by_county"], locale: Locale): ChartOption {
  const t = (k: Tx) => chartText[k][locale];
  const goal = g.goal;
  return {
    ...percentBarFrame(
      g.counties.map((c) => nameOf(c, locale)),
      40,
    ),
    series: [
      {
        ...percentBars(
          t("rateDemo"),
          CHART_COLOR.demo,
          g.counties.map((c) => c.rate_pct),
        ),
        markLine: goal
          ? {
              symbol: "none",
              lineStyle: { color: CHART_COLOR.real, type: "dashed", width: 2 },
              label: {
                formatter: `${locale === "zh" ? goal.region_name_zh : goal.region_name_en} ${goal.year} ${t("targetReal")} ${goal.value}%`,
                position: "insideEndTop",
              },
              data: [{ yAxis: goal.value }],
            }
          : undefined,
      },
    ],
  };
}

/** Check dams by condition, stacked by risk level (high risk in red). */
export function checkDamsOption(c: Dashboard["check_dams"], locale: Locale): ChartOption {
  const conditions = Object.keys(CHECK_DAM_CONDITIONS) as (keyof typeof CHECK_DAM_CONDITIONS)[];
  const risks = Object.keys(CHECK_DAM_RISKS) as (keyof typeof CHECK_DAM_RISKS)[];
  const colour = { low: "#9ecae1", medium: "#fd8d3c", high: "#d7301f" } as const;
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 40, right: 12, top: 40, bottom: 28 },
    xAxis: { type: "category", data: conditions.map((k) => condLabel(k, locale)) },
    yAxis: { type: "value", minInterval: 1 },
    series: risks.map((risk) => ({
      name: `${riskLabel(risk, locale)}${locale === "zh" ? "风险" : " risk"}`,
      type: "bar",
      stack: "risk",
      itemStyle: { color: colour[risk] },
      data: conditions.map(
        (cond) => c.by_condition_risk.find((r) => r.condition === cond && r.risk_level === risk)?.dams ?? 0,
      ),
    })),
  };
}

/** The check dams' table: one row per condition and risk level. */
export function checkDamsRows(c: Dashboard["check_dams"], locale: Locale) {
  return c.by_condition_risk.map((r) => [
    `${condLabel(r.condition, locale)} · ${riskLabel(r.risk_level, locale)}`,
    r.dams,
    r.storage_wan_m3,
  ]);
}
