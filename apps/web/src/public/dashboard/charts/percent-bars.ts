import type { ChartOption } from "../echart.tsx";

/**
 * The frame of a bar chart of rates (0–100 %) over named categories, each
 * name shown under its bars: the green-mine charts by scale and by county.
 * `bottom` leaves room for names of two lines.
 */
export function percentBarFrame(names: string[], bottom: number): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 40, right: 12, top: 40, bottom },
    xAxis: { type: "category", axisLabel: { interval: 0, fontSize: 11 }, data: names },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
  };
}

/** One series of rates in such a chart, each bar labelled with its percentage on top. */
export function percentBars(name: string, color: string, rates: (number | null)[]) {
  return {
    name,
    type: "bar",
    itemStyle: { color },
    label: { show: true, position: "top", formatter: "{c}%" },
    data: rates,
  };
}
