import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@lianpian/db";
import { fixtureInspection, hazardVersion, insertFixtureHazard } from "@lianpian/db/testing";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTcpProxy, type TcpProxy, throughProxy } from "../../../test/support/tcp-proxy.ts";
import { loginAs } from "../../../test/support/test-app.ts";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-database.ts";
import { type App, buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";

/**
 * The API against a server database that goes away: its connections cut
 * (a restart, as the app sees it, through a TCP proxy the test takes down),
 * its backends terminated, a pool held by a lock, and a start while the
 * database is down. Server only: the embedded database cannot go away.
 */
const serverOnly = describe.skipIf(!process.env.DATABASE_URL);
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TILE = "/tiles/mines/10/833/403.mvt";
const ZONE = {
  type: "Polygon",
  coordinates: [
    [
      [112.4, 35.6],
      [112.42, 35.6],
      [112.42, 35.62],
      [112.4, 35.62],
      [112.4, 35.6],
    ],
  ],
};

let t: TestDatabase;
let proxy: TcpProxy;

beforeAll(async () => {
  if (!process.env.DATABASE_URL) return;
  t = await openTestDatabase();
  const server = new URL(t.databaseUrl as string);
  proxy = await openTcpProxy({ host: server.hostname, port: Number(server.port) });
});
afterAll(async () => {
  await proxy?.close();
  await t?.drop();
});

/** Every reply in our error shape, and none that names the database's address. */
function expectOutageReply(res: { statusCode: number; body: string; json(): unknown }) {
  expect(res.statusCode).toBe(503);
  const body = res.json() as { error: { code: string; message: string; message_en: string } };
  expect(["database_unavailable", "database_timeout"]).toContain(body.error.code);
  expect(body.error.message).toBeTruthy();
  expect(res.body).not.toContain("127.0.0.1");
  expect(res.body).not.toContain(String(proxy.port));
  expect(res.body).not.toMatch(/ECONN|SELECT|terminat/i);
}

async function until(check: () => Promise<boolean>, tries = 200, everyMs = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

serverOnly("an app whose database goes away and comes back", () => {
  let app: App;
  let planner: { authorization: string };
  let field: { authorization: string };
  let hazardId: number;

  beforeAll(async () => {
    const db = await openDatabase({
      databaseUrl: throughProxy(t.databaseUrl as string, proxy),
      poolSize: 4,
      acquireTimeoutMs: 1_000,
    });
    app = await buildApp({ db, config: loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true" }), logger: false });
    hazardId = await insertFixtureHazard(db.kysely);
    planner = await loginAs(app, "planner");
    field = await loginAs(app, "field");
  });
  afterAll(async () => {
    await proxy.up().catch(() => {});
    await app?.close();
    await app?.db.close();
  });

  it("answers 503 in our shape while it is down, serves cached tiles, and serves again when it is back", async () => {
    const warm = await app.inject({ url: TILE });
    expect([200, 204]).toContain(warm.statusCode);
    expect((await app.inject({ url: "/health" })).statusCode).toBe(200);

    await proxy.down();
    const health = await app.inject({ url: "/health" });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: "unavailable", reason: expect.any(String) });
    expect(health.body).not.toContain("127.0.0.1");
    expectOutageReply(await app.inject({ url: "/collections/mines/items?limit=1" }));
    expectOutageReply(await app.inject({ url: "/api/zones", headers: planner }));
    // A valid outline is not "invalid geometry" because the check could not run.
    expectOutageReply(
      await app.inject({
        method: "POST",
        url: "/api/zones",
        headers: planner,
        payload: { geometry: ZONE, name_zh: "停库时提交", zone_type: "contiguous_mine" },
      }),
    );
    // The warm cache keeps the map going (stale if error).
    const cached = await app.inject({ url: TILE });
    expect(cached.statusCode).toBe(warm.statusCode);
    expect(cached.rawPayload.equals(warm.rawPayload)).toBe(true);

    await proxy.up();
    expect(await until(async () => (await app.inject({ url: "/health" })).statusCode === 200)).toBe(true);
    expect((await app.inject({ url: "/api/zones", headers: planner })).statusCode).toBe(200);
  });

  it("keeps every acknowledged inspection exactly once through cut connections and terminated backends", async () => {
    const version = await hazardVersion(app.db.kysely, hazardId);
    const bodies = Array.from({ length: 24 }, () => fixtureInspection(hazardId, version));
    const send = (body: object) =>
      app.inject({ method: "POST", url: "/api/inspections", headers: field, payload: body });
    const load = (from: number, to: number) =>
      Promise.all([
        ...bodies.slice(from, to).map(send),
        app.inject({ url: "/collections/hazard_points/items?limit=50" }),
        app.inject({ url: "/api/zones", headers: planner }),
      ]);
    // Faults in the middle of the load: every backend of this database terminated, then the connections cut.
    const first = load(0, 12);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`
      .execute(app.db.kysely)
      .catch(() => {});
    const firstReplies = await first;
    const second = load(12, 24);
    await proxy.down();
    const secondReplies = await second;
    for (const res of [...firstReplies, ...secondReplies]) {
      expect([200, 201, 503]).toContain(res.statusCode);
      if (res.statusCode === 503) expectOutageReply(res);
    }

    await proxy.up();
    // The phone sends again whatever was not acknowledged; then every key is stored exactly once.
    for (const body of bodies) {
      expect(await until(async () => [200, 201].includes((await send(body)).statusCode))).toBe(true);
    }
    const { rows } = await sql<{ client_key: string; n: number }>`
      SELECT client_key::text, count(*)::int AS n FROM inspections
      WHERE client_key = ANY(${bodies.map((b) => b.client_key)}::uuid[]) GROUP BY client_key`.execute(
      app.db.kysely,
    );
    expect(rows).toHaveLength(bodies.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});

serverOnly("a pool held up by a lock", () => {
  it("answers 503 when no connection frees in time, while /health and tiles keep their own connections", async () => {
    const db = await openDatabase({
      databaseUrl: t.databaseUrl as string,
      poolSize: 1,
      acquireTimeoutMs: 300,
      statementTimeoutMs: 5_000,
    });
    const app = await buildApp({
      db,
      config: loadConfig({ LIANPIAN_DEMO_ACCOUNTS: "true", LIANPIAN_TILE_CACHE_MB: "0" }),
      logger: false,
    });
    const planner = await loginAs(app, "planner");
    const locker = new pg.Client({ connectionString: t.databaseUrl });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE treatment_zones IN ACCESS EXCLUSIVE MODE");
      // The one primary connection waits on the lock…
      const stuck = app.inject({ url: "/api/zones", headers: planner });
      await until(async () => {
        const { rows } = await locker.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
        );
        return rows[0].n > 0;
      });
      // …so the next request that needs it is told to come back, not queued for ever.
      expectOutageReply(await app.inject({ url: "/api/zones/1", headers: planner }));
      expect((await app.inject({ url: "/health" })).statusCode).toBe(200);
      expect([200, 204]).toContain((await app.inject({ url: TILE })).statusCode);
      await locker.query("ROLLBACK");
      expect((await stuck).statusCode).toBe(200);
    } finally {
      await locker.end();
      await app.close();
      await db.close();
    }
  });
});

serverOnly("starting while the database is down", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("listens, answers /health 503 with the reason, and becomes healthy by itself once the database is up", async () => {
    await proxy.down();
    child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: throughProxy(t.databaseUrl as string, proxy),
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
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
    });
    const listening = () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    expect(await until(async () => listening() !== undefined, 300)).toBe(true);
    const base = `http://127.0.0.1:${listening()}`;

    const starting = await fetch(`${base}/health`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toMatchObject({ status: "starting", reason: expect.any(String) });
    const early = await fetch(`${base}/api/zones`);
    expect(early.status).toBe(503);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
    expect(child.exitCode).toBeNull();

    await proxy.up();
    expect(await until(async () => (await fetch(`${base}/health`)).status === 200, 300)).toBe(true);
    expect((await fetch(`${base}/collections/mines/items?limit=1`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
  });
});
