export { replaceParties } from "./zone-children.repository.ts";
export { deriveZoneFacts, refreshZoneFacts, type ZoneFacts } from "./zone-facts.repository.ts";
export { listHistory, readVersion } from "./zone-history.repository.ts";
export {
  changeZoneStatus,
  reopenZone,
  revertZone,
  type StatusChangeFailure,
} from "./zone-lifecycle.repository.ts";
export {
  addAftercare,
  type Decider,
  type DecisionInput,
  type LockedEdit,
  listAftercare,
  listDecisions,
  readDecisionAttachment,
  readGovernance,
} from "./zone-lifecycle-decisions.ts";
export {
  listDeletedZones,
  purgeExpiredDeletedZones,
  RESTORE_DAYS,
  type RestoreResult,
  restoreZone,
} from "./zone-lifecycle-trash.ts";
export { setZoneParties } from "./zone-parties.repository.ts";
export { listZones, readAllZones, readZone, type ZoneListFilter } from "./zone-read.repository.ts";
export {
  createZone,
  deleteZone,
  isUniqueViolation,
  type NewZone,
  updateZone,
  type ZoneWriteResult,
} from "./zone-write.repository.ts";
