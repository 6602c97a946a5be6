import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, openDatabase } from "@lianpian/db";
import pg from "pg";
import { inject } from "vitest";
import { TEMPLATE_DB_NAME, withDatabaseName } from "./server-url.ts";

export interface TestDatabase {
  db: Db;
  /** DATABASE_URL of this test's own database (server mode), or undefined. */
  databaseUrl: string | undefined;
  /** Data directory of this test's own PGlite copy (embedded mode), or undefined. */
  dataDir: string | undefined;
  /** Connections the database hands out at once: the pool's size, or PGlite's one session. */
  connections: number;
  drop(): Promise<void>;
}

/**
 * A private copy of the migrated demo database for one test file: a copied
 * PGlite data directory, or a database cloned from the server template when
 * the run has DATABASE_URL. Never shared between files, so tests may write.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("serverUrl");
  if (serverUrl) {
    const name = `lianpian_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB_NAME}`);
    await admin.end();
    const databaseUrl = withDatabaseName(serverUrl, name);
    const connections = 4;
    const db = await openDatabase({ databaseUrl, poolSize: connections });
    return {
      db,
      databaseUrl,
      dataDir: undefined,
      connections,
      async drop() {
        await db.close();
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const root = mkdtempSync(join(tmpdir(), "lianpian-test-"));
  const dataDir = join(root, "pgdata");
  cpSync(inject("templateDir"), dataDir, { recursive: true });
  const db = await openDatabase({ dataDir });
  return {
    db,
    databaseUrl: undefined,
    dataDir,
    connections: 1,
    async drop() {
      await db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
