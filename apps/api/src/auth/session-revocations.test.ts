import { openDatabase } from "@lianpian/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../../../../test/support/test-app.ts";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { type App, buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";

/**
 * Two API processes on one database, as behind a load balancer: on a server
 * each has its own pools and listener; on the embedded database they share
 * the one session. A session ended or a user disabled through either (or by
 * SQL) is refused by both, though both had it cached.
 */
let t: TestDatabase;
let a: App;
let b: App;
const config = loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true" });

beforeAll(async () => {
  t = await openTestDatabase();
  const second = t.databaseUrl ? await openDatabase({ databaseUrl: t.databaseUrl, poolSize: 2 }) : t.db;
  a = await buildApp({ db: t.db, config, logger: false });
  b = await buildApp({ db: second, config, logger: false });
  await Promise.all([a.ready(), b.ready()]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  if (b && b.db !== t.db) await b.db.close();
  await t?.drop();
});

const me = (app: App, headers: { authorization: string }) =>
  app.inject({ url: "/api/auth/me", headers }).then((r) => r.statusCode);

/** The other process hears of the change a moment after its commit: wait for it, boundedly. */
async function refusedBy(app: App, headers: { authorization: string }): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if ((await me(app, headers)) === 401) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe("sessions across API processes", () => {
  it("refuses a session logged out on the other process, though it was cached there", async () => {
    const planner = await loginAs(a, "planner");
    expect(await me(b, planner)).toBe(200);
    expect(await me(b, planner)).toBe(200); // now cached on b
    const logout = await a.inject({ method: "POST", url: "/api/auth/logout", headers: planner });
    expect(logout.statusCode).toBe(204);
    expect(await me(a, planner)).toBe(401);
    expect(await refusedBy(b, planner)).toBe(true);
  });

  it("refuses every session of a user disabled by SQL, on both processes", async () => {
    const field = await loginAs(b, "field");
    expect(await me(a, field)).toBe(200);
    expect(await me(b, field)).toBe(200);
    await sql`UPDATE users SET disabled = true WHERE username = 'field'`.execute(t.db.kysely);
    expect(await refusedBy(a, field)).toBe(true);
    expect(await refusedBy(b, field)).toBe(true);
    await sql`UPDATE users SET disabled = false WHERE username = 'field'`.execute(t.db.kysely);
  });
});
