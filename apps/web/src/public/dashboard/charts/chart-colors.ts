/** One meaning, one colour, in every chart: real plan figures never look like demo actuals. */
export const CHART_COLOR = {
  real: "#3949ab",
  realLight: "#9fa8da",
  demo: "#2e7d32",
  demoLight: "#a5d6a7",
  mark: "#d81b60",
} as const;

/** Categorical colours with readable contrast on white (for stacks of phases, measures…). */
export const SERIES_COLORS = ["#1b5e20", "#ef6c00", "#3949ab", "#00838f", "#8e24aa", "#6d4c41"] as const;
