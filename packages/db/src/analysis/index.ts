export { computeFundShares, GOVERNMENT_PARTY } from "./fund-shares.ts";
export { checkGeometryInPostgis, type PostgisCheck } from "./geometry-check.repository.ts";
export { findMissingRefs, type OperandInput, operandCount } from "./operands-sql.ts";
export {
  bufferOperands,
  closeGaps,
  type OperationOutput,
  subtractOperands,
  unionOperands,
} from "./operations.repository.ts";
export { HAZARD_FOOTPRINT_M } from "./proposals.repository.ts";
export { findProposals, type ProposalOptions } from "./proposals.ts";
export { type SelectedFeature, selectInPolygon } from "./select.repository.ts";
export { REPORT_ITEM_CAP } from "./zone-report.repository.ts";
export { buildZoneReport } from "./zone-report.ts";
