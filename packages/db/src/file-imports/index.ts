export { blockingErrors, type CommitOptions, type CommitOutcome, commitImport } from "./commit-import.ts";
export { readSavedMapping, type SavedImportMapping, saveMapping } from "./import-mappings.repository.ts";
export {
  discardStagedImport,
  listImports,
  readImportSummary,
  readStagedFeatures,
  readStagedFile,
  saveStagedImport,
} from "./staged-imports.repository.ts";
export type { ImportStatus, ImportSummary, StagedRow, StageInput, StageRow } from "./types.ts";
export { type ChangedRow, type UndoOutcome, undoImport } from "./undo-import.ts";
