import type { DatasetTable } from "@lianpian/domain";

/** Why a row was turned away: a stable code for programs, a reason for people. */
export type RejectionCode =
  | "missing"
  | "bad_format"
  | "out_of_range"
  | "unknown_value"
  | "invalid_geometry"
  | "duplicate"
  | "exists"
  | "missing_reference"
  | "inconsistent"
  | "database";

export interface Rejection {
  /** The bundle's table (e.g. "mines"), with the child list when the problem is there ("mines.corners"). */
  table: string;
  /** The row's natural key (code, credit code, licence or key), or "#index" when it has none. */
  key: string;
  code: RejectionCode;
  reason: string;
}

export type ImportCounts = Record<
  | DatasetTable
  | "mineCorners"
  | "mineFunds"
  | "subsidenceResponsibilities"
  | "hazardThresholds"
  | "hazardYearlyChecks"
  | "zoneTasks"
  | "zoneParties"
  | "zoneYearly",
  number
>;

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; rejected: Rejection[] };

export interface ImportOptions {
  /** Told of each step (validation, each table written), for a slow import's log. */
  onProgress?: (message: string) => void;
}
