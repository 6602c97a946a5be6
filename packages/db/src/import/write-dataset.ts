import type { Dataset } from "@lianpian/domain";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { ExistingKeys } from "./existing-keys.ts";
import type { ImportCounts } from "./import-result.ts";
import { writeContext } from "./write-context.ts";
import { writeSubsidenceAndHazards } from "./write-hazards.ts";
import { writeMines } from "./write-mines.ts";
import type { Step } from "./write-step.ts";
import { writeCorridorsAndZones } from "./write-zones.ts";

/** Writes a validated bundle inside the caller's transaction, parents before children; returns rows per table. */
export async function writeDataset(
  trx: Transaction<Database>,
  d: Dataset,
  existing: ExistingKeys,
  progress: (message: string) => void,
): Promise<ImportCounts> {
  const counts = {} as ImportCounts;
  const step: Step = async (name, rows) => {
    counts[name] = await rows;
    progress(`${name}: ${counts[name]} rows`);
  };
  await writeContext(trx, d, step);
  const { companyIds, mineIds } = await writeMines(trx, d, existing, step);
  await writeSubsidenceAndHazards(trx, d, existing, mineIds, step);
  await writeCorridorsAndZones(trx, d, companyIds, step);
  return counts;
}
