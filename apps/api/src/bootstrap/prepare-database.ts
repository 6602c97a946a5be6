import { type Db, importDataset, isDatabaseEmpty, loadPlanTargets, runMigrations } from "@lianpian/db";
import { DEMO_SEED, generateDemoDataset, PLAN_TARGETS_DATASET } from "@lianpian/demo-data";
import { ensureDemoAccounts } from "./demo-accounts.ts";

export interface PrepareOptions {
  /** Load the synthetic Jincheng demo data when the database holds no data. */
  demo: boolean;
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
  if (options.demo && (await isDatabaseEmpty(db.kysely))) {
    progress("generating demo data (synthetic, Jincheng)…");
    const dataset = generateDemoDataset({ seed: DEMO_SEED, scale: 1 });
    const result = await importDataset(db.kysely, dataset, { onProgress: progress });
    if (!result.ok) {
      const first = result.rejected.slice(0, 5).map((r) => `${r.table} ${r.key}: ${r.reason}`);
      throw new Error(`demo data rejected (${result.rejected.length} problems): ${first.join("; ")}`);
    }
    seeded = true;
  }
  // The plans' real figures, on every start and with or without demo data (missing rows only).
  const targets = await loadPlanTargets(db.kysely, PLAN_TARGETS_DATASET);
  if (targets > 0) progress(`plan figures loaded: ${targets}`);
  if (options.demoAccounts) {
    const created = await ensureDemoAccounts(db);
    if (created.length > 0) progress(`demo accounts created: ${created.join(", ")}`);
  }
  return { applied, seeded };
}
