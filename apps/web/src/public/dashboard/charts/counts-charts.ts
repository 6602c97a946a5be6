import { dangerGrade, hazardMeasure, phase, zoneStatus } from "@lianpian/domain";
import type { Locale } from "../../../i18n/locale.ts";
import type { Dashboard } from "../../public-api.ts";
import { chartText } from "../chart-messages.ts";
import type { ChartOption } from "../echart.tsx";
import { SERIES_COLORS } from "./chart-colors.ts";

/** A stacked bar chart of counts: categories along, one series per stack key. */
function stacked(
  categories: { key: string; name: string }[],
  stacks: { key: string; name: string }[],
  count: (category: string, stack: string) => number,
): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 40, right: 12, top: 64, bottom: 48 },
    xAxis: { type: "category", data: categories.map((c) => c.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: "value", minInterval: 1 },
    series: stacks.map((s, i) => ({
      name: s.name,
      type: "bar",
      stack: "total",
      itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] },
      data: categories.map((c) => count(c.key, s.key)),
    })),
  };
}

/** Zones by status (along) and phase (stacked); drafts are not public. */
export function zonesOption(z: Dashboard["zones"], locale: Locale): ChartOption {
  const statuses = zoneStatus.values.filter((s) => s !== "draft");
  return stacked(
    statuses.map((s) => ({ key: s, name: zoneStatus.labels[s][locale] })),
    phase.values.map((p) => ({ key: p, name: phase.labels[p][locale] })),
    (status, ph) => z.by_status_phase.find((r) => r.status === status && r.phase === ph)?.zones ?? 0,
  );
}

/** Hazard points by danger grade (along) and their strongest measure (stacked): each point counts once. */
export function hazardsOption(h: Dashboard["hazards"], locale: Locale): ChartOption {
  const measures = [
    ...hazardMeasure.values.map((m) => ({ key: m as string, name: hazardMeasure.labels[m][locale] })),
    { key: "none", name: chartText.noMeasure[locale] },
  ];
  return stacked(
    dangerGrade.values.map((g) => ({ key: g, name: dangerGrade.labels[g][locale] })),
    measures,
    (grade, measure) =>
      h.by_grade_measure.find((r) => r.grade === grade && r.measure === measure)?.points ?? 0,
  );
}
