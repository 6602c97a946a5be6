import { DATASET_FORMAT, DATASET_TABLES, type Dataset } from "@lianpian/domain";
import type { ExistingKeys } from "./existing-keys.ts";
import type { Rejection } from "./import-result.ts";
import { keyScope } from "./key-scope.ts";
import { validateContext } from "./validate-context.ts";
import { validateHazards, validateSubsidence } from "./validate-hazards.ts";
import { validateCompanies, validateMines } from "./validate-mines.ts";
import { validateCorridors, validateZones } from "./validate-zones.ts";

/** The bundle's frame: its format marker and one array per table. */
function validateShape(d: unknown): Rejection[] {
  if (typeof d !== "object" || d === null)
    return [{ table: "bundle", key: "-", code: "bad_format", reason: "the bundle is not an object" }];
  const b = d as Record<string, unknown>;
  const out: Rejection[] = [];
  if (b.format !== DATASET_FORMAT)
    out.push({
      table: "bundle",
      key: "format",
      code: "bad_format",
      reason: `format must be "${DATASET_FORMAT}"`,
    });
  for (const t of DATASET_TABLES) {
    if (!Array.isArray(b[t]))
      out.push({ table: "bundle", key: t, code: "bad_format", reason: `${t} must be an array` });
    else if ((b[t] as unknown[]).some((r) => typeof r !== "object" || r === null))
      out.push({ table: t, key: "-", code: "bad_format", reason: `every row of ${t} must be an object` });
  }
  return out;
}

/**
 * Every problem of a bundle, row by row, against itself and the keys already
 * stored: an empty list means the import can write it all.
 */
export function validateDataset(d: Dataset, existing: ExistingKeys): Rejection[] {
  const shape = validateShape(d);
  if (shape.length > 0) return shape;
  const scope = keyScope(d, existing);
  return [
    ...validateContext(d, scope),
    ...validateCompanies(d, scope),
    ...validateMines(d, scope),
    ...validateSubsidence(d, scope),
    ...validateHazards(d, scope),
    ...validateCorridors(d, scope),
    ...validateZones(d, scope),
  ];
}
