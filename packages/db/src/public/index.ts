export { type CountyName, listCountyNames } from "./counties.repository.ts";
export * from "./dashboard/index.ts";
export { loadPlanTargets, type PlanTargetsDataset } from "./plan-targets.loader.ts";
export {
  listPlanRegionLinks,
  listPlanRegions,
  listPlanTargets,
  type PlanRegionRow,
  type PlanTargetRow,
  type PlanTargetUpsert,
  upsertPlanTarget,
} from "./plan-targets.repository.ts";
export { type PublicDatabase, type PublicTables, withPublic } from "./public-tables.ts";
