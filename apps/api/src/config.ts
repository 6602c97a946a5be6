import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Settings of one running app, read from the environment once at start. */
export interface AppConfig {
  host: string;
  port: number;
  /** Server PostGIS; when empty the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** A streaming read replica for read-only traffic (tiles, features, public dashboards); server only. */
  databaseReadUrl: string | undefined;
  /** Data directory of the embedded database. */
  dataDir: string;
  /** Load the synthetic demo data into an empty database. */
  demoData: boolean;
  /** Create and list the demo accounts (one per role); never on a server unless asked. */
  demoAccounts: boolean;
  /** Built web app to serve, if present. */
  webDistDir: string;
  logLevel: string;
  /** Deadline of each database statement (server mode). */
  statementTimeoutMs: number;
  poolSize: number;
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-For/-Proto. */
  trustProxy: boolean;
  /** How long a request waits for a free database connection before it is answered 503. */
  acquireTimeoutMs: number;
  /** Map review number (审图号) shown on public maps, when set. */
  mapReviewNumber: string | undefined;
  /** Budget of the in-process vector tile cache in bytes (LIANPIAN_TILE_CACHE_MB, default 64); 0 = off. */
  tileCacheBytes: number;
  /** Largest file an import takes (LIANPIAN_IMPORT_MAX_MB, default 100); larger is 413. */
  importMaxBytes: number;
  /** Where uploaded MBTiles base maps are kept (LIANPIAN_BASEMAP_DIR, default `basemaps` beside the data directory). */
  basemapDir: string;
  /** Largest base-map upload (LIANPIAN_BASEMAP_MAX_MB, default 512; sql.js reads it whole); larger is 413. */
  basemapMaxBytes: number;
  /** How long a file may take to parse before its worker is stopped (LIANPIAN_IMPORT_TIMEOUT_MS, default 60 s). */
  importTimeoutMs: number;
}

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Reads the configuration; unknown or malformed values fail fast with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    host: env.HOST ?? "127.0.0.1",
    port: intFrom(env, "PORT", 3000, 0, 65535),
    databaseUrl,
    databaseReadUrl: (databaseUrl && env.DATABASE_READ_URL) || undefined,
    dataDir: env.LIANPIAN_DATA_DIR ?? `${ROOT}.data/pglite`,
    // Demo data is the embedded default; on a server it must be asked for.
    demoData: boolFrom(env, "LIANPIAN_DEMO_DATA", !databaseUrl),
    demoAccounts: boolFrom(env, "LIANPIAN_DEMO_ACCOUNTS", !databaseUrl),
    webDistDir: env.LIANPIAN_WEB_DIST ?? `${ROOT}apps/web/dist`,
    logLevel: env.LOG_LEVEL ?? "info",
    statementTimeoutMs: intFrom(env, "LIANPIAN_STATEMENT_TIMEOUT_MS", 15_000, 100, 600_000),
    poolSize: intFrom(env, "LIANPIAN_POOL_SIZE", 10, 1, 100),
    trustProxy: boolFrom(env, "LIANPIAN_TRUST_PROXY", false),
    acquireTimeoutMs: intFrom(env, "LIANPIAN_POOL_ACQUIRE_TIMEOUT_MS", 5_000, 100, 120_000),
    mapReviewNumber: env.LIANPIAN_MAP_REVIEW_NUMBER || undefined,
    tileCacheBytes: intFrom(env, "LIANPIAN_TILE_CACHE_MB", 64, 0, 16_384) * 1024 * 1024,
    importMaxBytes: intFrom(env, "LIANPIAN_IMPORT_MAX_MB", 100, 1, 4096) * 1024 * 1024,
    basemapDir:
      env.LIANPIAN_BASEMAP_DIR ?? `${dirname(env.LIANPIAN_DATA_DIR ?? `${ROOT}.data/pglite`)}/basemaps`,
    basemapMaxBytes: intFrom(env, "LIANPIAN_BASEMAP_MAX_MB", 512, 1, 2048) * 1024 * 1024,
    importTimeoutMs: intFrom(env, "LIANPIAN_IMPORT_TIMEOUT_MS", 60_000, 100, 3_600_000),
  };
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}
