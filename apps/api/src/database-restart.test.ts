import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@lianpian/db";
import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { demoSeedData } from "@lianpian/demo-data";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabaseName } from "../../../test/support/server-url.ts";
import { loginAs } from "../../../test/support/test-app.ts";
import { type App, buildApp } from "./app.ts";
import { prepareDatabase } from "./bootstrap/prepare-database.ts";
import { loadConfig } from "./config.ts";

/**
 * A real PostgreSQL restart under load, and a real start of the API while
 * PostgreSQL is stopped. It needs a cluster of its own that the test may stop
 * and start (CI's third cluster: LIANPIAN_TEST_RESTART_URL and
 * LIANPIAN_TEST_RESTART_PGDIR, started by .ci/run), so the other test files
 * keep their server.
 */
const url = process.env.DATABASE_URL ? process.env.LIANPIAN_TEST_RESTART_URL : undefined;
const pgdir = process.env.LIANPIAN_TEST_RESTART_PGDIR;
if (process.env.CI && process.env.DATABASE_URL && !(url && pgdir))
  throw new Error("CI's server run needs LIANPIAN_TEST_RESTART_URL and LIANPIAN_TEST_RESTART_PGDIR");
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PG_CTL = "/usr/lib/postgresql/15/bin/pg_ctl";

/** pg_ctl as the cluster's owner; -w waits until the server is up or down. */
function pgCtl(action: "stop" | "start" | "restart") {
  const run = (command: string) => execFileSync("su", ["postgres", "-c", `${PG_CTL} -D ${pgdir} ${command}`]);
  if (action === "start") {
    try {
      run("status");
      return; // already running
    } catch {}
  }
  // A start does not remember the options of the first one (a restart does): give them again.
  const port = url ? new URL(url).port : "";
  const options =
    action === "start" ? ` -o '-h 127.0.0.1 -p ${port} -k /tmp -c max_connections=200 -c fsync=off'` : "";
  // The cluster's own log file keeps pg_ctl from holding our stdout open.
  run(`-w -m fast -l ${pgdir}/server.log${options} ${action}`);
}

async function until(check: () => Promise<boolean>, tries = 300, everyMs = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

let name: string;
let databaseUrl: string;

beforeAll(async () => {
  if (!url) return;
  name = `lianpian_restart_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  databaseUrl = withDatabaseName(url, name);
  const db = await openDatabase({ databaseUrl });
  await prepareDatabase(db, { demo: true, demoAccounts: true, seed: demoSeedData() });
  await db.close();
});
afterAll(async () => {
  if (!url) return;
  pgCtl("start");
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe.skipIf(!url)("PostgreSQL restarting under the API", () => {
  it("keeps the process up through a restart mid-load: 503 in our shape, then serves, every acknowledged inspection once", async () => {
    const db = await openDatabase({ databaseUrl, poolSize: 4, acquireTimeoutMs: 2_000 });
    const app: App = await buildApp({
      db,
      config: loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true", LIANPIAN_TILE_CACHE_MB: "0" }),
      logger: false,
    });
    try {
      const hazardId = await insertFixtureHazard(db.kysely);
      const version = await hazardVersion(db.kysely, hazardId);
      const field = await loginAs(app, "field");
      const bodies = Array.from({ length: 30 }, () => fixtureInspection(hazardId, version));
      const send = (body: object) =>
        app.inject({ method: "POST", url: "/api/inspections", headers: field, payload: body });
      const round = (from: number, to: number) =>
        Promise.all([
          ...bodies.slice(from, to).map(send),
          app.inject({ url: "/tiles/mines/10/833/403.mvt" }),
          app.inject({ url: "/api/public/dashboard" }),
          app.inject({ url: "/collections/hazard_points/items?limit=100" }),
        ]);
      const replies = [...(await round(0, 10))];
      const during = round(10, 20);
      pgCtl("restart");
      replies.push(...(await during), ...(await round(20, 30)));
      for (const res of replies) {
        expect([200, 201, 204, 503]).toContain(res.statusCode);
        if (res.statusCode === 503) {
          expect(["database_unavailable", "database_timeout"]).toContain(res.json().error.code);
          expect(res.body).not.toMatch(/127\.0\.0\.1|ECONN|terminat/i);
        }
      }
      expect(await until(async () => (await app.inject({ url: "/health" })).statusCode === 200)).toBe(true);
      // The phone resends what was not acknowledged; every key ends stored exactly once.
      for (const body of bodies)
        expect(await until(async () => [200, 201].includes((await send(body)).statusCode))).toBe(true);
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM inspections
        WHERE client_key = ANY(${bodies.map((b) => b.client_key)}::uuid[])`.execute(db.kysely);
      expect(rows[0]?.n).toBe(bodies.length);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it("starts while PostgreSQL is stopped and becomes healthy by itself once it is started", async () => {
    pgCtl("stop");
    let child: ChildProcess | undefined;
    try {
      child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: "0",
          LIANPIAN_DEMO_DATA: "false",
          LIANPIAN_WEB_DIST: "/nonexistent",
          LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout?.on("data", (chunk) => {
        output += String(chunk);
      });
      const port = () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      expect(await until(async () => port() !== undefined)).toBe(true);
      const base = `http://127.0.0.1:${port()}`;
      const starting = await fetch(`${base}/health`);
      expect(starting.status).toBe(503);
      expect(((await starting.json()) as { status: string }).status).toBe("starting");
      pgCtl("start");
      expect(await until(async () => (await fetch(`${base}/health`)).status === 200)).toBe(true);
      expect(child.exitCode).toBeNull();
    } finally {
      child?.kill("SIGKILL");
      pgCtl("start");
    }
  });
});
