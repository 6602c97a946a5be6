import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";

// Only a server has other sessions that can end ours.
const server = Boolean(inject("serverUrl"));

describe.skipIf(!server)("server pool", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("survives the server closing its idle connections, and the next query opens a fresh one", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // two connections in the pool, both idle afterwards
    await Promise.all([sql`SELECT pg_sleep(0.05)`.execute(t.db.kysely), sql`SELECT 1`.execute(t.db.kysely)]);
    const admin = new pg.Client({ connectionString: t.databaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ ended: number }>(
        `SELECT count(*)::int AS ended FROM (
           SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'lianpian') s`,
      );
      const ended = rows[0]?.ended ?? 0;
      expect(ended).toBeGreaterThanOrEqual(1);
      // every ended connection is reported once; until then a query could still pick a dead one
      await vi.waitFor(() => expect(warn.mock.calls.length).toBeGreaterThanOrEqual(ended));
      const again = await sql<{ one: number }>`SELECT 1 AS one`.execute(t.db.kysely);
      expect(again.rows).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
      warn.mockRestore();
    }
  });
});
