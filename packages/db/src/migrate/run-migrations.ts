import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

/** db/migrations at the repository root: the schema's single source of truth. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../../db/migrations/", import.meta.url));

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Lists the numbered plain-SQL migrations in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, "utf8");
      return { name, sql: text, checksum: createHash("sha256").update(text).digest("hex") };
    });
}

/**
 * Applies the migrations not yet recorded, each in its own transaction, and
 * records them. Safe to run on every start and from several processes (an
 * advisory lock serialises them). A recorded migration whose file changed is
 * an error: migrations are append-only.
 */
export async function runMigrations(db: Kysely<Database>, migrations = readMigrations()): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const applied: string[] = [];
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(74201)`.execute(trx);
    const done = await sql<{
      name: string;
      checksum: string;
    }>`SELECT name, checksum FROM schema_migrations`.execute(trx);
    const known = new Map(done.rows.map((r) => [r.name, r.checksum]));
    for (const m of migrations) {
      const checksum = known.get(m.name);
      if (checksum === m.checksum) continue;
      if (checksum !== undefined) throw new Error(`migration ${m.name} changed after it was applied`);
      await sql.raw(m.sql).execute(trx);
      await sql`INSERT INTO schema_migrations (name, checksum) VALUES (${m.name}, ${m.checksum})`.execute(
        trx,
      );
      applied.push(m.name);
    }
  });
  return applied;
}
