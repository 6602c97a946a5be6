import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { postgis } from "@electric-sql/pglite-postgis";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "../schema.ts";
import { pglitePool } from "./pglite-pool.ts";

export type DatabaseMode = "embedded" | "server";

/** An open database: the Kysely handle plus what the app needs to know about it. */
export interface Db {
  kysely: Kysely<Database>;
  mode: DatabaseMode;
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
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Opens the server database when a URL is given, otherwise the embedded one. */
export async function openDatabase(options: OpenOptions): Promise<Db> {
  return options.databaseUrl ? openServer(options.databaseUrl, options) : openEmbedded(options.dataDir);
}

async function openServer(databaseUrl: string, options: OpenOptions): Promise<Db> {
  const types = {
    getTypeParser(oid: number, format?: "text" | "binary") {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    application_name: "lianpian",
    types: types as pg.CustomTypesConfig,
  });
  // An idle connection the server closes (a restart, pg_terminate_backend, DROP DATABASE … FORCE)
  // is reported here; without a listener pg would throw it and end the process. The pool has
  // already dropped that connection, and the next query opens a fresh one.
  pool.on("error", (error) => {
    console.warn(`[lianpian] an idle database connection was closed by the server: ${error.message}`);
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(kysely);
  return { kysely, mode: "server", close: () => kysely.destroy() };
}

async function openEmbedded(dataDir: string | undefined): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { postgis },
    parsers: { [INT8_OID]: (v: string) => Number(v), [NUMERIC_OID]: (v: string) => Number(v) },
  });
  await pglite.exec("CREATE EXTENSION IF NOT EXISTS postgis");
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) });
  return {
    kysely,
    mode: "embedded",
    async close() {
      await kysely.destroy();
      await pglite.close();
    },
  };
}
