import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { postgis } from "@electric-sql/pglite-postgis";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "../schema.ts";
import { embeddedListen, type Listen, serverListen } from "./notifications.ts";
import { pglitePool } from "./pglite-pool.ts";

export type DatabaseMode = "embedded" | "server";

/** An open database: the Kysely handle plus what the app needs to know about it. */
export interface Db {
  /** Reads and writes: the primary. */
  kysely: Kysely<Database>;
  /**
   * Read-only traffic (tiles, features): a connection budget of its own, with
   * a shorter statement deadline, so a slow or locked write path cannot stall
   * the map; on a read replica when one is configured (a writer's own reads
   * go to the primary for a while, see apps/api plugins/read-your-writes.ts).
   * On the embedded database it is the same handle as `kysely`.
   */
  reads: Kysely<Database>;
  mode: DatabaseMode;
  /** Health probe on a connection of its own: the server's versions, or the reason it cannot answer. */
  probe<T>(query: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Subscribes to a NOTIFY channel (on the server, on a connection of its own that reconnects). */
  listen: Listen;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… for a server PostGIS; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Data directory of the embedded database (created on first start). */
  dataDir?: string | undefined;
  /** Server pool size; keep it below the server's max_connections. */
  poolSize?: number;
  /** Deadline of every statement on the server, in milliseconds. */
  statementTimeoutMs?: number;
  /** A streaming read replica for read-only traffic (server only); default: the primary. */
  readUrl?: string | undefined;
  /** Connections for read-only traffic (tiles, features); default: poolSize. */
  readPoolSize?: number;
  /** Deadline of a read-only statement (tiles, features, health), in milliseconds. */
  readStatementTimeoutMs?: number;
  /** How long a request waits for a free connection before it is answered 503, in milliseconds. */
  acquireTimeoutMs?: number;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** int8 and numeric as JS numbers, as the embedded database gives them. */
const SERVER_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** Opens the server database when a URL is given, otherwise the embedded one. */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  return options.databaseUrl ? openServer(options.databaseUrl, options) : openEmbedded(options.dataDir);
}

async function openServer(databaseUrl: string, options: OpenOptions): Promise<Db> {
  const poolSize = options.poolSize ?? 10;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 5_000;
  const primary = serverPool(databaseUrl, {
    max: poolSize,
    statementTimeoutMs: options.statementTimeoutMs ?? 15_000,
    acquireTimeoutMs,
    name: "lianpian",
  });
  const reads = serverPool(options.readUrl ?? databaseUrl, {
    max: options.readPoolSize ?? poolSize,
    statementTimeoutMs: options.readStatementTimeoutMs ?? 5_000,
    acquireTimeoutMs,
    name: "lianpian-reads",
  });
  const health = serverPool(databaseUrl, {
    max: 1,
    statementTimeoutMs: 2_000,
    acquireTimeoutMs: 2_000,
    name: "lianpian-health",
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: primary }) });
  const readKysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: reads }) });
  const healthKysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: health }) });
  // No query here: the pools connect on first use, so the app can start (and say
  // why it is not ready) while the server is still down.
  return {
    kysely,
    reads: readKysely,
    mode: "server",
    probe: (query) => query(healthKysely),
    listen: serverListen(databaseUrl),
    async close() {
      await Promise.all([kysely.destroy(), readKysely.destroy(), healthKysely.destroy()]);
    },
  };
}

interface ServerPoolOptions {
  max: number;
  statementTimeoutMs: number;
  acquireTimeoutMs: number;
  name: string;
}

/**
 * A pg Pool that survives its server: every client carries an error listener
 * for its whole life (pg emits 'error' on a checked-out client whose
 * connection dies, and an unheard 'error' event ends the process), and a
 * request waits at most acquireTimeoutMs for a connection.
 */
function serverPool(databaseUrl: string, options: ServerPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max,
    statement_timeout: options.statementTimeoutMs,
    connectionTimeoutMillis: options.acquireTimeoutMs,
    application_name: options.name,
    types: SERVER_TYPES as pg.CustomTypesConfig,
  });
  // An idle connection the server closes (a restart, pg_terminate_backend, DROP DATABASE … FORCE).
  // The pool has already dropped it, and the next query opens a fresh one.
  pool.on("error", (error) => {
    console.warn(`[lianpian] a database connection was closed by the server: ${error.message}`);
  });
  // A connection lost while lent out: the query in flight fails on its own (and its request is
  // answered 503); this listener only keeps the event from ending the process.
  pool.on("connect", (client) => {
    client.on("error", () => {});
  });
  return pool;
}

/**
 * Postgres settings of the embedded database, sized for one process with one
 * session: PGlite keeps initdb's shared_buffers (128 MB) and maintenance_work_mem
 * (64 MB) inside its WASM memory, which never shrinks. At these sizes the idle
 * `npm start` process holds about 120 MB less (docs/architecture.md, "Memory of
 * the embedded database"); the data files still sit in the OS page cache.
 */
const EMBEDDED_SETTINGS = [
  "shared_buffers=16MB",
  "maintenance_work_mem=16MB",
  "work_mem=4MB",
  "temp_buffers=1MB",
  "wal_buffers=512kB",
];

async function openEmbedded(dataDir: string | undefined): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { postgis },
    parsers: { [INT8_OID]: (v: string) => Number(v), [NUMERIC_OID]: (v: string) => Number(v) },
    startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS.flatMap((s) => ["-c", s])],
  });
  await pglite.exec("CREATE EXTENSION IF NOT EXISTS postgis");
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
  return {
    kysely,
    reads: kysely,
    mode: "embedded",
    probe: (query) => query(kysely),
    listen: embeddedListen(pglite, (text) => sql.raw(text).execute(kysely)),
    async close() {
      await kysely.destroy();
      await pglite.close();
    },
  };
}
