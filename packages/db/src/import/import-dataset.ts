import type { Dataset } from "@lianpian/domain";
import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { loadExistingKeys } from "./existing-keys.ts";
import type { ImportOptions, ImportResult, Rejection } from "./import-result.ts";
import { validateDataset } from "./validate-dataset.ts";
import { writeDataset } from "./write-dataset.ts";

/**
 * Imports a bundle (see Dataset in @lianpian/domain): validates every row
 * first — geometry, vocabularies, formats, ranges and references — and, if
 * any row is rejected, writes nothing and returns the rejections. Otherwise
 * writes everything in one transaction with batched multi-row INSERTs,
 * resolving natural keys to ids, and returns the rows written per table.
 * Bad data never throws; a failure of the database itself is reported as a
 * rejection too, after the transaction has rolled back.
 * @example const result = await importDataset(db.kysely, generateDemoDataset({ seed: DEMO_SEED, scale: 1 }));
 */
export async function importDataset(
  db: Kysely<Database>,
  dataset: Dataset,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => {});
  const existing = await loadExistingKeys(db);
  progress("validating the bundle…");
  const rejected = validateDataset(dataset, existing);
  if (rejected.length > 0) {
    progress(`rejected: ${rejected.length} problems, nothing written`);
    return { ok: false, rejected };
  }
  try {
    const counts = await db.transaction().execute((trx) => writeDataset(trx, dataset, existing, progress));
    progress("import committed");
    return { ok: true, counts };
  } catch (error) {
    // A CHECK the validation does not mirror, or a concurrent writer: the transaction has rolled back.
    const reason = error instanceof Error ? error.message : String(error);
    const rejection: Rejection = { table: tableOf(reason), key: "-", code: "database", reason };
    progress(`import failed and rolled back: ${reason}`);
    return { ok: false, rejected: [rejection] };
  }
}

function tableOf(message: string): string {
  return /(?:relation|table) "([a-z_]+)"/.exec(message)?.[1] ?? "database";
}
