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
  it("holds a public limit (30 report lookups a minute per address) across both processes", async () => {
    const lookup = (app: App, address = "198.51.100.7") =>
      app.inject({ url: "/api/public/reports/LP-AAAAA-AAAAA", remoteAddress: address });
    const codes: number[] = [];
    for (let i = 0; i < 16; i++) {
      codes.push((await lookup(a)).statusCode);
      codes.push((await lookup(b)).statusCode);
    }
    expect(codes.slice(0, 30).every((c) => c !== 429)).toBe(true);
    expect(codes.slice(30)).toEqual([429, 429]);
    // Another address has its own count.
    expect((await lookup(a, "198.51.100.8")).statusCode).not.toBe(429);
  });
});
