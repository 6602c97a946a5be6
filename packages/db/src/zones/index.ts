export { replaceParties } from "./zone-children.repository.ts";
export { deriveZoneFacts, refreshZoneFacts, type ZoneFacts } from "./zone-facts.repository.ts";
export { listHistory, readVersion } from "./zone-history.repository.ts";
export { changeZoneStatus, revertZone } from "./zone-lifecycle.repository.ts";
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
