/**
 * `npm run bench`: loads the 100× demo data into a server PostGIS (cached
 * between runs) and runs each bench module, printing a table per bench and
 * writing the figures to artifacts/bench.json.
 *
 *   npm run bench                      all benches, 100× data
 *   npm run bench -- --reload          load the data again
 *   npm run bench -- --only tiles      one bench
 *   npm run bench -- --scale 10        smaller data (a quick try)
 *   npm run bench -- --check           exit 1 when a bench misses its bar
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEMO_SEED } from "@lianpian/demo-data";
import pg from "pg";
import { prepareBenchDatabase } from "./bench-database.ts";
import { benchServer } from "./bench-server.ts";
import type { Bench, BenchResult } from "./bench-types.ts";
import { facesBrowserBench } from "./faces-browser.bench.ts";
import { formatTable } from "./format-table.ts";
import { tilesBench } from "./tiles.bench.ts";
import { tilesCachedBench } from "./tiles-cached.bench.ts";
import { zoneReportBench } from "./zone-report.bench.ts";

/** Every bench module; add a new one (e.g. the zone report p50) here. */
const BENCHES: readonly Bench[] = [tilesBench, tilesCachedBench, zoneReportBench, facesBrowserBench];
const ARTIFACT = fileURLToPath(new URL("../../artifacts/bench.json", import.meta.url));

const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reload: { type: "boolean", default: false },
      only: { type: "string" },
      scale: { type: "string", default: "100" },
      check: { type: "boolean", default: false },
    },
  });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000)
    throw new Error("--scale must be an integer 1–1000");
  const benches = BENCHES.filter((b) => !values.only || b.name === values.only);
  if (benches.length === 0)
    throw new Error(`no bench named ${values.only}; there are: ${BENCHES.map((b) => b.name)}`);

  const started = performance.now();
  const server = benchServer(log);
  try {
    const dataset = { seed: DEMO_SEED, scale };
    const { databaseUrl, reused } = await prepareBenchDatabase(server.url, dataset, {
      reload: values.reload,
      log,
    });
    const results: BenchResult[] = [];
    for (const bench of benches) {
      log(`— ${bench.name}`);
      results.push(await bench.run({ databaseUrl, dataset, log }));
    }
    const environment = {
      ...(await serverVersions(databaseUrl)),
      node: process.version,
      cpus: cpus().length,
    };
    for (const result of results) {
      console.log(`\n${result.title}\n${formatTable(result.table)}`);
      for (const note of result.notes) console.log(note);
    }
    mkdirSync(dirname(ARTIFACT), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      environment,
      dataset: { ...dataset, reused },
      benches: Object.fromEntries(results.map((r) => [r.name, { barMet: r.barMet, ...r.figures }])),
    };
    writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
    log(
      `figures written to artifacts/bench.json (${((performance.now() - started) / 1000).toFixed(0)} s in all)`,
    );
    return values.check && results.some((r) => !r.barMet) ? 1 : 0;
  } finally {
    server.stop();
  }
}

async function serverVersions(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ postgres: string; postgis: string }>(
      "SELECT current_setting('server_version') AS postgres, postgis_lib_version() AS postgis",
    );
    return rows[0] ?? { postgres: "?", postgis: "?" };
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[bench] failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
