export {
  type Actor,
  type AuditEntry,
  type AuditFilter,
  listAudit,
  recordAudit,
} from "./accounts/audit.repository.ts";
export {
  type BackoffPolicy,
  backoffMs,
  clearLoginFailures,
  loginBlockedUntil,
  recordLoginFailure,
  sweepLoginFailures,
} from "./accounts/login-failures.repository.ts";
export {
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
  insertSession,
  listUserSessions,
  revokeUserSessions,
  SESSION_IDLE_MS,
} from "./accounts/sessions.repository.ts";
export {
  findUserById,
  findUserForLogin,
  insertUser,
  listDemoUsers,
  listUsers,
  type UserChange,
  type UserRow,
  updateUser,
} from "./accounts/users.repository.ts";
export * from "./analysis/index.ts";
export * from "./basemaps/index.ts";
export { type DatabaseFailure, databaseFailure, isDatabaseOutage } from "./connection/database-errors.ts";
export type { DatabaseMode, Db, OpenOptions } from "./connection/open-database.ts";
export { openDatabase } from "./connection/open-database.ts";
export * from "./export/index.ts";
export * from "./features/index.ts";
export * from "./file-imports/index.ts";
export * from "./hazards/index.ts";
export { isDatabaseEmpty } from "./import/existing-keys.ts";
export { importDataset } from "./import/import-dataset.ts";
export type {
  ImportCounts,
  ImportOptions,
  ImportResult,
  Rejection,
  RejectionCode,
} from "./import/import-result.ts";
export * from "./inspections/index.ts";
export { MIGRATIONS_DIR, readMigrations, runMigrations } from "./migrate/run-migrations.ts";
export * from "./pits/index.ts";
export * from "./public/index.ts";
export * from "./rectification/index.ts";
export * from "./registers/index.ts";
export * from "./reports/index.ts";
export type * from "./schema.ts";
export * from "./search/index.ts";
export * from "./settings/index.ts";
export { readHealth } from "./system/health.repository.ts";
export {
  countRateLimitHit,
  deleteEndedRateLimitWindows,
  type RateLimitCount,
  readRateLimitHits,
} from "./system/rate-limits.repository.ts";
export * from "./tiles/index.ts";
export * from "./zones/index.ts";
