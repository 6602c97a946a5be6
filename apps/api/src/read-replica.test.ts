import { openDatabase } from "@lianpian/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabaseName } from "../../../test/support/server-url.ts";
import { loginAs } from "../../../test/support/test-app.ts";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-database.ts";
import { type App, buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";

/**
 * Read-only traffic on a streaming replica (.ci/start-postgres-replica.sh,
 * LIANPIAN_TEST_REPLICA_URL), writes and a writer's own reads on the primary.
 * The replica's replay is paused during the test, so "the writer sees the
 * write at once" cannot pass by luck.
 */
const replicaUrl = process.env.DATABASE_URL ? process.env.LIANPIAN_TEST_REPLICA_URL : undefined;
if (process.env.CI && process.env.DATABASE_URL && !replicaUrl)
  throw new Error("LIANPIAN_TEST_REPLICA_URL (a streaming replica) is required in CI's server run");

let t: TestDatabase;
let app: App;
let replica: pg.Client;

async function until(check: () => Promise<boolean>, tries = 300): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

beforeAll(async () => {
  if (!replicaUrl) return;
  t = await openTestDatabase();
  const name = new URL(t.databaseUrl as string).pathname.slice(1);
  const readUrl = withDatabaseName(replicaUrl, name);
  // The test's database was just created on the primary: wait until the replica has replayed it.
  const admin = new pg.Client({ connectionString: replicaUrl });
  await admin.connect();
  await until(async () => {
    const { rows } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rows.length > 0;
  });
  await admin.end();
  replica = new pg.Client({ connectionString: readUrl });
  await replica.connect();
  const db = await openDatabase({ databaseUrl: t.databaseUrl, readUrl, poolSize: 3 });
  app = await buildApp({ db, config: loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true" }), logger: false });
});
afterAll(async () => {
  await replica?.query("SELECT pg_wal_replay_resume()").catch(() => {});
  await replica?.end();
  await app?.close();
  await app?.db.close();
  await t?.drop();
});

const zonesVersion = async (app: App, headers: Record<string, string> = {}) => {
  const res = await app.inject({ url: "/tiles", headers });
  expect(res.statusCode).toBe(200);
  const layers = res.json().layers as { id: string; version: number }[];
  return layers.find((l) => l.id === "zones")?.version;
};

describe.skipIf(!replicaUrl)("a streaming read replica", () => {
  it("serves tiles and features from the replica", async () => {
    expect([200, 204]).toContain((await app.inject({ url: "/tiles/mines/10/833/403.mvt" })).statusCode);
    expect((await app.inject({ url: "/tiles" })).statusCode).toBe(200);
    const { rows } = await replica.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'lianpian-reads' AND datname = current_database()",
    );
    expect(rows[0].n).toBeGreaterThan(0);
    const { rows: inRecovery } = await replica.query("SELECT pg_is_in_recovery() AS r");
    expect(inRecovery[0].r).toBe(true);
  });

  it("lets the writer read its own write at once while others read the replica", async () => {
    const planner = await loginAs(app, "planner");
    const before = await zonesVersion(app);
    expect(before).toBeTypeOf("number");
    await replica.query("SELECT pg_wal_replay_pause()");
    const created = await app.inject({
      method: "POST",
      url: "/api/zones",
      headers: planner,
      payload: {
        name_zh: "副本测试片区",
        zone_type: "contiguous_mine",
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [112.6, 35.6],
              [112.62, 35.6],
              [112.62, 35.62],
              [112.6, 35.62],
              [112.6, 35.6],
            ],
          ],
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const wrote = String(created.headers["set-cookie"]).match(/lianpian_wrote=[^;]+/)?.[0];
    expect(wrote).toBeDefined();
    // The writer (its cookie sent back, as a browser does) reads from the primary…
    expect(await zonesVersion(app, { ...planner, cookie: wrote as string })).toBeGreaterThan(
      before as number,
    );
    // …everyone else from the replica, which has not replayed the write yet.
    expect(await zonesVersion(app)).toBe(before);
    await replica.query("SELECT pg_wal_replay_resume()");
    expect(await until(async () => ((await zonesVersion(app)) ?? 0) > (before as number))).toBe(true);
  });
});
