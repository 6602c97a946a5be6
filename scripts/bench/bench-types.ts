/** What every bench module gets: the migrated bench database with the 100× demo data loaded. */
export interface BenchContext {
  /** postgres://… of the bench database (lianpian_bench). */
  databaseUrl: string;
  /** The demo dataset loaded into it. */
  dataset: { seed: number; scale: number };
  /** Printed as the bench goes; the final table is printed by run.ts. */
  log(message: string): void;
}

/** One row of a printed table: the first column names it. */
export type TableRow = Record<string, string | number>;

export interface BenchResult {
  name: string;
  /** A line above the table: what was measured, how. */
  title: string;
  table: TableRow[];
  /** Lines under the table (ratios, whether the bar is met). */
  notes: string[];
  /** Figures written to artifacts/bench.json. */
  figures: Record<string, unknown>;
  /** False when a stated bar (e.g. API/SQL ≥ 0.9) is missed. */
  barMet: boolean;
}

/** A bench module: scripts/bench/*.bench.ts, registered in run.ts. */
export interface Bench {
  name: string;
  run(context: BenchContext): Promise<BenchResult>;
}
