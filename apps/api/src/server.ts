import { openDatabase } from "@lianpian/db";
import { buildApp } from "./app.ts";
import { prepareDatabase, type SeedData } from "./bootstrap/prepare-database.ts";
import { untilDatabaseAnswers } from "./bootstrap/wait-for-database.ts";
import { loadConfig } from "./config.ts";
import type { DatabaseReadiness } from "./plugins/database-readiness.ts";

/**
 * Starts Lianpian: open (or create) the database, migrate, seed (with what
 * the caller passes: scripts/serve.ts wires in the demo data), listen.
 * A server database that is down does not stop the start: the app listens,
 * answers 503 (and says why in /health) and keeps trying with backoff; once
 * the database answers, migrations run and the app serves.
 */
export async function startServer(seed: SeedData) {
  const config = loadConfig();
  const started = Date.now();
  const say = (message: string) => console.log(`[lianpian] ${message}`);
  say(
    config.databaseUrl
      ? "connecting to the server PostGIS (DATABASE_URL)…"
      : `opening the embedded PostGIS at ${config.dataDir} (the first start unpacks it, ~15 s)…`,
  );
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    acquireTimeoutMs: config.acquireTimeoutMs,
  });
  const prepare = () =>
    prepareDatabase(db, { demo: config.demoData, demoAccounts: config.demoAccounts, seed, onProgress: say });
  const readiness: DatabaseReadiness = { ready: db.mode === "embedded", waitingFor: "the database server" };
  // The embedded database is in this process: prepared before anything listens.
  if (db.mode === "embedded") await prepare();
  const app = await buildApp({ db, config, readiness });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  if (!readiness.ready) {
    say(`listening on http://${config.host}:${port}/ — waiting for the database`);
    await untilDatabaseAnswers(prepare, {
      stopped: () => closing,
      onRetry: (attempt, waitMs, error) =>
        say(`database not ready (${error.message}); attempt ${attempt}, next in ${waitMs / 1000} s`),
    });
    readiness.ready = true;
  }
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${db.mode} database)`);
  say(`open http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}/  ·  API docs /docs`);
}
