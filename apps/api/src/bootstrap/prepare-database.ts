import {
  type Db,
  importDataset,
  isDatabaseEmpty,
  loadPlanTargets,
  type PlanTargetsDataset,
  runMigrations,
} from "@lianpian/db";
import type { Dataset } from "@lianpian/domain";
import { ensureDemoAccounts } from "./demo-accounts.ts";

/**
 * The data a start seeds with, passed in by whoever starts the API
 * (scripts/serve.ts, the test setup: `demoSeedData()` of @lianpian/demo-data);
 * the API never imports the generator.
 */
export interface SeedData {
  /** The synthetic demo dataset, made only when an empty database gets demo data. */
  demoDataset(): Dataset;
  /** The plans' real figures, loaded on every start (missing rows only). */
  planTargets: PlanTargetsDataset;
}

export interface PrepareOptions {
  /** Load the demo dataset (from `seed`) when the database holds no data. */
  demo: boolean;
  /** What to seed with; without it nothing is seeded (migrations and accounts only). */
  seed?: SeedData;
  /** Create the demo accounts (one per role) when missing. */
  demoAccounts?: boolean;
  /** Told of each step of a slow first start. */
  onProgress?: (message: string) => void;
}

/**
 * Makes a database ready to serve: applies pending migrations and, on an
 * empty database with demo enabled, loads the demo data through the same
 * import path a user's import takes.
 */
export async function prepareDatabase(db: Db, options: PrepareOptions) {
  const progress = options.onProgress ?? (() => {});
  const applied = await runMigrations(db.kysely);
  if (applied.length > 0) progress(`migrations applied: ${applied.join(", ")}`);
  let seeded = false;
  const seed = options.seed;
  if (seed && options.demo && (await isDatabaseEmpty(db.kysely))) {
    progress("generating demo data (synthetic, Jincheng)…");
    const dataset = seed.demoDataset();
    const result = await importDataset(db.kysely, dataset, { onProgress: progress });
    if (!result.ok) {
      const first = result.rejected.slice(0, 5).map((r) => `${r.table} ${r.key}: ${r.reason}`);
      throw new Error(`demo data rejected (${result.rejected.length} problems): ${first.join("; ")}`);
    }
    seeded = true;
  }
  // The plans' real figures, on every start and with or without demo data (missing rows only).
  const targets = seed ? await loadPlanTargets(db.kysely, seed.planTargets) : 0;
  if (targets > 0) progress(`plan figures loaded: ${targets}`);
  if (options.demoAccounts) {
    const created = await ensureDemoAccounts(db);
    if (created.length > 0) progress(`demo accounts created: ${created.join(", ")}`);
  }
  return { applied, seeded };
}
