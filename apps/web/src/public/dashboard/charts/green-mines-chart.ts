import { scaleClass } from "@lianpian/domain";
import type { Locale } from "../../../i18n/locale.ts";
import type { Dashboard, PlanFigure } from "../../public-api.ts";
import { chartText } from "../chart-messages.ts";
import type { ChartOption } from "../echart.tsx";
import { CHART_COLOR } from "./chart-colors.ts";
import { percentBarFrame, percentBars } from "./percent-bars.ts";

const CATEGORIES = ["all", "large", "medium", "small"] as const;
/** The plan target that applies to each bar: Jincheng's overall 2025 rate, Changzhi's 2028 rates by scale. */
const TARGET_OF: Record<(typeof CATEGORIES)[number], string | null> = {
  all: "green_mine_rate",
  large: "green_mine_rate_large",
  medium: "green_mine_rate_medium",
  small: null,
};

/** Where and when a target applies, e.g. "长治市 2028". */
export function targetWhere(target: PlanFigure, locale: Locale): string {
  return `${locale === "zh" ? target.region_name_zh : target.region_name_en} ${target.year}`;
}

export function greenRows(g: Dashboard["green_mines"], locale: Locale) {
  return CATEGORIES.map((c) => {
    const row = g.by_scale.find((r) => r.scale_class === c);
    const indicator = TARGET_OF[c];
    const target: PlanFigure | undefined = indicator
      ? g.targets.find((t) => t.indicator === indicator)
      : undefined;
    return {
      category: c,
      name: c === "all" ? chartText.all[locale] : scaleClass.labels[c][locale],
      producing: row?.producing ?? 0,
      green: row?.green ?? 0,
      ratePct: row?.rate_pct ?? null,
      target: target ?? null,
    };
  });
}

/** Green-mine rate by scale (demo actuals) beside the target that applies to it (real, with its region and year). */
export function greenOption(g: Dashboard["green_mines"], locale: Locale): ChartOption {
  const rows = greenRows(g, locale);
  const t = (k: keyof typeof chartText) => chartText[k][locale];
  return {
    ...percentBarFrame(
      rows.map((r) => (r.target ? `${r.name}\n${targetWhere(r.target, locale)}` : r.name)),
      52,
    ),
    series: [
      percentBars(
        t("rateDemo"),
        CHART_COLOR.demo,
        rows.map((r) => r.ratePct),
      ),
      percentBars(
        t("targetReal"),
        CHART_COLOR.real,
        rows.map((r) => r.target?.value ?? null),
      ),
    ],
  };
}
