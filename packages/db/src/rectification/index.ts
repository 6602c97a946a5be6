export { type ConsolidationPair, findConsolidationCandidates } from "./consolidation.repository.ts";
export {
  type CheckedProposal,
  checkProposal,
  createProposal,
  findAllocationOverlaps,
  listProposals,
  type ProposedLicence,
  type ProposedLicenceInput,
  setProposalStatus,
} from "./new-allocation.repository.ts";
export { type ClassedMine, classifyMines, countByCounty, newVersusClosedCount } from "./rectification.ts";
export {
  type RectificationFacts,
  type RectificationMineRow,
  readRectificationMines,
  recordRectificationClass,
  writeRectificationFacts,
} from "./rectification-mines.repository.ts";
