import { openDatabase } from "@lianpian/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../../test/support/test-database.ts";
import { type App, buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";

/** Two API processes on one server database, as behind a load balancer: one limit, not one per process. */
const serverOnly = describe.skipIf(!process.env.DATABASE_URL);
let t: TestDatabase;
let a: App;
let b: App;

beforeAll(async () => {
  if (!process.env.DATABASE_URL) return;
  t = await openTestDatabase();
  const config = loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true" });
  a = await buildApp({ db: t.db, config, logger: false });
  b = await buildApp({
    db: await openDatabase({ databaseUrl: t.databaseUrl, poolSize: 2 }),
    config,
    logger: false,
  });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await b?.db.close();
  await t?.drop();
});

serverOnly("rate limits across API processes", () => {
  it("holds the login limit (20 a minute per address) across both processes", async () => {
    const login = (app: App) =>
      app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "198.51.100.7",
        payload: { username: "planner", password: "not-the-password" },
      });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      codes.push((await login(a)).statusCode);
      codes.push((await login(b)).statusCode);
    }
    expect(codes.filter((c) => c === 401)).toHaveLength(20);
    expect(codes.slice(20)).toEqual([429, 429, 429, 429]);
    const other = await a.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "198.51.100.8",
      payload: { username: "planner", password: "not-the-password" },
    });
    expect(other.statusCode).toBe(401);
  });
});
