import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { readMigrations, runMigrations } from "./run-migrations.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.drop());

describe("runMigrations", () => {
  it("records every migration file once and applies nothing the second time", async () => {
    const files = readMigrations().map((m) => m.name);
    expect(files[0]).toBe("0001_core.sql");
    const { rows } = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(
      t.db.kysely,
    );
    expect(rows.map((r) => r.name)).toEqual(files);
    expect(await runMigrations(t.db.kysely)).toEqual([]);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const changed = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "edited" } : m));
    await expect(runMigrations(t.db.kysely, changed)).rejects.toThrow(/0001_core\.sql changed/);
  });

  it("applies a new migration and leaves nothing of a failing one", async () => {
    const good = { name: "9001_probe.sql", sql: "CREATE TABLE probe_ok (id int);", checksum: "a" };
    const bad = {
      name: "9002_broken.sql",
      sql: "CREATE TABLE probe_half (id int); SELECT no_such_fn();",
      checksum: "b",
    };
    await expect(runMigrations(t.db.kysely, [...readMigrations(), good, bad])).rejects.toThrow();
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('probe_ok', 'probe_half')`.execute(
      t.db.kysely,
    );
    expect(rows[0]?.n).toBe(0);
    expect(await runMigrations(t.db.kysely, [...readMigrations(), good])).toEqual(["9001_probe.sql"]);
  });
});
