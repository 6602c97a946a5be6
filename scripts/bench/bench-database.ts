import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importDataset, openDatabase, runMigrations } from "@lianpian/db";
import { GENERATOR_VERSION, generateDemoDataset } from "@lianpian/demo-data";
import { sql } from "kysely";
import pg from "pg";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The bench's own database on the server; dropped and rebuilt when its data is stale. */
const BENCH_DB = "lianpian_bench";
/** Whatever decides the loaded rows: a change to any of these reloads the data. */
const DATA_SOURCES = ["db/migrations", "data/src", "data/generator", "packages/db/src/import"];

export interface BenchDataset {
  seed: number;
  scale: number;
}

/** The same server URL pointed at another database. */
function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Makes lianpian_bench hold the migrated demo data at the given seed and scale.
 * A load takes minutes at 100×, so a finished one is marked with a comment on
 * the database (seed, scale and a hash of the schema, generator and importer
 * sources) and reused until one of them changes or `reload` is asked.
 */
export async function prepareBenchDatabase(
  serverUrl: string,
  dataset: BenchDataset,
  options: { reload: boolean; log: (message: string) => void },
): Promise<{ databaseUrl: string; reused: boolean }> {
  const databaseUrl = databaseUrlFor(serverUrl, BENCH_DB);
  const marker = `lianpian-bench seed=${dataset.seed} scale=${dataset.scale} generator=${GENERATOR_VERSION} sources=${sourcesHash()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const found = await admin.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [BENCH_DB],
    );
    if (!options.reload && found.rows[0]?.comment === marker) {
      options.log(`reusing ${BENCH_DB} (seed ${dataset.seed}, ${dataset.scale}×; --reload to load again)`);
      return { databaseUrl, reused: true };
    }
    options.log(`creating ${BENCH_DB} (drops any previous one)…`);
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await admin.end();
  }

  const db = await openDatabase({ databaseUrl, poolSize: 4, statementTimeoutMs: 600_000 });
  try {
    await runMigrations(db.kysely);
    const t0 = performance.now();
    options.log(`generating the demo data at ${dataset.scale}× (seed ${dataset.seed})…`);
    const data = generateDemoDataset(dataset);
    options.log(`generated in ${seconds(t0)} s; importing…`);
    const t1 = performance.now();
    const result = await importDataset(db.kysely, data, {
      onProgress: (message) => options.log(`  ${message}`),
    });
    if (!result.ok) {
      const first = result.rejected.slice(0, 5).map((r) => `${r.table} ${r.key}: ${r.reason}`);
      throw new Error(
        `the demo data was rejected (${result.rejected.length} problems):\n${first.join("\n")}`,
      );
    }
    options.log(`imported in ${seconds(t1)} s; analysing…`);
    await sql`ANALYZE`.execute(db.kysely);
    // Only a complete load is marked: an interrupted one is redone next time.
    await sql.raw(`COMMENT ON DATABASE ${BENCH_DB} IS '${marker}'`).execute(db.kysely);
  } finally {
    await db.close();
  }
  return { databaseUrl, reused: false };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

/** sha256 of every non-test source file under DATA_SOURCES, in path order. */
function sourcesHash(): string {
  const hash = createHash("sha256");
  for (const dir of DATA_SOURCES) {
    for (const file of listFiles(join(ROOT, dir))) {
      hash.update(file.slice(ROOT.length)).update(readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
