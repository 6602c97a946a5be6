export { type CheckDamWrite, createCheckDam, updateCheckDam } from "./check-dam-edits.repository.ts";
export {
  type CheckDam,
  type CheckDamImport,
  checkDamsByConditionRisk,
  checkDamsByCounty,
  importCheckDams,
  listCheckDams,
} from "./check-dams.repository.ts";
export { greenMineRatesByCounty, swcRatesByCounty } from "./county-rates.repository.ts";
