import type { Dataset } from "@lianpian/domain";
import type { ExistingKeys } from "./existing-keys.ts";

/** What a row of the bundle may point at: keys of the bundle itself plus those already stored. */
export interface KeyScope {
  existing: ExistingKeys;
  counties: Set<string>;
  companies: Set<string>;
  mines: Set<string>;
  subsidence: Set<string>;
}

export function keyScope(d: Dataset, existing: ExistingKeys): KeyScope {
  return {
    existing,
    counties: new Set([...existing.counties, ...d.counties.map((c) => c.code)]),
    companies: new Set([...existing.companies.keys(), ...d.companies.map((c) => c.credit_code)]),
    mines: new Set([...existing.mines.keys(), ...d.mines.map((m) => m.key)]),
    subsidence: new Set([...existing.subsidence.keys(), ...d.subsidenceAreas.map((s) => s.code)]),
  };
}

/** A row's label for a rejection: its name and position when it has no natural key. */
export const unnamed = (row: { name_zh?: unknown }, i: number) =>
  `${typeof row.name_zh === "string" ? row.name_zh : "row"} #${i + 1}`;
