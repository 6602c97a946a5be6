export type { AreaFilter } from "./area-filter.ts";
export { type GreenMineRow, type GreenMines, greenMines } from "./green-mines.repository.ts";
export { type HazardsSummary, hazardsSummary } from "./hazards-summary.repository.ts";
export { type FeatureProgress, type ProgressAtYear, progressAtYear } from "./progress-at-year.repository.ts";
export { type RestorationSummary, restorationSummary } from "./restoration-summary.repository.ts";
export { type SubsidenceByYear, subsidenceByYear } from "./subsidence-by-year.repository.ts";
export { type SwcRateRow, swcRates } from "./swc-rates.repository.ts";
export { type ZonesSummary, zonesSummary } from "./zones-summary.repository.ts";
