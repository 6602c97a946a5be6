export type { Db, DatabaseMode, OpenOptions } from "./connection/open-database.ts";
export { openDatabase } from "./connection/open-database.ts";
export { MIGRATIONS_DIR, readMigrations, runMigrations } from "./migrate/run-migrations.ts";
export type * from "./schema.ts";
export { readHealth } from "./system/health.repository.ts";
