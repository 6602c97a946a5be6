import type { Label } from "@lianpian/domain";
import CHART_TEXT from "./chart-messages.json" with { type: "json" };

/** Chart titles, series names and source notes, both languages (chart-messages.json). */
export const chartText = CHART_TEXT satisfies Record<string, Label>;

export type ChartTextKey = keyof typeof chartText;
